/**
 * The validated project as the pages use it: Regionalbudgets with their fields and measures, money in
 * integer cents, schedules as quarter ordinals, and every cross-link resolved once per build.
 */
import type { AktuellesData } from '../../schemas/aktuelles.ts';
import type { HandlungsfeldData } from '../../schemas/handlungsfeld.ts';
import type { Kontakt } from '../../schemas/kontakt.ts';
import type { MassnahmeData } from '../../schemas/massnahme.ts';
import type { ProgrammData } from '../../schemas/programm.ts';
import type { ProjektData } from '../../schemas/projekt.ts';
import type { RegionalbudgetData } from '../../schemas/regionalbudget.ts';
import type { Site } from '../../schemas/site.ts';
import { eurosToCents, sumCents, type Cents } from '../money.ts';
import { expandQuarters, parseQuarter } from '../quarters.ts';
import { urlOf } from '../routes.ts';
import type { Issue } from '../validation/issue.ts';
import type { ParsedProject } from './parsed-project.ts';

/** Amount per year (cents); years without money are absent. */
export type ByYear = ReadonlyMap<number, Cents>;

export interface Measure {
  /** "<regionalbudget>/<slug>" */
  key: string;
  slug: string;
  regionalbudget: string;
  file: string;
  data: MassnahmeData;
  url: string;
  /** Short link for numbered measures. */
  shortUrl?: string;
  /** Undefined when the Regionalbudget has no budget plan. */
  budget?: { byYear: ByYear; total: Cents; actual?: { asOf: string; byYear: ByYear; total: Cents } };
  /** Scheduled quarters (ordinals); undefined when there is no schedule. */
  quarters?: number[];
}

export interface Handlungsfeld {
  key: string;
  slug: string;
  regionalbudget: string;
  file: string;
  data: HandlungsfeldData;
  url: string;
  measures: Measure[];
  byYear: ByYear;
  total: Cents;
}

export interface Regionalbudget {
  id: string;
  file: string;
  data: RegionalbudgetData;
  url: string;
  handlungsfelder: Handlungsfeld[];
  /** All measures, numbered ones first by number, then by title. */
  measures: Measure[];
  budget?: { years: number[]; byYear: ByYear; total: Cents; source: string; basis: string; file: string };
  schedule?: { from: number; to: number; source: string; file: string };
}

export interface Model {
  site: Site;
  contacts: ReadonlyMap<string, Kontakt>;
  programmes: ReadonlyMap<string, { id: string; file: string; data: ProgrammData; url: string }>;
  regionalbudgets: Regionalbudget[];
  projects: { id: string; file: string; data: ProjektData; url: string }[];
  /** Newest first; items with an incomplete date after the dated ones. */
  news: { id: string; file: string; data: AktuellesData; url: string }[];
  /** Warnings of the check, for the open-data page. */
  warnings: Issue[];
  /** Placeholders still in the data; while any remain, every page says it is a preview. */
  placeholders: Issue[];
}

function byYearOf(amounts: Record<string, number>): Map<number, Cents> {
  const map = new Map<number, Cents>();
  for (const [year, euros] of Object.entries(amounts)) {
    const cents = eurosToCents(euros) ?? 0;
    if (cents > 0) map.set(Number(year), cents);
  }
  return map;
}

export function addByYear(target: Map<number, Cents>, source: ByYear): void {
  for (const [year, cents] of source) target.set(year, (target.get(year) ?? 0) + cents);
}

function compareMeasures(a: Measure, b: Measure): number {
  const an = a.data.number ?? Number.POSITIVE_INFINITY;
  const bn = b.data.number ?? Number.POSITIVE_INFINITY;
  return an - bn || a.data.title.localeCompare(b.data.title, 'de');
}

/** Sort key for news: complete dates newest first, then partial dates, then undated. */
export function newsSortKey(date: string | undefined): string {
  if (!date) return '0';
  if (date.startsWith('--')) return '1';
  return `2${date}`;
}

/** Builds the model from a project that passed every check. */
export function buildModel(project: ParsedProject, warnings: Issue[], placeholders: Issue[] = []): Model {
  if (!project.site || !project.contacts) throw new Error('buildModel braucht ein geprüftes Projekt');
  const budgets = new Map(project.budgets.map((b) => [b.id, b]));
  const schedules = new Map(project.schedules.map((s) => [s.id, s]));

  const regionalbudgets = project.regionalbudgets.map((rb): Regionalbudget => {
    const budget = budgets.get(rb.id);
    const schedule = schedules.get(rb.id);
    const lines = new Map(budget?.data.lines.map((l) => [l.measure, l]));
    const rows = new Map(schedule?.data.rows.map((r) => [r.measure, r]));

    const measures = rb.massnahmen
      .map((m): Measure => {
        const line = lines.get(m.id);
        const row = rows.get(m.id);
        const byYear = line ? byYearOf(line.amounts) : undefined;
        const actual = line?.actual ? byYearOf(line.actual.amounts) : undefined;
        return {
          key: `${rb.id}/${m.id}`,
          slug: m.id,
          regionalbudget: rb.id,
          file: m.file,
          data: m.data,
          url: urlOf.measure(rb.id, m.id),
          ...(m.data.number !== undefined && { shortUrl: urlOf.shortLink(rb.id, m.data.number) }),
          ...(byYear && {
            budget: {
              byYear,
              total: sumCents(byYear.values()),
              ...(actual && line?.actual && { actual: { asOf: line.actual.asOf, byYear: actual, total: sumCents(actual.values()) } }),
            },
          }),
          ...(schedule && { quarters: expandQuarters(row?.quarters ?? []) }),
        };
      })
      .sort(compareMeasures);

    const handlungsfelder = rb.handlungsfelder
      .map((h): Handlungsfeld => {
        const own = measures.filter((m) => m.data.handlungsfeld === h.id);
        const byYear = new Map<number, Cents>();
        for (const m of own) if (m.budget) addByYear(byYear, m.budget.byYear);
        return {
          key: `${rb.id}/${h.id}`,
          slug: h.id,
          regionalbudget: rb.id,
          file: h.file,
          data: h.data,
          url: urlOf.handlungsfeld(rb.id, h.id),
          measures: own,
          byYear,
          total: sumCents(byYear.values()),
        };
      })
      .sort((a, b) => a.data.order - b.data.order);

    const rbByYear = new Map<number, Cents>();
    for (const m of measures) if (m.budget) addByYear(rbByYear, m.budget.byYear);
    return {
      id: rb.id,
      file: rb.file,
      data: rb.data,
      url: urlOf.regionalbudget(rb.id),
      handlungsfelder,
      measures,
      ...(budget && {
        budget: {
          years: [...budget.data.years].sort((a, b) => a - b),
          byYear: rbByYear,
          total: sumCents(rbByYear.values()),
          source: budget.data.source,
          basis: budget.data.basis,
          file: budget.file,
        },
      }),
      ...(schedule && {
        schedule: {
          from: parseQuarter(schedule.data.from) ?? 0,
          to: parseQuarter(schedule.data.to) ?? 0,
          source: schedule.data.source,
          file: schedule.file,
        },
      }),
    };
  });

  return {
    site: project.site.data,
    contacts: new Map(project.contacts.data.contacts.map((c) => [c.id, c])),
    programmes: new Map(project.programmes.map((p) => [p.id, { id: p.id, file: p.file, data: p.data, url: urlOf.programme(p.id) }])),
    regionalbudgets: regionalbudgets.sort((a, b) => a.data.title.localeCompare(b.data.title, 'de')),
    projects: project.projects
      .map((p) => ({ id: p.id, file: p.file, data: p.data, url: urlOf.project(p.id) }))
      .sort((a, b) => a.data.title.localeCompare(b.data.title, 'de')),
    news: project.news
      .map((n) => ({ id: n.id, file: n.file, data: n.data, url: urlOf.news(n.id) }))
      .sort((a, b) => newsSortKey(b.data.date).localeCompare(newsSortKey(a.data.date)) || a.id.localeCompare(b.id)),
    warnings,
    placeholders,
  };
}

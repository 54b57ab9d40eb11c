/**
 * Builds the model (model.ts) from a repo that passed every check: the one place where euros from the files
 * become cents, schedules become quarter ordinals, and every cross-link is resolved, once per build.
 */
import { eurosToCents, sumCents, type Cents } from '../money.ts';
import { expandQuarters, parseQuarter } from '../quarters.ts';
import { urlOf } from '../routes.ts';
import type { Issue } from '../validation/issue.ts';
import type { ByYear, Handlungsfeld, Measure, Model, Project, Regionalbudget } from './model.ts';
import type { ParsedRepo } from './parsed-repo.ts';

/**
 * Cents of an amount the check has accepted. The schema admits only valid euro amounts, so a failure
 * here is a bug in the build, never bad input, and must not turn into 0 € on a page.
 */
function checkedCents(euros: number, file: string): Cents {
  const cents = eurosToCents(euros);
  if (cents === null) throw new Error(`buildModel: ${euros} in ${file} ist kein geprüfter Eurobetrag`);
  return cents;
}

function byYearOf(amounts: Record<string, number>, file: string): Map<number, Cents> {
  const map = new Map<number, Cents>();
  for (const [year, euros] of Object.entries(amounts)) {
    const cents = checkedCents(euros, file);
    if (cents > 0) map.set(Number(year), cents);
  }
  return map;
}

export function addByYear(target: Map<number, Cents>, source: ByYear): void {
  for (const [year, cents] of source) target.set(year, (target.get(year) ?? 0) + cents);
}

/**
 * Titles in German order, numbers by their value: "Landkreis 2" before "Landkreis 10", as a reader expects in a
 * list of hundreds of Regionalbudgets (text order would give "1, 10, 100, 101 …").
 */
const compareTitles = new Intl.Collator('de', { numeric: true }).compare;

function compareMeasures(a: Measure, b: Measure): number {
  const an = a.data.number ?? Number.POSITIVE_INFINITY;
  const bn = b.data.number ?? Number.POSITIVE_INFINITY;
  return an - bn || compareTitles(a.data.title, b.data.title);
}

/** Sort key for news: complete dates newest first, then partial dates, then undated. */
export function newsSortKey(date: string | undefined): string {
  if (!date) return '0';
  if (date.startsWith('--')) return '1';
  return `2${date}`;
}

/** Builds the model from a repo that passed every check. */
export function buildModel(repo: ParsedRepo, warnings: Issue[], placeholders: Issue[] = []): Model {
  if (!repo.site || !repo.contacts) throw new Error('buildModel braucht ein geprüftes Projekt');
  const budgets = new Map(repo.budgets.map((b) => [b.id, b]));
  const schedules = new Map(repo.schedules.map((s) => [s.id, s]));

  const regionalbudgets = repo.regionalbudgets.map((rb): Regionalbudget => {
    const budget = budgets.get(rb.id);
    const schedule = schedules.get(rb.id);
    const lines = new Map(budget?.data.lines.map((l) => [l.measure, l]));
    const rows = new Map(schedule?.data.rows.map((r) => [r.measure, r]));

    const measures = rb.measures
      .map((m): Measure => {
        const line = lines.get(m.id);
        const row = rows.get(m.id);
        const byYear = line && budget ? byYearOf(line.amounts, budget.file) : undefined;
        const actual = line?.actual && budget ? byYearOf(line.actual.amounts, budget.file) : undefined;
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
    const { funding, ...data } = rb.data;
    return {
      id: rb.id,
      file: rb.file,
      data,
      url: urlOf.regionalbudget(rb.id),
      ...(funding && { funding: { total: checkedCents(funding.total, rb.file), grant: checkedCents(funding.grant, rb.file), rate: funding.rate } }),
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
    site: repo.site.data,
    contacts: new Map(repo.contacts.data.contacts.map((c) => [c.id, c])),
    programmes: new Map(repo.programmes.map((p) => [p.id, { id: p.id, file: p.file, data: p.data, url: urlOf.programme(p.id) }])),
    regionalbudgets: regionalbudgets.sort((a, b) => compareTitles(a.data.title, b.data.title)),
    projects: repo.projects
      .map((p): Project => {
        const { volume, ...data } = p.data;
        return {
          id: p.id,
          file: p.file,
          data,
          url: urlOf.project(p.id),
          ...(volume && { volume: { cents: checkedCents(volume.amount, p.file), approximate: volume.approximate, ...(volume.note !== undefined && { note: volume.note }) } }),
        };
      })
      .sort((a, b) => compareTitles(a.data.title, b.data.title)),
    news: repo.news
      .map((n) => ({ id: n.id, file: n.file, data: n.data, url: urlOf.news(n.id) }))
      .sort((a, b) => newsSortKey(b.data.date).localeCompare(newsSortKey(a.data.date)) || a.id.localeCompare(b.id)),
    warnings,
    placeholders,
  };
}

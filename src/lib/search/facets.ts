/**
 * What the search knows about each page (type, Regionalbudget, Handlungsfeld, years, status, date) and the
 * filters the search page offers, all derived from the model. The URL of the search page uses short values
 * (`typ=massnahme`, `rb=nordsachsen-2022`). The index filters Regionalbudgets and Handlungsfelder by the same
 * values: a title is content (any text, two Regionalbudgets may share one), and Pagefind changes filter text
 * (it collapses white space and decodes "&amp;" once more), so a filter by title could find nothing. Types keep
 * their labels (`Maßnahme`), which the code fixes.
 */
import type { Handlungsfeld, Measure, Model, Regionalbudget } from '../data/model.ts';
import { quarterYear } from '../quarters.ts';
import { STATUS_VALUES, type StatusValue } from '../../schemas/status.ts';

export const TYPES = {
  regionalbudget: 'Regionalbudget',
  handlungsfeld: 'Handlungsfeld',
  massnahme: 'Maßnahme',
  projekt: 'Projekt',
  programm: 'Programm',
  aktuelles: 'Meldung',
  kontakt: 'Kontakt',
  uebersicht: 'Übersicht',
  daten: 'Offene Daten',
  hinweis: 'Hinweis',
} as const;
export type TypeKey = keyof typeof TYPES;

/** Overview pages: each lists one kind of content. */
const OVERVIEWS = ['/', '/regionalbudgets/', '/projekte/', '/programme/', '/aktuelles/'];

/**
 * Type of a page that carries no search metadata of its own, named for what it is (never a generic
 * "Seite"): programmes, the contact page, overviews, open data; the legal and help pages are "Hinweis".
 */
export function typeOfPath(path: string): TypeKey {
  if (OVERVIEWS.includes(path)) return 'uebersicht';
  if (path.startsWith('/programme/')) return 'programm';
  if (path.startsWith('/kontakt/')) return 'kontakt';
  if (path.startsWith('/daten/')) return 'daten';
  return 'hinweis';
}

/** Search metadata of one page; rendered by SearchMeta.astro as hidden Pagefind attributes. */
export interface PageSearchMeta {
  typ: TypeKey;
  /** Result title when it should differ from the page's h1 ("Maßnahme 2: Gewerbeflächenmarketing"). */
  title?: string;
  /** The page's Regionalbudgets: filtered by id, shown with the result by title. */
  regionalbudgets: { id: string; title: string }[];
  /** Filter values of its Handlungsfelder (fieldParam). */
  handlungsfelder: string[];
  jahre: number[];
  /** Only a status an editor recorded with its source; never derived. */
  status?: StatusValue;
  /** Sort key for news: ISO date; partial or missing dates sort last. */
  datum?: string;
  /** Date as shown in results ("14. März 2023"). */
  datumText?: string;
}

/** Years in which a measure has money or scheduled quarters. */
export function measureYears(measure: Measure): number[] {
  const years = new Set<number>(measure.budget ? [...measure.budget.byYear.keys()] : []);
  for (const q of measure.quarters ?? []) years.add(quarterYear(q));
  return [...years].sort((a, b) => a - b);
}

function unionYears(measures: Measure[]): number[] {
  return [...new Set(measures.flatMap(measureYears))].sort((a, b) => a - b);
}

/** How many Handlungsfelder of the whole model share each title and each slug: counted once per model, not per page. */
interface FieldNameCounts {
  titles: Map<string, number>;
  slugs: Map<string, number>;
}
const fieldNameCounts = new WeakMap<Model, FieldNameCounts>();

function nameCounts(model: Model): FieldNameCounts {
  let counts = fieldNameCounts.get(model);
  if (!counts) {
    counts = { titles: new Map(), slugs: new Map() };
    for (const h of model.regionalbudgets.flatMap((rb) => rb.handlungsfelder)) {
      counts.titles.set(h.data.title, (counts.titles.get(h.data.title) ?? 0) + 1);
      counts.slugs.set(h.slug, (counts.slugs.get(h.slug) ?? 0) + 1);
    }
    fieldNameCounts.set(model, counts);
  }
  return counts;
}

/** URL value of a Handlungsfeld filter: its slug, or "<rb>-<slug>" when the slug is not unique. */
export function fieldParam(model: Model, field: Handlungsfeld): string {
  return (nameCounts(model).slugs.get(field.slug) ?? 0) < 2 ? field.slug : `${field.regionalbudget}-${field.slug}`;
}

function rbOf(rb: Regionalbudget): { id: string; title: string } {
  return { id: rb.id, title: rb.data.title };
}

export function regionalbudgetMeta(rb: Regionalbudget): PageSearchMeta {
  return { typ: 'regionalbudget', regionalbudgets: [rbOf(rb)], handlungsfelder: [], jahre: unionYears(rb.measures) };
}

export function fieldMeta(model: Model, rb: Regionalbudget, field: Handlungsfeld): PageSearchMeta {
  return { typ: 'handlungsfeld', regionalbudgets: [rbOf(rb)], handlungsfelder: [fieldParam(model, field)], jahre: unionYears(field.measures) };
}

export function measureMeta(model: Model, rb: Regionalbudget, measure: Measure): PageSearchMeta {
  const field = rb.handlungsfelder.find((h) => h.slug === measure.data.handlungsfeld);
  const status = measure.data.status?.value;
  return {
    typ: 'massnahme',
    ...(measure.data.number !== undefined && { title: `Maßnahme ${measure.data.number}: ${measure.data.title}` }),
    regionalbudgets: [rbOf(rb)],
    handlungsfelder: field ? [fieldParam(model, field)] : [],
    jahre: measureYears(measure),
    ...(status && { status }),
  };
}

export function projectMeta(): PageSearchMeta {
  return { typ: 'projekt', regionalbudgets: [], handlungsfelder: [], jahre: [] };
}

/** Sort key of a news date: complete dates as they are, "--03-22" (no year) and no date at the end. */
export function newsSortKey(date: string | undefined): string {
  if (date && /^\d{4}(-\d{2}){0,2}$/.test(date)) return date;
  return '0000';
}

export function newsMeta(model: Model, item: Model['news'][number], dateText?: string): PageSearchMeta {
  const rbs = model.regionalbudgets.filter((rb) => item.data.regionalbudgets.includes(rb.id)).map(rbOf);
  return {
    typ: 'aktuelles',
    regionalbudgets: rbs,
    handlungsfelder: [],
    jahre: [],
    datum: newsSortKey(item.data.date),
    ...(dateText && { datumText: dateText }),
  };
}

export interface FacetOption {
  /** Value in the URL of the search page. */
  param: string;
  /** Value in the index (what Pagefind's filters use). */
  filter: string;
  /** Label on the search page. */
  label: string;
  /** Optional group heading (e.g. the Regionalbudget of a Handlungsfeld). */
  group?: string;
  /** The group's own URL value (the Regionalbudget's `rb`), so that choosing it can narrow this facet. */
  groupParam?: string;
}

/**
 * Options a facet shows as checkboxes; beyond, as a list to choose one from (`<select>`). Every Regionalbudget in
 * Germany would give 400 Regionalbudget and 1,600 Handlungsfeld checkboxes: 0.75 MB, most of the search page.
 * The browse links (browse.ts) use the same limit.
 */
export const FACET_CHECKBOXES_MAX = 40;

export function facetAsList(facet: Facet): boolean {
  return facet.options.length > FACET_CHECKBOXES_MAX;
}

/**
 * A facet's options by group, in order of first appearance (ungrouped options form one group without a
 * heading). Grouped by the group's URL value where there is one: two Regionalbudgets with the same title stay
 * two groups, each narrowed on its own.
 */
export function optionGroups(options: FacetOption[]): { group?: string; groupParam?: string; options: FacetOption[] }[] {
  const byGroup = new Map<string | undefined, FacetOption[]>();
  for (const o of options) {
    const key = o.groupParam ?? o.group;
    const list = byGroup.get(key);
    if (list) list.push(o);
    else byGroup.set(key, [o]);
  }
  return [...byGroup.values()].map((list) => ({ group: list[0]!.group, groupParam: list[0]!.groupParam, options: list }));
}

export interface Facet {
  /** URL parameter. */
  key: 'typ' | 'rb' | 'hf' | 'jahr' | 'status';
  /** Pagefind filter name. */
  filter: 'typ' | 'regionalbudget' | 'handlungsfeld' | 'jahr' | 'status';
  legend: string;
  options: FacetOption[];
}

/** The filters of the search page, in display order; a filter or value no page has is not offered. */
export function facets(model: Model): Facet[] {
  const measures = model.regionalbudgets.flatMap((rb) => rb.measures);
  const statuses = STATUS_VALUES.filter((s) => measures.some((m) => m.data.status?.value === s));
  const years = [...new Set(model.regionalbudgets.flatMap((rb) => unionYears(rb.measures)))].sort((a, b) => a - b);
  return [
    { key: 'typ', filter: 'typ', legend: 'Typ', options: Object.entries(TYPES).map(([param, label]) => ({ param, filter: label, label })) },
    { key: 'rb', filter: 'regionalbudget', legend: 'Regionalbudget', options: model.regionalbudgets.map((rb) => ({ param: rb.id, filter: rb.id, label: rb.data.title })) },
    {
      key: 'hf',
      filter: 'handlungsfeld',
      legend: 'Handlungsfeld',
      options: model.regionalbudgets.flatMap((rb) =>
        rb.handlungsfelder.map((h) => ({ param: fieldParam(model, h), filter: fieldParam(model, h), label: h.data.title, group: rb.data.title, groupParam: rb.id })),
      ),
    },
    { key: 'jahr', filter: 'jahr', legend: 'Jahr', options: years.map((y) => ({ param: String(y), filter: String(y), label: String(y) })) },
    { key: 'status', filter: 'status', legend: 'Status (laut Quelle)', options: statuses.map((s) => ({ param: s, filter: s, label: s })) },
  ].filter((f): f is Facet => f.options.length > 0);
}

/**
 * The static browse pages that mirror the search filters for readers without JavaScript:
 * /massnahmen/ (all measures), /massnahmen/handlungsfeld/<rb>/<slug>/ and /massnahmen/jahr/<year>/.
 */
import type { Handlungsfeld, Measure, Model, Regionalbudget } from '../data/model.ts';
import { PAGE_SIZE } from '../pagination.ts';
import { quarterNumber, quarterYear } from '../quarters.ts';
import { urlOf } from '../routes.ts';
import { FACET_CHECKBOXES_MAX, measureYears } from './facets.ts';

export const BROWSE_ROOT = urlOf.browseAll();

export function fieldBrowseUrl(field: Handlungsfeld): string {
  return urlOf.browseField(field.regionalbudget, field.slug);
}

export const yearBrowseUrl = urlOf.browseYear;

/**
 * Up to this many Handlungsfelder in all, the browse links (shown up to three times on the search page: without
 * JavaScript, when the search fails to load, and before the first search) list each of them; beyond it, as for
 * every Regionalbudget in Germany (about 1,600 fields), the list would be most of the page, so it points to the
 * Regionalbudgets' pages instead, which list their fields. The search filters switch from checkboxes to lists at
 * the same size, so a site either names every field everywhere or nowhere.
 */
export const BROWSE_FIELD_LINKS_MAX = FACET_CHECKBOXES_MAX;

export function listsEveryField(model: Model): boolean {
  return model.regionalbudgets.reduce((n, rb) => n + rb.handlungsfelder.length, 0) <= BROWSE_FIELD_LINKS_MAX;
}

/**
 * Up to this many measures, a page that gathers them (/massnahmen/, a year's page, a Regionalbudget's page) lists
 * each one; beyond it, it counts them and links the pages that do (a Regionalbudget's, a Handlungsfeld's). Every
 * Regionalbudget in Germany (10,000 measures), or one Regionalbudget of 2,500, made such a page 2.5 to 3.4 MB.
 * The lists that remain long (a Handlungsfeld's measures) are cut into pages of the same size.
 */
export const MEASURE_LINKS_MAX = PAGE_SIZE;

/** Whether /massnahmen/ and the year pages list every measure (else one row per Regionalbudget). */
export function listsEveryMeasure(model: Model): boolean {
  return listsEveryField(model) && model.regionalbudgets.reduce((n, rb) => n + rb.measures.length, 0) <= MEASURE_LINKS_MAX;
}

/** Whether a Regionalbudget's page lists its measures under each field (else each field's page does). */
export function listsMeasuresOf(rb: Regionalbudget): boolean {
  return rb.measures.length <= MEASURE_LINKS_MAX;
}

/** The measures of a Regionalbudget that no Handlungsfeld lists ("ohne Zuordnung"), in their usual order. */
export function unassignedOf(rb: Regionalbudget): Measure[] {
  return rb.measures.filter((m) => m.data.handlungsfeld === undefined);
}

/**
 * Whether a Regionalbudget's measures without a Handlungsfeld have list pages of their own
 * (/massnahmen/ohne-zuordnung/<rb>/): only when more of them than a page lists, since its page lists them.
 */
export function browsesUnassigned(rb: Regionalbudget): boolean {
  return unassignedOf(rb).length > MEASURE_LINKS_MAX;
}

/** Years in which any measure has money or scheduled quarters, ascending. */
export function browseYears(model: Model): number[] {
  return [...new Set(model.regionalbudgets.flatMap((rb) => rb.measures.flatMap(measureYears)))].sort((a, b) => a - b);
}

export interface YearRow {
  rb: Regionalbudget;
  measure: Measure;
  /** Planned amount in that year, cents; undefined when the measure has no budget line. */
  amount: number | undefined;
  /** Scheduled quarters in that year (1–4). */
  quarters: number[];
}

/** Measures active in a year (money or scheduled quarters), per Regionalbudget in their usual order. */
export function measuresInYear(model: Model, year: number): YearRow[] {
  return model.regionalbudgets.flatMap((rb) =>
    rb.measures
      .filter((m) => measureYears(m).includes(year))
      .map((measure) => ({
        rb,
        measure,
        amount: measure.budget ? (measure.budget.byYear.get(year) ?? 0) : undefined,
        quarters: (measure.quarters ?? []).filter((q) => quarterYear(q) === year).map(quarterNumber),
      })),
  );
}

/**
 * Example queries for the empty search page, taken from the content so they always find something: the
 * first Handlungsfelder, a measure by its number and the first programme.
 */
export function exampleQueries(model: Model, count = 5): string[] {
  const fields = [...new Set(model.regionalbudgets.flatMap((rb) => rb.handlungsfelder.map((h) => h.data.title)))].slice(0, count - 2);
  const numbered = model.regionalbudgets.flatMap((rb) => rb.measures).find((m) => m.data.number !== undefined);
  const programme = [...model.programmes.values()][0];
  return [...fields, ...(numbered ? [`Maßnahme ${numbered.data.number}`] : []), ...(programme ? [programme.data.title] : [])];
}

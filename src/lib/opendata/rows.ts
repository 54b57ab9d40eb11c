/**
 * Rows of the open-data tables, derived from the model. Money stays in integer cents here; it becomes a
 * decimal string (CSV) or a JSON number (JSON) only when a file is written.
 */
import type { Measure, Model, Regionalbudget } from '../data/model.ts';
import { centsToDecimalString, centsToEuros, type Cents } from '../money.ts';
import { quarterBounds, quarterKey, quarterNumber, quarterYear } from '../quarters.ts';
import { toCsv } from './csv.ts';
import { isAccompanying } from '../fields.ts';
import type { Column } from './columns.ts';
import { MEASURE_YEAR_COLUMNS, SCHEDULE_COLUMNS } from './dictionary.ts';
import type { MeasureYearRowOut, ScheduleRow } from './schemas.ts';

type MeasureColumns = Pick<MeasureYearRowOut, 'regionalbudget' | 'massnahme_nr' | 'massnahme_slug' | 'massnahme' | 'handlungsfeld' | 'begleitend'>;

/** A measure-year row before it is written: the amount still in cents, null together with jahr when the measure has no budget line. */
export type MeasureYearRow = Omit<MeasureYearRowOut, 'betrag_eur'> & { betrag_cent: Cents | null };

/** A measure's field, or the accompanying group it belongs to (which is not a field). */
export function measureGroup(rb: Regionalbudget, m: Measure): { handlungsfeld: string | null; begleitend: string | null } {
  const field = rb.handlungsfelder.find((h) => h.slug === m.data.handlungsfeld);
  if (!field) return { handlungsfeld: null, begleitend: null };
  return isAccompanying(field) ? { handlungsfeld: null, begleitend: field.data.title } : { handlungsfeld: field.data.title, begleitend: null };
}

function measureColumns(rb: Regionalbudget, m: Measure): MeasureColumns {
  const { handlungsfeld, begleitend } = measureGroup(rb, m);
  return {
    regionalbudget: rb.id,
    massnahme_nr: m.data.number ?? null,
    massnahme_slug: m.slug,
    massnahme: m.data.title,
    handlungsfeld,
    begleitend,
  };
}

/** The years a measure gets a row for: every year of the plan, plus any year it has money in. */
function planYears(rb: Regionalbudget, m: Measure): number[] {
  const years = new Set(rb.budget?.years ?? []);
  for (const year of m.budget?.byYear.keys() ?? []) years.add(year);
  return [...years].sort((a, b) => a - b);
}

/** One row per measure and plan year; a measure without a budget line gets one row without year and amount. */
export function measureYearRows(rb: Regionalbudget): MeasureYearRow[] {
  return rb.measures.flatMap((m): MeasureYearRow[] => {
    const base = measureColumns(rb, m);
    if (!rb.budget || !m.budget) return [{ ...base, jahr: null, betrag_cent: null }];
    const byYear = m.budget.byYear;
    return planYears(rb, m).map((jahr) => ({ ...base, jahr, betrag_cent: byYear.get(jahr) ?? 0 }));
  });
}

export function allMeasureYearRows(model: Model): MeasureYearRow[] {
  return model.regionalbudgets.flatMap(measureYearRows);
}

/** One row per measure and scheduled quarter; a measure without quarters gets one row without them. */
export function scheduleRows(rb: Regionalbudget): ScheduleRow[] {
  return rb.measures.flatMap((m): ScheduleRow[] => {
    const base = measureColumns(rb, m);
    const quarters = m.quarters ?? [];
    if (quarters.length === 0) return [{ ...base, quartal: null, jahr: null, quartal_nr: null, beginn: null, ende: null }];
    return quarters.map((q) => {
      const { start, end } = quarterBounds(q);
      return { ...base, quartal: quarterKey(q), jahr: quarterYear(q), quartal_nr: quarterNumber(q), beginn: start, ende: end };
    });
  });
}

export const MEASURE_YEAR_HEADER = MEASURE_YEAR_COLUMNS.map((c) => c.name) as (keyof MeasureYearRowOut)[];
export const SCHEDULE_HEADER = SCHEDULE_COLUMNS.map((c) => c.name) as (keyof ScheduleRow)[];
const numericOf = <K extends string>(columns: readonly Column[]) => columns.filter((c) => c.type === 'integer' || c.type === 'decimal').map((c) => c.name as K);

export function measureYearRowJson(row: MeasureYearRow): MeasureYearRowOut {
  const { betrag_cent, ...rest } = row;
  return { ...rest, betrag_eur: betrag_cent === null ? null : centsToEuros(betrag_cent) };
}

export function measureYearCsv(rows: readonly MeasureYearRow[]): string {
  return toCsv(
    MEASURE_YEAR_HEADER,
    rows.map(({ betrag_cent, ...rest }) => ({ ...rest, betrag_eur: betrag_cent === null ? null : centsToDecimalString(betrag_cent) })),
    numericOf<keyof MeasureYearRowOut>(MEASURE_YEAR_COLUMNS),
  );
}

export function scheduleCsv(rows: readonly ScheduleRow[]): string {
  return toCsv(SCHEDULE_HEADER, rows, numericOf<keyof ScheduleRow>(SCHEDULE_COLUMNS));
}

/**
 * Turns the validated model into chart inputs and charts. Pages call these; the tests call them too, to
 * check that every chart's table carries exactly the model's numbers.
 */
import type { Handlungsfeld, Measure, Model, Regionalbudget } from '../lib/data/model.ts';
import { countOf, measureLabel } from '../lib/format.ts';
import { groupHeading } from '../lib/fields.ts';
import { budgetByYear } from './budget-by-year.ts';
import { fundingSplit } from './funding-split.ts';
import { measureBudget } from './measure-budget.ts';
import { measureTimeline } from './measure-timeline.ts';
import { overviewComparison } from './overview-comparison.ts';
import { overviewRanking } from './overview-ranking.ts';
import { SERIES_COUNT } from './palette.ts';
import { schedule, type ScheduleData } from './schedule.ts';
import { scheduleCounts } from './schedule-counts.ts';
import { shareOfTotal } from './share-of-total.ts';
import { chartId, type Chart } from './svg.ts';

const NO_FIELD = 'ohne-zuordnung';

/**
 * Up to this many measures a chart shows each of them (a row of the schedule, a part of a budget bar, a line of
 * the legend); beyond it, a Regionalbudget or Handlungsfeld of hundreds of measures gets charts of counts and
 * sums, and each measure's figures stay on its page.
 */
export const CHART_MEASURES_MAX = 40;

function scheduleChart(data: ScheduleData, options: { id: string; title: string; countsTitle: string; groupHeading: string }): Chart {
  const { countsTitle, ...rest } = options;
  return data.rows.length <= CHART_MEASURES_MAX ? schedule(data, rest) : scheduleCounts(data, { ...rest, title: countsTitle });
}

function fieldSeries(rb: Regionalbudget): { key: string; label: string; byYear: ReadonlyMap<number, number> }[] {
  return rb.handlungsfelder.map((h) => ({ key: h.slug, label: h.data.title, byYear: h.byYear }));
}

function scheduleRows(rb: Regionalbudget, measures: readonly Measure[]) {
  const fields = new Map(rb.handlungsfelder.map((h) => [h.slug, h.data.title]));
  return measures
    .filter((m) => m.quarters !== undefined)
    .map((m) => ({
      key: m.slug,
      label: measureLabel(m.data),
      group: m.data.handlungsfeld ?? NO_FIELD,
      groupLabel: (m.data.handlungsfeld && fields.get(m.data.handlungsfeld)) ?? 'ohne Zuordnung',
      quarters: m.quarters ?? [],
    }));
}

/** Charts of a Regionalbudget page: budget per year by field, share per field, schedule, funding split. */
export function regionalbudgetCharts(rb: Regionalbudget, today: string): Chart[] {
  const charts: Chart[] = [];
  const label = groupHeading(rb);
  if (rb.budget) {
    const years = rb.budget.years;
    charts.push(
      budgetByYear(
        { years, series: fieldSeries(rb).map((s) => ({ key: s.key, label: s.label, cents: years.map((y) => s.byYear.get(y) ?? 0) })) },
        { id: chartId('rb', rb.id, 'budget'), title: `Budget je Jahr nach ${label} (${rb.data.title})` },
      ),
      shareOfTotal(
        { items: rb.handlungsfelder.map((h) => ({ key: h.slug, label: h.data.title, cents: h.total })) },
        { id: chartId('rb', rb.id, 'anteile'), title: `Anteil je ${label} am Budget (${rb.data.title})` },
      ),
    );
  }
  if (rb.schedule) {
    charts.push(
      scheduleChart(
        { from: rb.schedule.from, to: rb.schedule.to, rows: scheduleRows(rb, rb.measures), today, groupOrder: rb.handlungsfelder.map((h) => h.slug) },
        {
          id: chartId('rb', rb.id, 'zeitplan'),
          title: `Zeitplan der Maßnahmen je Quartal (${rb.data.title})`,
          countsTitle: `Laufende Maßnahmen je Quartal (${rb.data.title})`,
          groupHeading: label,
        },
      ),
    );
  }
  const f = rb.funding;
  if (f) {
    charts.push(
      fundingSplit(
        { totalCents: f.total, grantCents: f.grant },
        { id: chartId('rb', rb.id, 'finanzierung'), title: `Förderung und Eigenanteil (${rb.data.title})` },
      ),
    );
  }
  return charts;
}

/** Charts of a Handlungsfeld page: its budget per year and its part of the schedule. */
export function handlungsfeldCharts(rb: Regionalbudget, field: Handlungsfeld, today: string): Chart[] {
  const charts: Chart[] = [];
  if (rb.budget && field.measures.length > 0) {
    const years = rb.budget.years;
    charts.push(
      budgetByYear(
        {
          years,
          // Beyond CHART_MEASURES_MAX one bar part per measure cannot be told apart: the field's sum per year.
          series:
            field.measures.length <= CHART_MEASURES_MAX
              ? field.measures.map((m) => ({ key: m.slug, label: measureLabel(m.data), cents: years.map((y) => m.budget?.byYear.get(y) ?? 0) }))
              : [{ key: field.slug, label: `${field.data.title} (${countOf(field.measures.length, 'Maßnahme', 'Maßnahmen')})`, cents: years.map((y) => field.byYear.get(y) ?? 0) }],
        },
        { id: chartId('hf', field.slug, 'budget'), title: `Budget je Jahr: ${field.data.title}` },
      ),
    );
  }
  if (rb.schedule && field.measures.length > 0) {
    charts.push(
      scheduleChart(
        { from: rb.schedule.from, to: rb.schedule.to, rows: scheduleRows(rb, field.measures), today, groupOrder: rb.handlungsfelder.map((h) => h.slug) },
        { id: chartId('hf', field.slug, 'zeitplan'), title: `Zeitplan: ${field.data.title}`, countsTitle: `Laufende Maßnahmen je Quartal: ${field.data.title}`, groupHeading: rb.data.fieldLabel },
      ),
    );
  }
  return charts;
}

/** Charts of a measure page: budget per year (plan and, when present, actual) and its quarters. */
export function measureCharts(rb: Regionalbudget, measure: Measure, today: string): Chart[] {
  const charts: Chart[] = [];
  const name = measureLabel(measure.data);
  if (rb.budget && measure.budget) {
    const years = rb.budget.years;
    const actual = measure.budget.actual;
    charts.push(
      measureBudget(
        {
          years,
          cents: years.map((y) => measure.budget?.byYear.get(y) ?? 0),
          ...(actual && { actual: { asOf: actual.asOf, cents: years.map((y) => actual.byYear.get(y) ?? 0) } }),
        },
        { id: chartId('m', measure.slug, 'budget'), title: `Budget je Jahr: ${name}` },
      ),
    );
  }
  if (rb.schedule && measure.quarters) {
    const series = rb.handlungsfelder.findIndex((h) => h.slug === measure.data.handlungsfeld);
    charts.push(
      measureTimeline(
        { from: rb.schedule.from, to: rb.schedule.to, quarters: measure.quarters, label: name, today, ...(series >= 0 && { series }) },
        { id: chartId('m', measure.slug, 'zeitplan'), title: `Geplante Quartale: ${name}` },
      ),
    );
  }
  return charts;
}

/**
 * All Regionalbudgets compared: year by year in grouped bars while each can have its own colour (up to
 * SERIES_COUNT), beyond that as a ranking of whole budgets with every Regionalbudget in the table.
 */
export function overviewChart(model: Model): Chart {
  const years = [...new Set(model.regionalbudgets.flatMap((rb) => rb.budget?.years ?? []))].sort((a, b) => a - b);
  const data = {
    years,
    budgets: model.regionalbudgets.map((rb) => ({
      key: rb.id,
      label: rb.data.title,
      cents: years.map((y) => rb.budget?.byYear.get(y) ?? 0),
      measureCount: rb.measures.length,
    })),
  };
  return data.budgets.length <= SERIES_COUNT
    ? overviewComparison(data, { id: 'uebersicht', title: 'Regionalbudgets im Vergleich: Budget je Jahr laut Budgetplan' })
    : overviewRanking(data, { id: 'uebersicht' });
}

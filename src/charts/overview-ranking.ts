/**
 * Many Regionalbudgets side by side, more than the palette has colours (as for every Regionalbudget in
 * Germany): the grouped bars of overview-comparison.ts would need a colour and a legend line per Regionalbudget,
 * and at 400 of them the phone layout was 110,000 units tall. Here each Regionalbudget is one bar for its whole
 * planned budget, the largest RANKED_BARS in order, in one colour; the table lists every Regionalbudget with
 * its years, so none is left out of the figure's data.
 */
import { sum } from 'd3-array';
import { countOf, formatEuro, formatNumber } from '../lib/format.ts';
import { joinGerman, yearSpan } from './labels.ts';
import { narrowBarChart, narrowBarRows, type NarrowRow } from './narrow.ts';
import type { OverviewComparisonData } from './overview-comparison.ts';
import { patternDefs, svgDocument, text, type Chart, type ChartOptions } from './svg.ts';

/** Bars in the ranking: enough to see the spread at the top, few enough to read on a phone. */
export const RANKED_BARS = 10;
/** Up to this many Regionalbudgets without a plan are named in the description; beyond it they are counted. */
const NAMED_MISSING_MAX = 8;
const W = 640;
const measures = (n: number) => countOf(n, 'Maßnahme', 'Maßnahmen');

export function overviewRanking(data: OverviewComparisonData, options: ChartOptions): Chart {
  const { id } = options;
  const count = data.budgets.length;
  const totals = data.budgets.map((b) => sum(b.cents));
  // Array.prototype.sort is stable: equal budgets keep the order of the input.
  const planned = data.budgets.map((b, i) => ({ b, total: totals[i] ?? 0 })).filter((p) => p.total > 0).sort((a, c) => c.total - a.total);
  const missing = data.budgets.filter((_, i) => (totals[i] ?? 0) === 0);
  const shown = planned.slice(0, RANKED_BARS);
  const span = yearSpan(data.years);
  const inYears = data.years.length === 1 ? `im Jahr ${span}` : `der Jahre ${span}`;
  const title =
    options.title ??
    (shown.length < planned.length
      ? `Regionalbudgets im Vergleich: die ${shown.length} größten Budgets laut Budgetplan`
      : 'Regionalbudgets im Vergleich: Budget laut Budgetplan');

  const table = {
    caption: `Budget je Jahr laut Budgetplan, alle ${formatNumber(count)} Regionalbudgets`,
    columns: ['Regionalbudget', 'Maßnahmen', ...data.years.map(String), 'Summe'],
    rows: [
      ...planned.map(({ b, total }) => [b.label, formatNumber(b.measureCount), ...data.years.map((_, yi) => formatEuro(b.cents[yi] ?? 0)), formatEuro(total)]),
      ...missing.map((b) => [`${b.label} (ohne Budgetplan)`, formatNumber(b.measureCount), ...data.years.map(() => '–'), '–']),
    ],
    numericColumns: Array.from({ length: data.years.length + 2 }, (_, i) => i + 1),
    footer: [
      'Zusammen',
      formatNumber(sum(data.budgets, (b) => b.measureCount)),
      ...data.years.map((_, yi) => formatEuro(sum(data.budgets, (b) => b.cents[yi] ?? 0))),
      formatEuro(sum(totals)),
    ],
  };

  const noPlan =
    missing.length === 0 ? '' : ` Ohne Budgetplan: ${missing.length <= NAMED_MISSING_MAX ? joinGerman(missing.map((b) => b.label)) : `${formatNumber(missing.length)} Regionalbudgets`}.`;
  if (shown.length === 0) {
    const desc = `Keine Budgetdaten vorhanden.${noPlan}`;
    return { svg: svgDocument({ id, kind: 'overview-ranking', width: W, height: 72, title, desc, body: text(W / 2, 44, 'Keine Budgetdaten', { anchor: 'middle' }) }), table };
  }
  const which = shown.length < planned.length ? `Die ${shown.length} größten von ${formatNumber(planned.length)} Budgets` : 'Die Budgets';
  const desc = `${which} ${inYears}: ${shown.map(({ b, total }) => `${b.label} ${formatEuro(total)}`).join(', ')}.${noPlan} Die Tabelle nennt alle ${formatNumber(count)} Regionalbudgets mit ihren Jahren.`;
  // Written above the bars, not only in the title: a reader must see that the bars are a selection.
  const heading: NarrowRow = { heading: `${which} ${inYears}, das größte zuerst:`, value: '', segments: [], bold: true, textOnly: true };
  const rows: NarrowRow[] = [heading, ...shown.map(({ b, total }, rank) => ({
    heading: `${rank + 1}. ${b.label} (${measures(b.measureCount)})`,
    value: formatEuro(total),
    segments: [{ series: 0, cents: total, tip: `${b.label}, ${span}: ${formatEuro(total)}` }],
  }))];
  const wide = narrowBarRows(id, rows, 0, W);
  return {
    svg: svgDocument({ id, kind: 'overview-ranking', width: W, height: wide.height + 6, title, desc, defs: patternDefs(id, [0]), body: wide.svg }),
    narrow: narrowBarChart({ id, kind: 'overview-ranking', title, desc, rows }),
    table,
  };
}

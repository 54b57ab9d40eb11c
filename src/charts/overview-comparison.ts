/**
 * Regionalbudgets side by side: grouped bars per year, one bar per Regionalbudget. A Regionalbudget
 * without budget plan gets no (zero) bars but is named in legend and description, so that its absence
 * is visible rather than looking like "0 € planned".
 */
import { max, sum } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { formatEuro } from '../lib/format.ts';
import { tickLabels, valueScale, yAxis } from './axis.ts';
import { countOf } from '../lib/format.ts';
import { commonEuroLabels, joinGerman, textWidth, yearSpan } from './labels.ts';
import { legend, placeLabelAbove } from './layout.ts';
import { narrowBarChart } from './narrow.ts';
import { bar, patternDefs, svgDocument, text, type Chart, type ChartOptions } from './svg.ts';

export interface OverviewBudget {
  key: string;
  label: string;
  /** Per year, aligned with `years`. */
  cents: number[];
  measureCount: number;
}

export interface OverviewComparisonData {
  years: number[];
  budgets: OverviewBudget[];
}

const W = 640;
const PLOT_TOP = 28;
const PLOT_BOTTOM = 268;
const measures = (n: number) => countOf(n, 'Maßnahme', 'Maßnahmen');

export function overviewComparison(data: OverviewComparisonData, options: ChartOptions): Chart {
  const { id } = options;
  const title = options.title ?? 'Regionalbudgets im Vergleich';
  const totals = data.budgets.map((b) => sum(b.cents));
  // Series index stays the input position, so a Regionalbudget keeps its colour when another has no plan.
  const drawn = data.budgets.map((b, i) => ({ b, i })).filter(({ i }) => (totals[i] ?? 0) > 0);
  const missing = data.budgets.filter((_, i) => (totals[i] ?? 0) === 0).map((b) => b.label);
  const table = {
    caption: title,
    columns: ['Jahr', ...data.budgets.map((b) => `${b.label} (${measures(b.measureCount)})`)],
    rows: data.years.map((year, yi) => [String(year), ...data.budgets.map((b, i) => ((totals[i] ?? 0) > 0 ? formatEuro(b.cents[yi] ?? 0) : '–'))]),
    numericColumns: data.budgets.map((_, i) => i + 1),
    footer: ['Summe', ...totals.map((t) => (t > 0 ? formatEuro(t) : '–'))],
  };
  const noPlan = missing.length > 0 ? ` Ohne Budgetplan: ${joinGerman(missing)}.` : '';
  if (drawn.length === 0 || data.years.length === 0) {
    const desc = `Keine Budgetdaten vorhanden.${noPlan}`;
    const body = text(W / 2, 44, 'Keine Budgetdaten', { anchor: 'middle' });
    return { svg: svgDocument({ id, kind: 'overview-comparison', width: W, height: 72, title, desc, body }), table };
  }

  const y = valueScale(max(drawn.flatMap(({ b }) => b.cents)) ?? 0, PLOT_TOP, PLOT_BOTTOM);
  const x0 = Math.max(60, ...tickLabels(y).map((l) => textWidth(l) + 14));
  const band = scaleBand<number>().domain(data.years).range([x0, W - 10]).paddingInner(0.25).paddingOuter(0.1);
  const inner = scaleBand<number>().domain(drawn.map(({ i }) => i)).range([0, band.bandwidth()]).paddingInner(0.08);
  const barWidth = Math.min(inner.bandwidth(), 72);

  // One label format for all bars or none at all: a few labelled bars among unlabelled ones would
  // suggest that only those values matter. Unlabelled values are in axis, tooltip and table.
  const labels = commonEuroLabels(drawn.flatMap(({ b }) => data.years.map((_, yi) => b.cents[yi] ?? 0)), inner.step());
  const parts: string[] = [yAxis(y, x0, W - 10)];
  data.years.forEach((year, yi) => {
    for (const { b, i } of drawn) {
      const cents = b.cents[yi] ?? 0;
      const x = (band(year) ?? 0) + (inner(i) ?? 0) + (inner.bandwidth() - barWidth) / 2;
      parts.push(bar(id, i, x, y(cents), barWidth, y(0) - y(cents), `${b.label}, ${year}: ${formatEuro(cents)}`));
      const label = labels?.[drawn.findIndex((d) => d.i === i) * data.years.length + yi];
      if (label) parts.push(text(x + barWidth / 2, placeLabelAbove(y(cents)).y, label, { anchor: 'middle' }));
    }
    parts.push(text((band(year) ?? 0) + band.bandwidth() / 2, PLOT_BOTTOM + 20, String(year), { anchor: 'middle' }));
  });
  const items = data.budgets.map((b, i) =>
    (totals[i] ?? 0) > 0
      ? { label: `${b.label} (${measures(b.measureCount)})`, series: i }
      : { label: `${b.label} (${measures(b.measureCount)}, ohne Budgetplan)`, series: null },
  );
  const key = legend(id, items, x0, PLOT_BOTTOM + 36, W - 10 - x0);
  parts.push(key.svg);

  const ranked = drawn.map(({ b, i }) => ({ label: b.label, total: totals[i] ?? 0 })).sort((a, c) => c.total - a.total);
  const sentences = [`Budgets ${data.years.length === 1 ? 'im Jahr' : 'der Jahre'} ${yearSpan(data.years)}: ${ranked.map((r) => `${r.label} ${formatEuro(r.total)}`).join(', ')}.`];
  if (ranked.length > 1) sentences.unshift(`Das größte Budget hat ${ranked[0]?.label ?? ''}.`);
  const desc = sentences.join(' ') + noPlan;
  const height = PLOT_BOTTOM + 36 + key.height + 6;
  const defs = patternDefs(id, drawn.map(({ i }) => i));
  const narrow = narrowBarChart({
    id,
    kind: 'overview-comparison',
    title,
    desc,
    rows: data.years.flatMap((year, yi) =>
      drawn.map(({ b, i }) => ({ heading: `${year}: ${b.label}`, value: formatEuro(b.cents[yi] ?? 0), segments: [{ series: i, cents: b.cents[yi] ?? 0, tip: `${b.label}, ${year}: ${formatEuro(b.cents[yi] ?? 0)}` }] })),
    ),
    legend: items,
  });
  return { svg: svgDocument({ id, kind: 'overview-comparison', width: W, height, title, desc, defs, body: parts.join('\n') }), narrow, table };
}

/**
 * One measure's budget per year, optionally plan vs. actual side by side. Every bar carries its value,
 * so the chart needs no value axis; labels never leave the viewBox (see placeLabelAbove, clampCenter).
 */
import { max, sum } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatEuro } from '../lib/format.ts';
import { commonEuroLabels, formatDateNumeric, formatEuroCompact, formatShare, joinGerman, textWidth, yearSpan } from './labels.ts';
import { clampCenter, legend, placeLabelAbove } from './layout.ts';
import { narrowBarChart, type NarrowRow } from './narrow.ts';
import { bar, num, patternDefs, svgDocument, text, type Chart, type ChartOptions } from './svg.ts';

export interface MeasureBudgetData {
  years: number[];
  /** Planned cents per year, aligned with `years`. */
  cents: number[];
  /** Actual spending as of a date; null for a year without figures yet (not the same as 0 €). */
  actual?: { asOf: string; cents: (number | null)[] };
}

const W = 640;
const PLOT_TOP = 24;
const PLOT_BOTTOM = 204;

export function measureBudget(data: MeasureBudgetData, options: ChartOptions): Chart {
  const { id } = options;
  const title = options.title ?? 'Budget der Maßnahme nach Jahren';
  const plan = data.years.map((_, i) => data.cents[i] ?? 0);
  const actual = data.actual ? data.years.map((_, i) => data.actual?.cents[i] ?? null) : null;
  const asOf = data.actual ? (formatDateNumeric(data.actual.asOf) ?? data.actual.asOf) : '';
  const istLabel = `Ist (Stand ${asOf})`;
  const planTotal = sum(plan);
  const istTotal = actual ? sum(actual, (v) => v ?? 0) : 0;
  const cell = (v: number | null) => (v === null ? '–' : formatEuro(v));
  const table = {
    caption: title,
    columns: actual ? ['Jahr', 'Plan', istLabel] : ['Jahr', 'Plan'],
    rows: data.years.map((year, i) => [String(year), formatEuro(plan[i] ?? 0), ...(actual ? [cell(actual[i] ?? null)] : [])]),
    numericColumns: actual ? [1, 2] : [1],
    footer: ['Summe', formatEuro(planTotal), ...(actual ? [formatEuro(istTotal)] : [])],
  };
  if (data.years.length === 0 || (planTotal === 0 && !actual?.some((v) => v !== null))) {
    const desc = 'Keine Budgetdaten vorhanden.';
    const body = text(W / 2, 44, 'Keine Budgetdaten', { anchor: 'middle' });
    return { svg: svgDocument({ id, kind: 'measure-budget', width: W, height: 72, title, desc, body }), table: { ...table, rows: [], footer: [desc] } };
  }

  const y = scaleLinear().domain([0, Math.max(1, max([...plan, ...(actual ?? []).map((v) => v ?? 0)]) ?? 1)]).range([PLOT_BOTTOM, PLOT_TOP]);
  const band = scaleBand<number>().domain(data.years).range([4, W - 4]).paddingInner(0.3).paddingOuter(0.15);
  const kinds = actual ? ['plan', 'ist'] : ['plan'];
  const inner = scaleBand<string>().domain(kinds).range([0, band.bandwidth()]).paddingInner(0.1);
  const barWidth = Math.min(inner.bandwidth(), 88);

  const shown = [...plan, ...(actual ?? []).map((v) => v ?? 0)];
  const labels = commonEuroLabels(shown, inner.step()) ?? shown.map(formatEuroCompact);
  const parts: string[] = [];
  data.years.forEach((year, i) => {
    const values: [string, number | null][] = [['plan', plan[i] ?? 0], ['ist', actual?.[i] ?? null]];
    values.forEach(([kind, value], series) => {
      if (!kinds.includes(kind)) return;
      const x = (band(year) ?? 0) + (inner(kind) ?? 0) + (inner.bandwidth() - barWidth) / 2;
      if (value === null) {
        // A missing figure must not look like a zero bar: say so where the bar would be.
        parts.push(text(x + barWidth / 2, PLOT_BOTTOM - 6, 'k. A.', { anchor: 'middle', title: `${istLabel} ${year}: keine Angabe` }));
        return;
      }
      const tip = `${series === 0 ? 'Plan' : istLabel} ${year}: ${formatEuro(value)}`;
      parts.push(bar(id, series, x, y(value), barWidth, PLOT_BOTTOM - y(value), tip));
      const label = labels[series * data.years.length + i] ?? '';
      const place = placeLabelAbove(y(value));
      const cx = clampCenter(x + barWidth / 2, textWidth(label), 0, W);
      parts.push(text(cx, place.y, label, { anchor: 'middle', className: place.inside ? 'chart-text--halo' : '' }));
    });
    parts.push(text((band(year) ?? 0) + band.bandwidth() / 2, PLOT_BOTTOM + 20, String(year), { anchor: 'middle' }));
  });
  parts.push(`<path class="chart-axis" d="M4 ${num(PLOT_BOTTOM)}H${W - 4}"/>`);
  const key = actual ? legend(id, [{ label: 'Plan', series: 0 }, { label: istLabel, series: 1 }], 4, PLOT_BOTTOM + 34, W - 8) : { svg: '', height: 0 };
  parts.push(key.svg);

  const top = Math.max(...plan);
  const topYears = data.years.filter((_, i) => plan[i] === top).map(String);
  const sentences = [`Geplant sind insgesamt ${formatEuro(planTotal)} ${data.years.length === 1 ? 'im Jahr' : 'in den Jahren'} ${yearSpan(data.years)}.`];
  if (data.years.length > 1 && top > 0) sentences.push(`Am meisten ist ${topYears.length > 1 ? 'mit je' : 'mit'} ${formatEuro(top)} für ${joinGerman(topYears)} vorgesehen.`);
  if (actual) {
    const ratio = planTotal > 0 ? `, das sind ${formatShare(istTotal / planTotal)} des Plans` : '';
    sentences.push(`Ausgegeben wurden bis zum ${asOf} ${formatEuro(istTotal)}${ratio}.`);
    const open = data.years.filter((_, i) => actual[i] === null).map(String);
    if (open.length > 0) sentences.push(`Für ${joinGerman(open)} liegen noch keine Ist-Zahlen vor.`);
  }
  const height = PLOT_BOTTOM + 28 + (actual ? key.height + 10 : 0);
  const defs = patternDefs(id, actual ? [0, 1] : [0]);
  const narrowRows: NarrowRow[] = data.years.flatMap((year, i) => {
    const planRow = { heading: actual ? `${year} Plan` : String(year), value: formatEuro(plan[i] ?? 0), bold: !actual, segments: [{ series: 0, cents: plan[i] ?? 0, tip: `Plan ${year}: ${formatEuro(plan[i] ?? 0)}` }] };
    if (!actual) return [planRow];
    const ist = actual[i] ?? null;
    return [planRow, { heading: `${year} ${istLabel}`, value: ist === null ? 'k. A.' : formatEuro(ist), segments: ist === null ? [] : [{ series: 1, cents: ist, tip: `${istLabel} ${year}: ${formatEuro(ist)}` }] }];
  });
  const narrow = narrowBarChart({ id, kind: 'measure-budget', title, desc: sentences.join(' '), rows: narrowRows });
  return { svg: svgDocument({ id, kind: 'measure-budget', width: W, height, title, desc: sentences.join(' '), defs, body: parts.join('\n') }), narrow, table };
}

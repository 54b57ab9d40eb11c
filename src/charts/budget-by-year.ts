/** Budget per year, stacked by series (e.g. Handlungsfeld), with each year's total above its bar. */
import { max, sum } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { formatEuro } from '../lib/format.ts';
import { valueScale, tickLabels, yAxis } from './axis.ts';
import { commonEuroLabels, formatEuroCompact, joinGerman, textWidth, yearSpan } from './labels.ts';
import { legend, placeLabelAbove } from './layout.ts';
import { narrowBarChart } from './narrow.ts';
import { bar, patternDefs, svgDocument, text, type Chart, type ChartOptions } from './svg.ts';

export interface BudgetSeries {
  key: string;
  label: string;
  /** Per year, aligned with `years`. */
  cents: number[];
}

export interface BudgetByYearData {
  years: number[];
  series: BudgetSeries[];
}

export interface StackSegment {
  series: number;
  start: number;
  end: number;
}

export interface StackedYear {
  year: number;
  total: number;
  segments: StackSegment[];
}

/** Cumulative offsets per year in series order; zero amounts get no segment (nothing to hover or see). */
export function stackByYear(data: BudgetByYearData): StackedYear[] {
  return data.years.map((year, yi) => {
    let offset = 0;
    const segments: StackSegment[] = [];
    data.series.forEach((s, si) => {
      const cents = s.cents[yi] ?? 0;
      if (!Number.isInteger(cents) || cents < 0) throw new Error(`Ungültiger Betrag für ${s.label} ${year}: ${cents}`);
      if (cents > 0) segments.push({ series: si, start: offset, end: offset + cents });
      offset += cents;
    });
    return { year, total: offset, segments };
  });
}

const W = 640;
const PLOT_TOP = 28;
const PLOT_BOTTOM = 268;

export function budgetByYear(data: BudgetByYearData, options: ChartOptions): Chart {
  const { id } = options;
  const title = options.title ?? 'Budget nach Jahren';
  const stacked = stackByYear(data);
  const grand = sum(stacked, (s) => s.total);
  const seriesTotals = data.series.map((s) => sum(s.cents));
  const table = {
    caption: title,
    columns: ['Jahr', ...data.series.map((s) => s.label), 'Summe'],
    rows: stacked.map((y, yi) => [String(y.year), ...data.series.map((s) => formatEuro(s.cents[yi] ?? 0)), formatEuro(y.total)]),
    numericColumns: data.series.map((_, i) => i + 1).concat(data.series.length + 1),
    footer: ['Summe', ...seriesTotals.map(formatEuro), formatEuro(grand)],
  };

  if (grand === 0) {
    const desc = 'Keine Budgetdaten vorhanden.';
    const body = text(W / 2, 44, 'Keine Budgetdaten', { anchor: 'middle' });
    return { svg: svgDocument({ id, kind: 'budget-by-year', width: W, height: 72, title, desc, body }), table: { ...table, rows: [], footer: [desc] } };
  }

  const y = valueScale(max(stacked, (s) => s.total) ?? 0, PLOT_TOP, PLOT_BOTTOM);
  const x0 = Math.max(60, ...tickLabels(y).map((l) => textWidth(l) + 14));
  const band = scaleBand<number>().domain(data.years).range([x0, W - 10]).paddingInner(0.3).paddingOuter(0.2);
  const barWidth = Math.min(band.bandwidth(), 96);

  const totals = stacked.map((s) => s.total);
  const labels = commonEuroLabels(totals, band.step()) ?? totals.map(formatEuroCompact);
  const parts: string[] = [yAxis(y, x0, W - 10)];
  stacked.forEach((col, ci) => {
    const bx = (band(col.year) ?? 0) + (band.bandwidth() - barWidth) / 2;
    for (const seg of col.segments) {
      const s = data.series[seg.series];
      const tip = `${s?.label ?? ''}, ${col.year}: ${formatEuro(seg.end - seg.start)}`;
      parts.push(bar(id, seg.series, bx, y(seg.end), barWidth, y(seg.start) - y(seg.end), tip));
    }
    const label = labels[ci] ?? '';
    const place = placeLabelAbove(y(col.total));
    parts.push(text(bx + barWidth / 2, place.y, label, { anchor: 'middle', bold: true, className: place.inside ? 'chart-text--halo' : '' }));
    parts.push(text(bx + barWidth / 2, PLOT_BOTTOM + 20, String(col.year), { anchor: 'middle' }));
  });
  const key = legend(id, data.series.map((s, i) => ({ label: s.label, series: i })), x0, PLOT_BOTTOM + 36, W - 10 - x0);
  parts.push(key.svg);

  const top = Math.max(...stacked.map((s) => s.total));
  const topYears = stacked.filter((s) => s.total === top).map((s) => String(s.year));
  const sentences = [`Insgesamt ${formatEuro(grand)} ${data.years.length === 1 ? 'im Jahr' : 'in den Jahren'} ${yearSpan(data.years)}.`];
  if (data.years.length > 1) {
    sentences.push(`Das meiste Geld entfällt auf ${joinGerman(topYears)} mit ${topYears.length > 1 ? 'je ' : ''}${formatEuro(top)}.`);
  }
  const biggest = seriesTotals.indexOf(Math.max(...seriesTotals));
  if (data.series.length > 1) {
    sentences.push(`Den größten Anteil hat „${data.series[biggest]?.label ?? ''}“ mit ${formatEuro(seriesTotals[biggest] ?? 0)}.`);
  }
  const height = PLOT_BOTTOM + 36 + key.height + 6;
  const defs = patternDefs(id, data.series.map((_, i) => i));
  const narrow = narrowBarChart({
    id,
    kind: 'budget-by-year',
    title,
    desc: sentences.join(' '),
    rows: stacked.map((col) => ({
      heading: String(col.year),
      value: formatEuro(col.total),
      bold: true,
      segments: col.segments.map((seg) => ({ series: seg.series, cents: seg.end - seg.start, tip: `${data.series[seg.series]?.label ?? ''}, ${col.year}: ${formatEuro(seg.end - seg.start)}` })),
    })),
    // With more than one series, each legend entry names its total: a direct label besides colour and hatching.
    legend: data.series.length > 1 ? data.series.map((s, i) => ({ label: `${s.label}: ${formatEuro(seriesTotals[i] ?? 0)}`, series: i })) : [],
  });
  return { svg: svgDocument({ id, kind: 'budget-by-year', width: W, height, title, desc: sentences.join(' '), defs, body: parts.join('\n') }), narrow, table };
}

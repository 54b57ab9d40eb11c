/**
 * Each item's share of the whole as a sorted list of horizontal bars on a common zero baseline, each with
 * a direct label "Name – 455.000 € (40,4 %)". Preferred over a 100 % bar or pie: lengths are comparable
 * and no label has to squeeze into a thin slice.
 */
import { sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatEuro } from '../lib/format.ts';
import { formatShare, truncate } from './labels.ts';
import { narrowBarChart } from './narrow.ts';
import { bar, patternDefs, svgDocument, text, type Chart, type ChartOptions } from './svg.ts';

export interface ShareItem {
  key: string;
  label: string;
  cents: number;
}

export interface ShareOfTotalData {
  items: ShareItem[];
}

export interface ShareRow {
  /** Index in the input, which decides the colour so that it matches the other charts. */
  series: number;
  item: ShareItem;
  share: number;
}

/** Largest first; equal amounts keep input order. Shares are 0 when the total is 0. */
export function sortedShares(items: readonly ShareItem[]): ShareRow[] {
  const total = sum(items, (i) => i.cents);
  return items
    .map((item, series) => ({ series, item, share: total > 0 ? item.cents / total : 0 }))
    .sort((a, b) => b.item.cents - a.item.cents || a.series - b.series);
}

const W = 640;
const ROW = 46;

export function shareOfTotal(data: ShareOfTotalData, options: ChartOptions): Chart {
  const { id } = options;
  const title = options.title ?? 'Anteile am Gesamtbudget';
  const rows = sortedShares(data.items);
  const total = sum(data.items, (i) => i.cents);
  const caption = (r: ShareRow) => `${r.item.label} – ${formatEuro(r.item.cents)} (${formatShare(r.share)})`;
  const table = {
    caption: title,
    columns: ['Bezeichnung', 'Betrag', 'Anteil'],
    rows: rows.map((r) => [r.item.label, formatEuro(r.item.cents), formatShare(r.share)]),
    numericColumns: [1, 2],
    footer: ['Summe', formatEuro(total), formatShare(total > 0 ? 1 : 0)],
  };
  if (total === 0) {
    const desc = 'Keine Budgetdaten vorhanden.';
    const body = text(W / 2, 44, 'Keine Budgetdaten', { anchor: 'middle' });
    return { svg: svgDocument({ id, kind: 'share-of-total', width: W, height: 72, title, desc, body }), table: { ...table, rows: [], footer: [desc] } };
  }

  const x = scaleLinear().domain([0, rows[0]?.item.cents ?? 1]).range([0, W - 2]);
  const parts = rows.map((r, i) => {
    const top = 4 + i * ROW;
    const full = caption(r);
    const shown = truncate(full, W);
    return (
      text(0, top + 14, shown.text, shown.truncated ? { title: full } : {}) +
      bar(id, r.series, 0, top + 21, x(r.item.cents), 16, full)
    );
  });

  const [first, ...rest] = rows;
  const last = rest[rest.length - 1];
  const sentences = [`Von insgesamt ${formatEuro(total)} entfällt der größte Anteil auf „${first?.item.label ?? ''}“: ${formatEuro(first?.item.cents ?? 0)} (${formatShare(first?.share ?? 0)}).`];
  if (last && rest.length > 0) {
    sentences.push(`Der kleinste Anteil entfällt auf „${last.item.label}“: ${formatEuro(last.item.cents)} (${formatShare(last.share)}).`);
  }
  const defs = patternDefs(id, rows.map((r) => r.series));
  const height = 4 + rows.length * ROW;
  const narrow = narrowBarChart({
    id,
    kind: 'share-of-total',
    title,
    desc: sentences.join(' '),
    rows: rows.map((r) => ({ heading: r.item.label, value: `${formatEuro(r.item.cents)} (${formatShare(r.share)})`, segments: [{ series: r.series, cents: r.item.cents, tip: caption(r) }] })),
  });
  return { svg: svgDocument({ id, kind: 'share-of-total', width: W, height, title, desc: sentences.join(' '), defs, body: parts.join('\n') }), narrow, table };
}

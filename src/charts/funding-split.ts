/**
 * Total cost split into grant (Förderung) and own contribution (Eigenanteil) as one 100 % bar. With only
 * two parts, a single bar with both amounts written out is easier to read than two separate bars.
 */
import { formatEuro } from '../lib/format.ts';
import { formatShare, textWidth } from './labels.ts';
import { narrowBarChart } from './narrow.ts';
import { bar, patternDefs, svgDocument, text, type Chart, type ChartOptions } from './svg.ts';

export interface FundingSplitData {
  totalCents: number;
  grantCents: number;
}

export interface FundingParts {
  grant: number;
  own: number;
  grantShare: number;
  ownShare: number;
}

/** Own contribution is whatever the grant does not cover; integer cents, so the parts add up exactly. */
export function fundingParts(data: FundingSplitData): FundingParts {
  const { totalCents: total, grantCents: grant } = data;
  if (!Number.isInteger(total) || !Number.isInteger(grant) || grant < 0 || grant > total) {
    throw new Error(`Ungültige Förderung: ${grant} von ${total} Cent`);
  }
  const own = total - grant;
  return { grant, own, grantShare: total > 0 ? grant / total : 0, ownShare: total > 0 ? own / total : 0 };
}

const W = 640;
const BAR_X = 2;
const BAR_W = W - 4;
const BAR_Y = 30;
const BAR_H = 28;

export function fundingSplit(data: FundingSplitData, options: ChartOptions): Chart {
  const { id } = options;
  const title = options.title ?? 'Förderung und Eigenanteil';
  const p = fundingParts(data);
  const grantText = `Förderung: ${formatEuro(p.grant)} (${formatShare(p.grantShare)})`;
  const ownText = `Eigenanteil: ${formatEuro(p.own)} (${formatShare(p.ownShare)})`;
  const table = {
    caption: title,
    columns: ['Anteil', 'Betrag', 'Prozent'],
    rows: [
      ['Förderung', formatEuro(p.grant), formatShare(p.grantShare)],
      ['Eigenanteil', formatEuro(p.own), formatShare(p.ownShare)],
    ],
    numericColumns: [1, 2],
    footer: ['Gesamt', formatEuro(data.totalCents), formatShare(data.totalCents > 0 ? 1 : 0)],
  };
  if (data.totalCents === 0) {
    const desc = 'Keine Budgetdaten vorhanden.';
    const body = text(W / 2, 44, 'Keine Budgetdaten', { anchor: 'middle' });
    return { svg: svgDocument({ id, kind: 'funding-split', width: W, height: 72, title, desc, body }), table: { ...table, rows: [], footer: [desc] } };
  }

  const grantW = BAR_W * p.grantShare;
  // Both labels sit above the bar at its two ends; if together they would not fit, the second goes below.
  const sideBySide = textWidth(grantText) + textWidth(ownText) + 16 <= W;
  const ownY = sideBySide ? BAR_Y - 8 : BAR_Y + BAR_H + 18;
  const totalY = (sideBySide ? BAR_Y + BAR_H : ownY) + 22;
  const body = [
    bar(id, 0, BAR_X, BAR_Y, grantW, BAR_H, grantText),
    bar(id, 1, BAR_X + grantW, BAR_Y, BAR_W - grantW, BAR_H, ownText),
    text(BAR_X, BAR_Y - 8, grantText),
    text(BAR_X + BAR_W, ownY, ownText, { anchor: 'end' }),
    text(BAR_X, totalY, `Gesamtbudget: ${formatEuro(data.totalCents)}`, { bold: true }),
  ];
  const desc =
    `Von ${formatEuro(data.totalCents)} Gesamtbudget werden ${formatEuro(p.grant)} (${formatShare(p.grantShare)}) gefördert; ` +
    `der Eigenanteil beträgt ${formatEuro(p.own)} (${formatShare(p.ownShare)}).`;
  const svg = svgDocument({ id, kind: 'funding-split', width: W, height: totalY + 8, title, desc, defs: patternDefs(id, [0, 1]), body: body.join('\n') });
  const narrow = narrowBarChart({
    id,
    kind: 'funding-split',
    title,
    desc,
    rows: [
      { heading: 'Gesamtbudget', value: formatEuro(data.totalCents), bold: true, segments: [{ series: 0, cents: p.grant, tip: grantText }, { series: 1, cents: p.own, tip: ownText }] },
      { heading: 'Förderung', value: `${formatEuro(p.grant)} (${formatShare(p.grantShare)})`, segments: [{ series: 0, cents: p.grant, tip: grantText }] },
      { heading: 'Eigenanteil', value: `${formatEuro(p.own)} (${formatShare(p.ownShare)})`, segments: [{ series: 1, cents: p.own, tip: ownText }] },
    ],
  });
  return { svg, narrow, table };
}

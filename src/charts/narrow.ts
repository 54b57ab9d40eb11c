/**
 * The phone layout of the charts: a narrow viewBox (NARROW_W units, so 13-unit text renders at ≥ 12 px on a
 * 320 px screen) drawn at build time next to the wide one; ChartFigure.css shows one or the other by the width of
 * the chart's box (container query), with no JavaScript. Bars run horizontally, one per row, each with its
 * heading and its exact amount written above it, so no value depends on reading an axis or a colour.
 */
import { max } from 'd3-array';
import { textWidth } from './labels.ts';
import { bar, esc, num, patternDefs, svgDocument, text } from './svg.ts';
import { patternNumber, seriesClass } from './palette.ts';


export const NARROW_W = 300;
const LINE = 17;
const BAR_H = 14;
const LEGEND_MARGIN = 16;
const BOLD_WIDER = 1.15;

/**
 * Splits text into lines of at most `maxWidth` (estimated), at spaces; a single word wider than the line is
 * cut with a hyphen, so no line ever leaves the viewBox.
 */
export function wrapLines(content: string, maxWidth: number, fontSize = 13): string[] {
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces: the no-break space inside "310.000 €" keeps an amount on one line.
  for (const word of content.split(/[ \t\n]+/).filter((w) => w !== '')) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (textWidth(rest, fontSize) > maxWidth) {
      const chars = [...rest];
      let cut = chars.length - 1;
      while (cut > 1 && textWidth(`${chars.slice(0, cut).join('')}-`, fontSize) > maxWidth) cut--;
      lines.push(`${chars.slice(0, cut).join('')}-`);
      rest = chars.slice(cut).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

export interface NarrowSegment {
  series: number;
  cents: number;
  tip: string;
}

export interface NarrowRow {
  heading: string;
  /** Written right-aligned on the heading's first line (e.g. the exact amount). */
  value: string;
  segments: NarrowSegment[];
  /** A bold heading starts a group (e.g. a year). */
  bold?: boolean;
  /** A line of text above the bars (e.g. what they show), with no bar and no room for one. */
  textOnly?: boolean;
}

/** Rows of horizontal bars on one common scale, `width` units wide (the narrow layout's by default); returns markup and height. */
export function narrowBarRows(id: string, rows: readonly NarrowRow[], top = 0, width = NARROW_W): { svg: string; height: number } {
  const largest = max(rows, (r) => r.segments.reduce((s, g) => s + g.cents, 0)) ?? 0;
  const scale = (cents: number) => (largest > 0 ? (cents / largest) * (width - 2) : 0);
  const parts: string[] = [];
  let y = top;
  for (const row of rows) {
    // Bold glyphs are wider than textWidth's estimate (DejaVu Sans Bold: about a tenth).
    const lines = wrapLines(row.heading, (width - textWidth(row.value) - 12) / (row.bold ? BOLD_WIDER : 1));
    lines.forEach((line, i) => parts.push(text(0, y + 13 + i * LINE, line, row.bold ? { bold: true } : {})));
    if (row.value !== '') parts.push(text(width, y + 13, row.value, { anchor: 'end', bold: true }));
    y += lines.length * LINE + 3;
    if (row.textOnly) {
      y += 4;
      continue;
    }
    let x = 1;
    for (const seg of row.segments) {
      if (seg.cents <= 0) continue;
      const w = scale(seg.cents);
      parts.push(bar(id, seg.series, x, y, w, BAR_H, seg.tip));
      x += w;
    }
    y += BAR_H + 10;
  }
  return { svg: parts.join('\n'), height: y - top };
}

/** A legend as a list, one entry per line, names wrapped in full (no truncation). */
export function narrowLegend(id: string, items: readonly { label: string; series: number | null }[], top: number): { svg: string; height: number } {
  const parts: string[] = [];
  let y = top;
  for (const item of items) {
    const indent = item.series === null ? 0 : 22;
    // The estimate runs short for wide fonts (DejaVu Sans: 282 units where 270 were estimated): a margin.
    const lines = wrapLines(item.label, NARROW_W - indent - LEGEND_MARGIN);
    if (item.series !== null) {
      const geometry = `x="0" y="${num(y + 2)}" width="16" height="14"`;
      parts.push(`<rect class="${seriesClass(item.series)}" ${geometry}/><rect class="chart-pattern" fill="url(#${esc(id)}-p${patternNumber(item.series)})" ${geometry}/>`);
    }
    lines.forEach((line, i) => parts.push(text(indent, y + 13 + i * LINE, line)));
    y += lines.length * LINE + 6;
  }
  return { svg: parts.length > 0 ? `<g class="chart-legend">${parts.join('')}</g>` : '', height: y - top };
}

export interface NarrowChart {
  id: string;
  kind: string;
  title: string;
  desc: string;
  rows: readonly NarrowRow[];
  legend?: readonly { label: string; series: number | null }[];
  /** Extra markup below the legend (e.g. a total), with its height. */
  footer?: (top: number) => { svg: string; height: number };
}

/** A whole narrow chart: bar rows, then the legend as a list. Ids get the suffix "-n" (unique next to the wide one). */
export function narrowBarChart(c: NarrowChart): string {
  const id = `${c.id}-n`;
  const rows = narrowBarRows(id, c.rows);
  const key = c.legend && c.legend.length > 0 ? narrowLegend(id, c.legend, rows.height + 4) : { svg: '', height: 0 };
  const foot = c.footer ? c.footer(rows.height + key.height + 4) : { svg: '', height: 0 };
  const series = c.rows.flatMap((r) => r.segments.map((s) => s.series)).concat((c.legend ?? []).flatMap((l) => (l.series === null ? [] : [l.series])));
  return svgDocument({
    id,
    kind: c.kind,
    width: NARROW_W,
    height: rows.height + key.height + foot.height + 6,
    title: c.title,
    desc: c.desc,
    defs: patternDefs(id, series),
    body: [rows.svg, key.svg, foot.svg].filter((s) => s !== '').join('\n'),
  });
}

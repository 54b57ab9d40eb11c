/**
 * Gantt chart of all measures: one row per measure, one column per quarter, bars coloured (and hatched)
 * by group. Consecutive quarters form one bar, which keeps the file small and reads as a duration.
 */
import { formatQuarter, formatQuarterShort } from '../lib/format.ts';
import { quarterOfDate } from '../lib/quarters.ts';
import { countOf } from '../lib/format.ts';
import { formatDateNumeric, joinGerman, truncate } from './labels.ts';
import { legend } from './layout.ts';
import { NARROW_W, narrowLegend, wrapLines } from './narrow.ts';
import { bar, num, patternDefs, svgDocument, text, type Chart, type ChartOptions } from './svg.ts';
import { quarterGrid, quarterHeader, quarterRuns, quarterX, runLabel, todayMarker, todayX, type GridFrame } from './time-axis.ts';

export interface ScheduleRow {
  key: string;
  label: string;
  /** Series key; decides colour and pattern. */
  group: string;
  groupLabel: string;
  quarters: number[];
}

export interface ScheduleData {
  from: number;
  to: number;
  rows: ScheduleRow[];
  /** Build date (ISO); the line is drawn only when it falls inside from..to. */
  today?: string;
  /** Series keys in the order used by the other charts, so a group keeps its colour everywhere. */
  groupOrder?: string[];
}

/** Series index per group: position in `groupOrder`, then unknown groups by first appearance. */
export function groupSeries(rows: readonly ScheduleRow[], groupOrder: readonly string[] = []): Map<string, number> {
  const map = new Map(groupOrder.map((g, i) => [g, i] as const));
  for (const row of rows) if (!map.has(row.group)) map.set(row.group, map.size);
  return map;
}

const W = 640;
const LABEL_W = 200;
const X0 = 208;
const ROWS_TOP = 44;
const ROW = 24;

export function schedule(data: ScheduleData, options: ChartOptions & { groupHeading?: string }): Chart {
  const { id } = options;
  const { from, to, rows } = data;
  if (!(Number.isInteger(from) && Number.isInteger(to) && from <= to)) throw new Error(`Ungültiger Zeitraum: ${from}..${to}`);
  const title = options.title ?? 'Zeitplan der Maßnahmen';
  const quarters = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const frame: GridFrame = { from, to, x0: X0, cellWidth: (W - 6 - X0) / quarters.length };
  const series = groupSeries(rows, data.groupOrder);
  const bottom = ROWS_TOP + rows.length * ROW;

  const parts: string[] = [quarterHeader(frame, 16, 36)];
  let rowLines = '';
  for (let i = 0; i <= rows.length; i++) rowLines += `M0 ${num(ROWS_TOP + i * ROW)}H${W - 6}`;
  parts.push(`<path class="chart-grid" d="${rowLines}"/>`, quarterGrid(frame, ROWS_TOP, bottom, 22));
  rows.forEach((row, i) => {
    const top = ROWS_TOP + i * ROW;
    const shown = truncate(row.label, LABEL_W);
    parts.push(text(2, top + 16.5, shown.text, shown.truncated ? { title: row.label } : {}));
    for (const run of quarterRuns(row.quarters, from, to)) {
      const x = quarterX(run.start, from, frame.cellWidth, X0);
      const w = (run.end - run.start + 1) * frame.cellWidth;
      parts.push(bar(id, series.get(row.group) ?? 0, x + 1.5, top + 4, w - 3, ROW - 8, `${row.label}: ${runLabel(run)}`));
    }
  });

  const tx = data.today === undefined ? null : todayX(data.today, from, to, frame.cellWidth, X0);
  if (tx !== null && data.today !== undefined) parts.push(todayMarker(tx, data.today, 22, bottom, X0, W));
  const groups = [...new Map(rows.map((r) => [r.group, r.groupLabel])).entries()].sort((a, b) => (series.get(a[0]) ?? 0) - (series.get(b[0]) ?? 0));
  const key = legend(id, groups.map(([g, label]) => ({ label, series: series.get(g) ?? 0 })), 0, bottom + (tx === null ? 12 : 30), W);
  parts.push(key.svg);

  // The desc names the busiest quarter(s): the one thing a sighted reader takes from the picture first.
  const counts = quarters.map((q) => rows.filter((r) => r.quarters.includes(q)).length);
  const peak = Math.max(0, ...counts);
  const peakQuarters = quarters.filter((_, i) => counts[i] === peak);
  const sentences = [`${countOf(rows.length, 'Maßnahme', 'Maßnahmen')} im Zeitraum ${formatQuarter(from)} bis ${formatQuarter(to)}.`];
  if (rows.length === 0) sentences[0] = 'Keine Maßnahmen vorhanden.';
  else if (peak > 0 && peakQuarters.length <= 3) {
    sentences.push(`Die meisten Maßnahmen laufen im ${joinGerman(peakQuarters.map(formatQuarter))} (${peak} gleichzeitig).`);
  } else if (peak > 0) sentences.push(`Höchstens ${peak} Maßnahmen laufen gleichzeitig (in ${peakQuarters.length} Quartalen).`);
  if (tx !== null && data.today !== undefined) {
    const now = counts[quarterOfDate(data.today) - from] ?? 0;
    sentences.push(`Heute (${formatDateNumeric(data.today) ?? data.today}) ${now === 1 ? 'läuft 1 Maßnahme' : `laufen ${now} Maßnahmen`}.`);
  }
  const unplanned = rows.filter((r) => quarterRuns(r.quarters, from, to).length === 0).length;
  if (unplanned > 0) sentences.push(`Ohne Quartal im Zeitraum: ${countOf(unplanned, 'Maßnahme', 'Maßnahmen')}.`);

  const table = {
    caption: title,
    columns: ['Maßnahme', options.groupHeading ?? 'Handlungsfeld', ...quarters.map(formatQuarterShort)],
    rows: rows.map((r) => [r.label, r.groupLabel, ...quarters.map((q) => (r.quarters.includes(q) ? 'geplant' : ''))]),
  };
  const height = bottom + (tx === null ? 12 : 30) + key.height + 4;
  const defs = patternDefs(id, rows.map((r) => series.get(r.group) ?? 0));
  const narrow = narrowSchedule(id, data, series, groups, title, sentences.join(' '));
  return { svg: svgDocument({ id, kind: 'schedule', width: W, height, title, desc: sentences.join(' '), defs, body: parts.join('\n') }), narrow, table };
}

const N_ROW_BAR = 14;
const N_LINE = 17;

/**
 * The schedule on a phone: every quarter of the period across the full width, and one block per measure,
 * its full name wrapped above its bar (no truncated names, no hidden quarters).
 */
function narrowSchedule(id: string, data: ScheduleData, series: ReadonlyMap<string, number>, groups: [string, string][], title: string, desc: string): string {
  const nid = `${id}-n`;
  const { from, to, rows } = data;
  const frame: GridFrame = { from, to, x0: 1, cellWidth: (NARROW_W - 2) / (to - from + 1) };
  const top = 44;
  const parts: string[] = [quarterHeader(frame, 16, 36)];
  let y = top;
  const blocks: string[] = [];
  for (const row of rows) {
    const lines = wrapLines(row.label, NARROW_W);
    lines.forEach((line, i) => blocks.push(text(0, y + 13 + i * N_LINE, line, { className: 'chart-text--halo' })));
    y += lines.length * N_LINE + 3;
    for (const run of quarterRuns(row.quarters, from, to)) {
      const x = quarterX(run.start, from, frame.cellWidth, frame.x0);
      blocks.push(bar(nid, series.get(row.group) ?? 0, x + 1, y, (run.end - run.start + 1) * frame.cellWidth - 2, N_ROW_BAR, `${row.label}: ${runLabel(run)}`));
    }
    y += N_ROW_BAR + 9;
  }
  parts.push(quarterGrid(frame, top, y, 22), ...blocks);
  const tx = data.today === undefined ? null : todayX(data.today, from, to, frame.cellWidth, frame.x0);
  if (tx !== null && data.today !== undefined) parts.push(todayMarker(tx, data.today, 22, y, 0, NARROW_W));
  const keyTop = y + (tx === null ? 8 : 26);
  const key = narrowLegend(nid, groups.map(([g, label]) => ({ label, series: series.get(g) ?? 0 })), keyTop);
  parts.push(key.svg);
  const defs = patternDefs(nid, rows.map((r) => series.get(r.group) ?? 0));
  return svgDocument({ id: nid, kind: 'schedule', width: NARROW_W, height: keyTop + key.height + 4, title, desc, defs, body: parts.join('\n') });
}

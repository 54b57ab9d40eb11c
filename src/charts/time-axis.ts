/**
 * Quarter grid shared by the schedule (Gantt) and the single-measure timeline: positions are pure
 * functions of quarter ordinals, so the maths can be tested without looking at markup.
 */
import { formatQuarterShort } from '../lib/format.ts';
import { quarterBounds, quarterNumber, quarterOfDate, quarterYear } from '../lib/quarters.ts';
import { clampCenter } from './layout.ts';
import { formatDateNumeric, textWidth } from './labels.ts';
import { num, text } from './svg.ts';

const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'];
const DAY = 86_400_000;

/** Left edge of a quarter's column. */
export function quarterX(ordinal: number, from: number, cellWidth: number, x0 = 0): number {
  return x0 + (ordinal - from) * cellWidth;
}

/** ISO date (or timestamp) → [year, month, day] in UTC; null when it is not a real calendar date. */
function parseIsoDate(iso: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? [y, m, d] : null;
}

/**
 * x of the "today" line: the middle of that day inside its quarter (a day is the smallest unit we know),
 * or null when the date is invalid or outside from..to, so that no line points past the chart.
 */
export function todayX(isoDate: string, from: number, to: number, cellWidth: number, x0 = 0): number | null {
  const parsed = parseIsoDate(isoDate);
  if (!parsed) return null;
  const ordinal = quarterOfDate(isoDate);
  if (ordinal < from || ordinal > to) return null;
  const bounds = quarterBounds(ordinal);
  const start = Date.parse(`${bounds.start}T00:00:00Z`);
  const days = (Date.parse(`${bounds.end}T00:00:00Z`) - start) / DAY + 1;
  const dayIndex = (Date.UTC(parsed[0], parsed[1] - 1, parsed[2]) - start) / DAY;
  return quarterX(ordinal, from, cellWidth, x0) + ((dayIndex + 0.5) / days) * cellWidth;
}

export interface QuarterRun {
  start: number;
  end: number;
}

/** Consecutive quarters inside from..to merged into runs (one bar each instead of one per quarter). */
export function quarterRuns(quarters: readonly number[], from: number, to: number): QuarterRun[] {
  const sorted = [...new Set(quarters)].filter((q) => q >= from && q <= to).sort((a, b) => a - b);
  const runs: QuarterRun[] = [];
  for (const q of sorted) {
    const last = runs[runs.length - 1];
    if (last && q === last.end + 1) last.end = q;
    else runs.push({ start: q, end: q });
  }
  return runs;
}

/** "III/2022" or "III/2022 – II/2023" */
export function runLabel(run: QuarterRun): string {
  return run.start === run.end
    ? formatQuarterShort(run.start)
    : `${formatQuarterShort(run.start)} – ${formatQuarterShort(run.end)}`;
}

export interface GridFrame {
  from: number;
  to: number;
  x0: number;
  cellWidth: number;
}

/** Year labels (centred over their quarters) at `yearY` and quarter numerals at `quarterY`. */
export function quarterHeader(f: GridFrame, yearY: number, quarterY: number): string {
  const parts: string[] = [];
  for (let year = quarterYear(f.from); year <= quarterYear(f.to); year++) {
    const first = Math.max(f.from, year * 4);
    const last = Math.min(f.to, year * 4 + 3);
    const mid = (quarterX(first, f.from, f.cellWidth, f.x0) + quarterX(last + 1, f.from, f.cellWidth, f.x0)) / 2;
    parts.push(text(mid, yearY, String(year), { anchor: 'middle', bold: true }));
  }
  for (let q = f.from; q <= f.to; q++) {
    const x = quarterX(q, f.from, f.cellWidth, f.x0) + f.cellWidth / 2;
    parts.push(text(x, quarterY, QUARTER_NUMERALS[quarterNumber(q) - 1] ?? '', { anchor: 'middle' }));
  }
  return parts.join('');
}

/** Thin lines between quarters and stronger separators between years, from y0 to y1. */
export function quarterGrid(f: GridFrame, y0: number, y1: number, yearTop = y0): string {
  let thin = '';
  let strong = '';
  for (let q = f.from; q <= f.to + 1; q++) {
    const x = num(quarterX(q, f.from, f.cellWidth, f.x0));
    if (q % 4 === 0 || q === f.from || q === f.to + 1) strong += `M${x} ${num(yearTop)}V${num(y1)}`;
    else thin += `M${x} ${num(y0)}V${num(y1)}`;
  }
  return `${thin ? `<path class="chart-grid" d="${thin}"/>` : ''}<path class="chart-sep" d="${strong}"/>`;
}

/** Dashed "today" line from y0 to y1 with the label "Heute (14.03.2024)" centred below, kept inside. */
export function todayMarker(x: number, isoDate: string, y0: number, y1: number, minX: number, maxX: number): string {
  const label = `Heute (${formatDateNumeric(isoDate) ?? isoDate})`;
  const cx = clampCenter(x, textWidth(label), minX, maxX);
  return (
    `<g class="chart-today-marker"><path class="chart-today" d="M${num(x)} ${num(y0)}V${num(y1)}" stroke-dasharray="4 3"/>` +
    `${text(cx, y1 + 15, label, { anchor: 'middle', bold: true })}</g>`
  );
}

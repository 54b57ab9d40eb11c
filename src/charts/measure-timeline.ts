/** One measure's quarters on the Regionalbudget's time axis: a single Gantt row with year marks. */
import { formatQuarter } from '../lib/format.ts';
import { quarterOfDate, quarterYear } from '../lib/quarters.ts';
import { formatDateNumeric, joinGerman } from './labels.ts';
import { NARROW_W } from './narrow.ts';
import { bar, patternDefs, svgDocument, type Chart, type ChartOptions } from './svg.ts';
import { quarterGrid, quarterHeader, quarterRuns, quarterX, runLabel, todayMarker, todayX, type GridFrame } from './time-axis.ts';

export interface MeasureTimelineData {
  from: number;
  to: number;
  /** Quarter ordinals in which the measure is planned. */
  quarters: number[];
  /** Measure name, for tooltips and the description. */
  label: string;
  /** Series index of the measure's group, so it has the same colour as in the schedule. */
  series?: number;
  today?: string;
}

const W = 640;
const X0 = 6;
const BAR_TOP = 44;
const BAR_H = 22;

function describeRuns(data: MeasureTimelineData): string {
  const runs = quarterRuns(data.quarters, data.from, data.to);
  if (runs.length === 0) return `Für „${data.label}“ sind im Zeitraum ${formatQuarter(data.from)} bis ${formatQuarter(data.to)} keine Quartale geplant.`;
  const count = runs.reduce((n, r) => n + r.end - r.start + 1, 0);
  const spans = runs.map((r) => (r.start === r.end ? `im ${formatQuarter(r.start)}` : `vom ${formatQuarter(r.start)} bis ${formatQuarter(r.end)}`));
  return `„${data.label}“ ist ${joinGerman(spans)} geplant (${count} ${count === 1 ? 'Quartal' : 'Quartale'}).`;
}

export function measureTimeline(data: MeasureTimelineData, options: ChartOptions): Chart {
  const { id } = options;
  const { from, to } = data;
  if (!(Number.isInteger(from) && Number.isInteger(to) && from <= to)) throw new Error(`Ungültiger Zeitraum: ${from}..${to}`);
  const title = options.title ?? 'Zeitraum der Maßnahme';
  const series = data.series ?? 0;
  const bottom = BAR_TOP + BAR_H + 6;
  // The same drawing at two widths: every quarter stays visible on a phone, only narrower.
  const draw = (width: number, chartId: string) => {
    const frame: GridFrame = { from, to, x0: X0, cellWidth: (width - 2 * X0) / (to - from + 1) };
    const parts = [quarterHeader(frame, 16, 36), quarterGrid(frame, BAR_TOP - 4, bottom, 22)];
    for (const run of quarterRuns(data.quarters, from, to)) {
      const x = quarterX(run.start, from, frame.cellWidth, X0);
      parts.push(bar(chartId, series, x + 1.5, BAR_TOP, (run.end - run.start + 1) * frame.cellWidth - 3, BAR_H, `${data.label}: ${runLabel(run)}`));
    }
    const tx = data.today === undefined ? null : todayX(data.today, from, to, frame.cellWidth, X0);
    if (tx !== null && data.today !== undefined) parts.push(todayMarker(tx, data.today, 22, bottom, 0, width));
    return { parts, tx };
  };
  const { parts, tx } = draw(W, id);

  // Years as rows and quarters as columns keep the table narrow enough for a phone.
  const rows: string[][] = [];
  for (let year = quarterYear(from); year <= quarterYear(to); year++) {
    const cells = [1, 2, 3, 4].map((n) => {
      const q = year * 4 + n - 1;
      if (q < from || q > to) return '–';
      return data.quarters.includes(q) ? 'geplant' : '';
    });
    rows.push([String(year), ...cells]);
  }
  const table = { caption: title, columns: ['Jahr', '1. Quartal', '2. Quartal', '3. Quartal', '4. Quartal'], rows };
  const height = bottom + (tx === null ? 4 : 22);
  let desc = describeRuns(data);
  if (tx !== null && data.today !== undefined) {
    const running = data.quarters.includes(quarterOfDate(data.today));
    desc += ` Heute (${formatDateNumeric(data.today) ?? data.today}) ${running ? 'läuft die Maßnahme' : 'läuft die Maßnahme nicht'}.`;
  }
  const svg = svgDocument({ id, kind: 'measure-timeline', width: W, height, title, desc, defs: patternDefs(id, [series]), body: parts.join('\n') });
  const nid = `${id}-n`;
  const narrow = svgDocument({ id: nid, kind: 'measure-timeline', width: NARROW_W, height, title, desc, defs: patternDefs(nid, [series]), body: draw(NARROW_W, nid).parts.join('\n') });
  return { svg, narrow, table };
}


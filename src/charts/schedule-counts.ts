/**
 * The schedule of more measures than a Gantt chart can show (schedule.ts draws one row per measure: at 2,500
 * measures of one Regionalbudget it was 60,000 units tall and its table 2,500 rows of 16 quarters). Here each
 * quarter is one bar, the number of measures running in it, stacked by group in the colours the other charts
 * give the groups; the table counts them per quarter and group. Each measure's own quarters stay on its page.
 */
import { countOf, formatQuarter, formatQuarterShort, formatNumber } from '../lib/format.ts';
import { quarterOfDate } from '../lib/quarters.ts';
import { formatDateNumeric, joinGerman } from './labels.ts';
import { legend } from './layout.ts';
import { narrowBarChart, narrowBarRows, type NarrowRow } from './narrow.ts';
import { groupSeries, type ScheduleData } from './schedule.ts';
import { patternDefs, svgDocument, text, type Chart, type ChartOptions } from './svg.ts';
import { quarterRuns } from './time-axis.ts';

const W = 640;
const measures = (n: number) => countOf(n, 'Maßnahme', 'Maßnahmen');

export interface QuarterCount {
  quarter: number;
  /** Running measures per group, in the order of `groups`. */
  byGroup: number[];
  total: number;
}

/** Measures running in each quarter from..to, per group (a measure counts once per quarter it runs in). */
export function countsPerQuarter(data: ScheduleData, groups: readonly string[]): QuarterCount[] {
  const { from, to } = data;
  const index = new Map(groups.map((g, i) => [g, i] as const));
  const counts = Array.from({ length: to - from + 1 }, (_, i) => ({ quarter: from + i, byGroup: groups.map(() => 0), total: 0 }));
  for (const row of data.rows) {
    const g = index.get(row.group);
    if (g === undefined) throw new Error(`Gruppe ohne Reihe: ${row.group}`);
    for (const q of new Set(row.quarters)) {
      const c = counts[q - from];
      if (!c) continue;
      c.byGroup[g] = (c.byGroup[g] ?? 0) + 1;
      c.total++;
    }
  }
  return counts;
}

export function scheduleCounts(data: ScheduleData, options: ChartOptions & { groupHeading?: string }): Chart {
  const { id } = options;
  const { from, to, rows } = data;
  if (!(Number.isInteger(from) && Number.isInteger(to) && from <= to)) throw new Error(`Ungültiger Zeitraum: ${from}..${to}`);
  const title = options.title ?? 'Laufende Maßnahmen je Quartal';
  const series = groupSeries(rows, data.groupOrder);
  const labels = new Map(rows.map((r) => [r.group, r.groupLabel]));
  // Only groups with measures, in the order (and so the colours) of the other charts.
  const groups = [...labels.keys()]
    .map((key) => ({ key, label: labels.get(key) ?? key, series: series.get(key) ?? 0, measures: rows.filter((r) => r.group === key).length }))
    .sort((a, b) => a.series - b.series);
  const counts = countsPerQuarter(data, groups.map((g) => g.key));
  const today = data.today === undefined || formatDateNumeric(data.today) === null ? undefined : data.today;
  const nowQuarter = today === undefined ? undefined : quarterOfDate(today);
  const now = counts.find((c) => c.quarter === nowQuarter);

  const peak = Math.max(0, ...counts.map((c) => c.total));
  const peakQuarters = counts.filter((c) => c.total === peak).map((c) => formatQuarter(c.quarter));
  const unplanned = rows.filter((r) => quarterRuns(r.quarters, from, to).length === 0).length;
  const sentences = [
    `${measures(rows.length)} im Zeitraum ${formatQuarter(from)} bis ${formatQuarter(to)}, zu viele, um jede einzeln zu zeigen: je Quartal die Zahl der laufenden Maßnahmen${groups.length > 1 ? ` nach ${options.groupHeading ?? 'Handlungsfeld'}` : ''}.`,
  ];
  if (peak > 0 && peakQuarters.length <= 3) sentences.push(`Die meisten laufen im ${joinGerman(peakQuarters)} (${formatNumber(peak)} gleichzeitig).`);
  else if (peak > 0) sentences.push(`Höchstens ${formatNumber(peak)} laufen gleichzeitig (in ${peakQuarters.length} Quartalen).`);
  if (now && today !== undefined) sentences.push(`Heute (${formatDateNumeric(today)}) ${now.total === 1 ? 'läuft 1 Maßnahme' : `laufen ${formatNumber(now.total)} Maßnahmen`}.`);
  if (unplanned > 0) sentences.push(`Ohne Quartal im Zeitraum: ${measures(unplanned)}.`);
  sentences.push('Die Quartale jeder Maßnahme nennt ihre Seite.');
  const desc = sentences.join(' ');

  const table = {
    caption: title,
    columns: ['Quartal', ...groups.map((g) => g.label), ...(groups.length > 1 ? ['Zusammen'] : [])],
    rows: counts.map((c) => [formatQuarterShort(c.quarter), ...c.byGroup.map(formatNumber), ...(groups.length > 1 ? [formatNumber(c.total)] : [])]),
    numericColumns: Array.from({ length: groups.length + (groups.length > 1 ? 1 : 0) }, (_, i) => i + 1),
    footer: ['Maßnahmen insgesamt', ...groups.map((g) => formatNumber(g.measures)), ...(groups.length > 1 ? [formatNumber(rows.length)] : [])],
  };

  if (peak === 0) {
    const body = text(W / 2, 44, 'Keine Quartale eingetragen', { anchor: 'middle' });
    return { svg: svgDocument({ id, kind: 'schedule-counts', width: W, height: 72, title, desc, body }), table };
  }
  // Written above the bars: a reader must see that a bar counts measures, not one measure's duration.
  const heading: NarrowRow = { heading: 'Laufende Maßnahmen je Quartal:', value: '', segments: [], bold: true, textOnly: true };
  const bars: NarrowRow[] = [
    heading,
    ...counts.map((c) => ({
      heading: `${formatQuarter(c.quarter)}${c.quarter === nowQuarter ? ' (heute)' : ''}`,
      value: formatNumber(c.total),
      bold: c.quarter === nowQuarter,
      segments: groups.map((g, gi) => ({ series: g.series, cents: c.byGroup[gi] ?? 0, tip: `${g.label}, ${formatQuarter(c.quarter)}: ${measures(c.byGroup[gi] ?? 0)}` })),
    })),
  ];
  const key = groups.length > 1 ? groups.map((g) => ({ label: `${g.label}: ${measures(g.measures)}`, series: g.series })) : [];
  const wide = narrowBarRows(id, bars, 0, W);
  const keyPart = key.length > 0 ? legend(id, key, 0, wide.height + 8, W) : { svg: '', height: 0 };
  return {
    svg: svgDocument({ id, kind: 'schedule-counts', width: W, height: wide.height + (keyPart.height > 0 ? keyPart.height + 8 : 0) + 6, title, desc, defs: patternDefs(id, groups.map((g) => g.series)), body: [wide.svg, keyPart.svg].filter(Boolean).join('\n') }),
    narrow: narrowBarChart({ id, kind: 'schedule-counts', title, desc, rows: bars, legend: key }),
    table,
  };
}


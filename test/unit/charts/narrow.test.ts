import { describe, expect, it } from 'vitest';
import { budgetByYear } from '../../../src/charts/budget-by-year.ts';
import { fundingSplit } from '../../../src/charts/funding-split.ts';
import { textWidth } from '../../../src/charts/labels.ts';
import { measureBudget } from '../../../src/charts/measure-budget.ts';
import { measureTimeline } from '../../../src/charts/measure-timeline.ts';
import { NARROW_W, narrowBarRows, wrapLines } from '../../../src/charts/narrow.ts';
import { overviewComparison } from '../../../src/charts/overview-comparison.ts';
import { schedule } from '../../../src/charts/schedule.ts';
import { shareOfTotal } from '../../../src/charts/share-of-total.ts';
import { formatEuro } from '../../../src/lib/format.ts';
import { budgetFixture, fundingFixture, largeScheduleFixture, measureBudgetFixture, overviewFixture, scheduleFixture, shareFixture, timelineFixture } from './fixtures.ts';
import { assertWellFormed } from './helpers.ts';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

const charts = {
  budgetByYear: budgetByYear(budgetFixture, { id: 'b' }),
  measureBudget: measureBudget(measureBudgetFixture, { id: 'm' }),
  overviewComparison: overviewComparison(overviewFixture, { id: 'o' }),
  shareOfTotal: shareOfTotal(shareFixture, { id: 's' }),
  fundingSplit: fundingSplit(fundingFixture, { id: 'f' }),
  schedule: schedule(scheduleFixture, { id: 'p' }),
  largeSchedule: schedule(largeScheduleFixture, { id: 'l' }),
  measureTimeline: measureTimeline(timelineFixture, { id: 't' }),
};

describe('narrow chart layout', () => {
  it('wraps text at spaces and never exceeds the line width, cutting an over-long word with a hyphen', () => {
    expect(wrapLines('Veranstaltungsreihe zur Nachfolgeregelung', 200)).toEqual(['Veranstaltungsreihe zur', 'Nachfolgeregelung']);
    const lines = wrapLines('Donaudampfschifffahrtsgesellschaftskapitänsmütze', 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(120);
    expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(lines.join('').replaceAll('-', '')).toBe('Donaudampfschifffahrtsgesellschaftskapitänsmütze');
  });

  it('draws bars on one common scale within the viewBox', () => {
    const { svg } = narrowBarRows('x', [
      { heading: '2024', value: 'a', segments: [{ series: 0, cents: 300, tip: '' }] },
      { heading: '2025', value: 'b', segments: [{ series: 0, cents: 100, tip: '' }, { series: 1, cents: 50, tip: '' }] },
    ]);
    const widths = [...svg.matchAll(/<rect class="chart-s\d" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(widths[0]?.[1]).toBeCloseTo(NARROW_W - 2, 0);
    expect(widths[1]?.[1]).toBeCloseTo((NARROW_W - 2) / 3, 0);
    expect(widths[2]?.[0]).toBeCloseTo(1 + (NARROW_W - 2) / 3, 0);
    for (const [x, w] of widths) expect((x ?? 0) + (w ?? 0)).toBeLessThanOrEqual(NARROW_W);
  });

  for (const [name, chart] of Object.entries(charts)) {
    it(`${name}: has a narrow layout ${NARROW_W} units wide whose text fits and renders at ≥ 12 px on a 320 px screen`, () => {
      const narrow = chart.narrow ?? '';
      assertWellFormed(narrow);
      expect(narrow).toMatch(new RegExp(`viewBox="0 0 ${NARROW_W} [\\d.]+"`));
      // 13-unit text in a 300-unit viewBox, drawn 288 px wide (320 px screen minus 2 × 16 px margin).
      expect(13 * (288 / NARROW_W)).toBeGreaterThanOrEqual(12);
      expect(narrow).not.toMatch(/font-size="(?:[0-9]|1[0-2])"/);
      for (const m of narrow.matchAll(/<text ([^>]*)>(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/g)) {
        const attrs = m[1] ?? '';
        const x = Number(/ x="([\d.-]+)"/.exec(attrs)?.[1]);
        const anchor = / text-anchor="(\w+)"/.exec(attrs)?.[1] ?? 'start';
        const content = decode(m[2] ?? '');
        const w = textWidth(content);
        const [left, right] = anchor === 'end' ? [x - w, x] : anchor === 'middle' ? [x - w / 2, x + w / 2] : [x, x + w];
        expect(left, content).toBeGreaterThanOrEqual(-0.5);
        expect(right, content).toBeLessThanOrEqual(NARROW_W + 0.5);
      }
      expect(narrow).not.toContain('…');
    });
  }

  it('shows every year’s exact total, including the last year', () => {
    const shown = texts(charts.budgetByYear.narrow ?? '').map(decode);
    budgetFixture.years.forEach((year, i) => {
      expect(shown).toContain(String(year));
      expect(shown).toContain(formatEuro(budgetFixture.series.reduce((s, x) => s + (x.cents[i] ?? 0), 0)));
    });
  });

  it('schedule: shows every quarter of the period and every full measure name', () => {
    const narrow = charts.largeSchedule.narrow ?? '';
    const shown = texts(narrow).map(decode).join(' ');
    const numerals = texts(narrow).filter((t) => /^(I|II|III|IV)$/.test(t));
    expect(numerals).toHaveLength(largeScheduleFixture.to - largeScheduleFixture.from + 1);
    for (const row of largeScheduleFixture.rows) for (const word of row.label.split(' ')) expect(shown).toContain(word);
  });
});

/** Requirements every chart shares: accessible root, CSP-safe markup, stable ids, text inside the viewBox. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgetByYear } from '../../../src/charts/budget-by-year.ts';
import { fundingSplit } from '../../../src/charts/funding-split.ts';
import { textWidth } from '../../../src/charts/labels.ts';
import { countOf } from '../../../src/lib/format.ts';
import { measureBudget } from '../../../src/charts/measure-budget.ts';
import { measureTimeline } from '../../../src/charts/measure-timeline.ts';
import { overviewComparison } from '../../../src/charts/overview-comparison.ts';
import { schedule } from '../../../src/charts/schedule.ts';
import { scheduleCounts } from '../../../src/charts/schedule-counts.ts';
import { shareOfTotal } from '../../../src/charts/share-of-total.ts';
import type { Chart } from '../../../src/charts/svg.ts';
import * as f from './fixtures.ts';
import { assertWellFormed, svgTexts, viewBox } from './helpers.ts';

const cases: [string, string, () => Chart][] = [
  ['budget-by-year', 'a1', () => budgetByYear(f.budgetFixture, { id: 'a1' })],
  ['budget-by-year', 'a2', () => budgetByYear({ years: [], series: [] }, { id: 'a2' })],
  ['share-of-total', 'b1', () => shareOfTotal(f.shareFixture, { id: 'b1' })],
  ['schedule', 'c1', () => schedule(f.scheduleFixture, { id: 'c1' })],
  ['schedule', 'c2', () => schedule(f.largeScheduleFixture, { id: 'c2' })],
  ['schedule-counts', 'c3', () => scheduleCounts(f.scheduleFixture, { id: 'c3' })],
  ['schedule-counts', 'c4', () => scheduleCounts(f.largeScheduleFixture, { id: 'c4' })],
  ['measure-budget', 'd1', () => measureBudget(f.measureBudgetFixture, { id: 'd1' })],
  ['measure-timeline', 'e1', () => measureTimeline(f.timelineFixture, { id: 'e1' })],
  ['funding-split', 'g1', () => fundingSplit(f.fundingFixture, { id: 'g1' })],
  ['overview-comparison', 'h1', () => overviewComparison(f.overviewFixture, { id: 'h1' })],
];

describe.each(cases)('%s (%s)', (kind, id, render) => {
  const { svg, table } = render();

  it('has an accessible, responsive root element', () => {
    expect(svg.startsWith(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 `,
    )).toBe(true);
    const root = svg.slice(0, svg.indexOf('>'));
    expect(root).toContain(`role="img" aria-labelledby="${id}-title ${id}-desc" class="chart chart--${kind}"`);
    expect(root).not.toMatch(/\s(width|height)=/);
    expect(svg).toMatch(new RegExp(`<title id="${id}-title">[^<]+</title>\\n<desc id="${id}-desc">[^<]+</desc>`));
  });

  it('is well-formed and free of inline styles', () => {
    assertWellFormed(svg);
    expect(svg).not.toMatch(/\sstyle=|<style|<script|\son\w+=/i);
    expect(svg).not.toMatch(/\s(fill|stroke)="#/);
  });

  it('uses only ids prefixed with the chart id, each once, and resolves every url(#…)', () => {
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(new Set(ids).size).toBe(ids.length);
    for (const x of ids) expect(x.startsWith(`${id}-`)).toBe(true);
    for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(m[1]);
  });

  it('rounds coordinates to at most two decimals', () => {
    expect(svg).not.toMatch(/="[^"]*\d\.\d{3,}/);
    expect(svg).not.toMatch(/[MHVL]-?\d+\.\d{3,}/);
  });

  it('keeps all text legible and inside the viewBox', () => {
    const box = viewBox(svg);
    expect(svg).toContain('font-size="13"');
    expect(svg).not.toMatch(/font-size="(\d|1[01])(\.\d+)?"/);
    for (const t of svgTexts(svg)) {
      const w = textWidth(t.content);
      const left = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
      expect(left, t.content).toBeGreaterThanOrEqual(-0.5);
      expect(left + w, t.content).toBeLessThanOrEqual(box.width + 0.5);
      expect(t.y - 10, t.content).toBeGreaterThanOrEqual(0);
      expect(t.y + 3, t.content).toBeLessThanOrEqual(box.height);
    }
  });

  it('is deterministic and its table is rectangular', () => {
    expect(render().svg).toBe(svg);
    expect(table.caption.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    if (table.rows.length > 0 && table.footer) expect(table.footer).toHaveLength(table.columns.length);
  });
});

it('the largest chart (22 measures × 12 quarters) stays below 8 KB gzipped', () => {
  const { svg } = schedule(f.largeScheduleFixture, { id: 'zeitplan-leipzig' });
  expect(gzipSync(svg).length).toBeLessThanOrEqual(8 * 1024);
});

describe('countOf', () => {
  it('writes the count in German format with the noun for one or many', () => {
    expect(countOf(1, 'Maßnahme', 'Maßnahmen')).toBe('1 Maßnahme');
    expect(countOf(0, 'Maßnahme', 'Maßnahmen')).toBe('0 Maßnahmen');
    expect(countOf(10000, 'Maßnahme', 'Maßnahmen')).toBe('10.000 Maßnahmen');
  });
});

import { describe, expect, it } from 'vitest';
import { overviewRanking, RANKED_BARS } from '../../../src/charts/overview-ranking.ts';
import type { OverviewBudget, OverviewComparisonData } from '../../../src/charts/overview-comparison.ts';
import { matchGoldenChart } from './golden.ts';
import { assertWellFormed, parseEuro } from './helpers.ts';

/** n Regionalbudgets over three years with varied, deterministic amounts; every seventh has no plan. */
function many(n: number): OverviewComparisonData {
  const budgets: OverviewBudget[] = Array.from({ length: n }, (_, i) => ({
    key: `lk-${i + 1}`,
    label: `Landkreis ${i + 1}`,
    cents: i % 7 === 6 ? [0, 0, 0] : [((i * 37) % 11) * 1_000_000 + 50, ((i * 13) % 5) * 2_500_000, (i % 3) * 10_000_000 + 1],
    measureCount: 10 + (i % 17),
  }));
  return { years: [2023, 2024, 2025], budgets };
}

const twelve = many(12);
const totalOf = (b: OverviewBudget) => b.cents.reduce((s, c) => s + c, 0);

describe('overviewRanking', () => {
  it('matches the golden SVG', () => {
    matchGoldenChart('overview-ranking', overviewRanking(twelve, { id: 'ranking' }));
  });

  it(`draws the ${RANKED_BARS} largest budgets in order, one bar each, and says which they are`, () => {
    const chart = overviewRanking(twelve, { id: 'ranking' });
    const planned = twelve.budgets.filter((b) => totalOf(b) > 0);
    const expected = [...planned].sort((a, b) => totalOf(b) - totalOf(a)).slice(0, RANKED_BARS);
    for (const svg of [chart.svg, chart.narrow ?? '']) {
      assertWellFormed(svg);
      const tips = [...svg.matchAll(/<title>([^<]+), 2023 bis 2025: ([^<]+)<\/title>/g)].map((m) => [m[1], parseEuro(m[2] ?? '')]);
      expect(tips).toEqual(expected.map((b) => [b.label, totalOf(b)]));
      expect(svg).toContain(`<title id="ranking${svg === chart.svg ? '' : '-n'}-title">Regionalbudgets im Vergleich: die ${RANKED_BARS} größten Budgets laut Budgetplan</title>`);
      const heading = [...svg.matchAll(/<text class="chart-text" x="0" y="[\d.]+" font-weight="bold">([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      expect(heading).toBe('Die 10 größten von 11 Budgets der Jahre 2023 bis 2025, das größte zuerst:');
      expect(svg).toContain(`Die ${RANKED_BARS} größten von ${planned.length} Budgets der Jahre 2023 bis 2025: ${expected[0]?.label} `);
      expect(svg).toContain('Ohne Budgetplan: Landkreis 7.');
      expect(svg).not.toContain('chart-s2');
    }
  });

  it('lists every Regionalbudget in the table with exactly its amounts, the ones without a plan last', () => {
    const { table } = overviewRanking(twelve, { id: 'ranking' });
    expect(table.columns).toEqual(['Regionalbudget', 'Maßnahmen', '2023', '2024', '2025', 'Summe']);
    expect(table.rows).toHaveLength(12);
    for (const b of twelve.budgets) {
      const row = table.rows.find((r) => r[0] === b.label || r[0] === `${b.label} (ohne Budgetplan)`);
      expect(row?.[1]).toBe(String(b.measureCount));
      if (totalOf(b) === 0) expect(row?.slice(2)).toEqual(['–', '–', '–', '–']);
      else expect(row?.slice(2).map(parseEuro)).toEqual([...b.cents, totalOf(b)]);
    }
    expect(table.rows.at(-1)?.[0]).toBe('Landkreis 7 (ohne Budgetplan)');
    const sums = twelve.years.map((_, yi) => twelve.budgets.reduce((s, b) => s + (b.cents[yi] ?? 0), 0));
    expect(table.footer?.slice(2).map(parseEuro)).toEqual([...sums, sums.reduce((a, b) => a + b, 0)]);
  });

  it('stays the same size for every Regionalbudget in Germany and ten times as many', () => {
    const height = (svg = '') => Number(/viewBox="0 0 \d+ ([\d.]+)"/.exec(svg)?.[1]);
    const bars = (svg = '') => svg.match(/<rect class="chart-s1"/g)?.length;
    const ten = overviewRanking(many(11), { id: 'r' }); // ten with a plan
    for (const n of [400, 4000]) {
      const chart = overviewRanking(many(n), { id: 'r' });
      expect(bars(chart.svg)).toBe(RANKED_BARS);
      expect(bars(chart.narrow)).toBe(RANKED_BARS);
      // The names and the heading may wrap to a few more lines than with ten Regionalbudgets, nothing more.
      expect(height(chart.svg)).toBeLessThanOrEqual(height(ten.svg) + 2 * 17);
      expect(height(chart.narrow)).toBeLessThanOrEqual(height(ten.narrow) + (RANKED_BARS + 2) * 17);
      expect(chart.svg.length).toBeLessThan(2 * ten.svg.length);
      expect(chart.table.rows).toHaveLength(n);
    }
    expect(overviewRanking(many(400), { id: 'r' }).svg).toContain('Ohne Budgetplan: 57 Regionalbudgets.');
  });

  it('keeps equal budgets in the order they were given', () => {
    const same = (label: string) => ({ key: label, label, cents: [1_000_000], measureCount: 1 });
    const { svg } = overviewRanking({ years: [2024], budgets: ['B', 'A', 'C'].map(same) }, { id: 't' });
    expect([...svg.matchAll(/<title>(\w), 2024/g)].map((m) => m[1])).toEqual(['B', 'A', 'C']);
    expect(svg).toContain('Die Budgets im Jahr 2024: B 10.000');
  });

  it('escapes names for SVG', () => {
    const hostile = '</text><script>alert(1)</script>&';
    const { svg, narrow } = overviewRanking({ years: [2024], budgets: [{ key: 'x', label: hostile, cents: [100], measureCount: 1 }] }, { id: 'h' });
    for (const s of [svg, narrow ?? '']) {
      assertWellFormed(s);
      expect(s).not.toContain('<script>');
    }
  });

  it('says "Keine Budgetdaten" when no Regionalbudget has a plan, and still lists them in the table', () => {
    const { svg, table } = overviewRanking({ years: [2024], budgets: [{ key: 'v', label: 'Vogtlandkreis', cents: [0], measureCount: 3 }] }, { id: 'e' });
    expect(svg).toContain('Keine Budgetdaten vorhanden. Ohne Budgetplan: Vogtlandkreis.');
    expect(table.rows).toEqual([['Vogtlandkreis (ohne Budgetplan)', '3', '–', '–']]);
  });
});

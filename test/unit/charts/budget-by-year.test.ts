import { describe, expect, it } from 'vitest';
import { budgetByYear, stackByYear } from '../../../src/charts/budget-by-year.ts';
import { budgetFixture } from './fixtures.ts';
import { matchGolden, matchGoldenChart } from './golden.ts';
import { parseEuro } from './helpers.ts';

describe('budgetByYear', () => {
  it('stacks series in order and totals each year', () => {
    const stacked = stackByYear(budgetFixture);
    expect(stacked.map((s) => s.total)).toEqual([17_500_000, 37_500_000, 37_500_000, 10_000_050]);
    expect(stacked[1]?.segments).toEqual([
      { series: 0, start: 0, end: 15_000_000 },
      { series: 1, start: 15_000_000, end: 27_500_000 },
      { series: 2, start: 27_500_000, end: 37_500_000 },
    ]);
  });

  it('leaves zero amounts out of the stack but keeps the offsets', () => {
    const stacked = stackByYear({ years: [2023], series: [{ key: 'a', label: 'A', cents: [0] }, { key: 'b', label: 'B', cents: [5] }] });
    expect(stacked[0]?.segments).toEqual([{ series: 1, start: 0, end: 5 }]);
    expect(() => stackByYear({ years: [2023], series: [{ key: 'a', label: 'A', cents: [-1] }] })).toThrow();
  });

  it('matches the golden SVG', () => {
    matchGoldenChart('budget-by-year', budgetByYear(budgetFixture, { id: 'budget' }));
  });

  it('states the main finding', () => {
    const { svg } = budgetByYear(budgetFixture, { id: 'budget' });
    expect(svg).toContain('Das meiste Geld entfällt auf 2023 und 2024 mit je 375.000\u00a0€.');
  });

  it('has a table with exactly the input amounts', () => {
    const { table } = budgetByYear(budgetFixture, { id: 'budget' });
    expect(table.columns).toEqual(['Jahr', ...budgetFixture.series.map((s) => s.label), 'Summe']);
    table.rows.forEach((row, yi) => {
      expect(row[0]).toBe(String(budgetFixture.years[yi]));
      budgetFixture.series.forEach((s, si) => expect(parseEuro(row[si + 1] ?? '')).toBe(s.cents[yi]));
      expect(parseEuro(row.at(-1) ?? '')).toBe(budgetFixture.series.reduce((n, s) => n + (s.cents[yi] ?? 0), 0));
    });
    expect(parseEuro(table.footer?.at(-1) ?? '')).toBe(102_500_050);
    expect(table.numericColumns).toEqual([1, 2, 3, 4]);
  });

  it('handles a single year', () => {
    const { svg, table } = budgetByYear({ years: [2023], series: [{ key: 'a', label: 'A', cents: [37_500_000] }] }, { id: 'one' });
    expect(svg).toContain('Insgesamt 375.000\u00a0€ im Jahr 2023.');
    expect(svg.match(/class="chart-s1"/g)).toHaveLength(2); // bar and legend swatch
    expect(table.rows).toEqual([['2023', '375.000\u00a0€', '375.000\u00a0€']]);
    matchGolden('budget-by-year-single', svg);
  });

  it.each([
    ['no years', { years: [], series: [] }],
    ['all zero', { years: [2022, 2023], series: [{ key: 'a', label: 'A', cents: [0, 0] }] }],
  ])('says "Keine Budgetdaten" for %s', (_, data) => {
    const { svg, table } = budgetByYear(data, { id: 'empty' });
    expect(svg).toMatch(/<desc id="empty-desc">Keine Budgetdaten/);
    expect(svg).not.toContain('<rect');
    expect(table.rows).toEqual([]);
    expect(table.footer).toEqual(['Keine Budgetdaten vorhanden.']);
  });
});

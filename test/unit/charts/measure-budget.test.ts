import { describe, expect, it } from 'vitest';
import { measureBudget } from '../../../src/charts/measure-budget.ts';
import { measureBudgetFixture } from './fixtures.ts';
import { matchGolden } from './golden.ts';
import { parseEuro, svgTexts } from './helpers.ts';

describe('measureBudget', () => {
  it('matches the golden SVG (plan only)', () => {
    const { svg } = measureBudget({ years: measureBudgetFixture.years, cents: measureBudgetFixture.cents }, { id: 'mb' });
    expect(svg).not.toContain('Ist');
    matchGolden('measure-budget', svg);
  });

  it('matches the golden SVG (plan vs actual)', () => {
    const { svg, narrow } = measureBudget(measureBudgetFixture, { id: 'mb' });
    matchGolden('measure-budget-actual-narrow', narrow ?? '');
    expect(svg).toContain('Ist (Stand 31.12.2023)');
    expect(svg).toContain('Für 2024 liegen noch keine Ist-Zahlen vor.');
    matchGolden('measure-budget-actual', svg);
  });

  it('has Plan and Ist columns and a total row in the footer', () => {
    const { table } = measureBudget(measureBudgetFixture, { id: 'mb' });
    expect(table.columns).toEqual(['Jahr', 'Plan', 'Ist (Stand 31.12.2023)']);
    table.rows.forEach((row, i) => {
      expect(parseEuro(row[1] ?? '')).toBe(measureBudgetFixture.cents[i]);
      const actual = measureBudgetFixture.actual?.cents[i];
      expect(row[2]).toBe(actual === null ? '–' : row[2]);
      if (actual !== null) expect(parseEuro(row[2] ?? '')).toBe(actual);
    });
    expect(table.footer?.map((c, i) => (i === 0 ? c : parseEuro(c)))).toEqual(['Summe', 30_000_000, 15_812_345]);
  });

  it('keeps value labels inside the viewBox for the tallest bar and at the edges', () => {
    const years = Array.from({ length: 12 }, (_, i) => 2020 + i);
    const cents = years.map((_, i) => (i === 0 || i === 11 ? 123_456_789 : 1_234_567));
    const { svg } = measureBudget({ years, cents, actual: { asOf: '2024-06-30', cents: cents.map((c) => c - 1) } }, { id: 'edge' });
    for (const t of svgTexts(svg)) {
      expect(t.y).toBeGreaterThanOrEqual(13);
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(640);
    }
    // Crowded bars fall back to short labels; the exact amount stays in the tooltip.
    expect(svg).toContain('<title>Plan 2020: 1.234.567,89\u00a0€</title>');
    expect(svg).toContain('>1,2\u00a0Mio.\u00a0€</text>');
  });

  it('says "Keine Budgetdaten" without plan and actual figures', () => {
    expect(measureBudget({ years: [2023], cents: [0] }, { id: 'e' }).svg).toContain('Keine Budgetdaten');
    expect(measureBudget({ years: [], cents: [] }, { id: 'e' }).table.rows).toEqual([]);
  });
});

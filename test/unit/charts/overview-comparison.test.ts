import { describe, expect, it } from 'vitest';
import { overviewComparison } from '../../../src/charts/overview-comparison.ts';
import { overviewFixture } from './fixtures.ts';
import { matchGoldenChart } from './golden.ts';
import { parseEuro } from './helpers.ts';

describe('overviewComparison', () => {
  it('matches the golden SVG', () => {
    matchGoldenChart('overview-comparison', overviewComparison(overviewFixture, { id: 'overview' }));
  });

  it('names a Regionalbudget without data instead of drawing zero bars', () => {
    const { svg } = overviewComparison(overviewFixture, { id: 'overview' });
    expect(svg).toContain('Ohne Budgetplan: Vogtlandkreis.');
    expect(svg).toContain('Vogtlandkreis (9 Maßnahmen, ohne Budgetplan)');
    expect(svg).toContain('Landkreis Leipzig (22 Maßnahmen)');
    expect(svg).not.toContain('Vogtlandkreis, 2022');
    expect(svg).not.toContain('chart-s3');
  });

  it('has a table with exactly the input amounts', () => {
    const { table } = overviewComparison(overviewFixture, { id: 'overview' });
    table.rows.forEach((row, yi) => {
      overviewFixture.budgets.forEach((b, bi) => {
        const cell = row[bi + 1] ?? '';
        expect(cell === '–' ? 0 : parseEuro(cell)).toBe(b.cents[yi]);
      });
    });
    expect(table.footer).toEqual(['Summe', '1.025.000,50\u00a0€', '750.000\u00a0€', '–']);
  });

  it('says "Keine Budgetdaten" when no Regionalbudget has a plan', () => {
    const { svg } = overviewComparison({ years: [2023], budgets: [{ key: 'v', label: 'Vogtlandkreis', cents: [0], measureCount: 1 }] }, { id: 'e' });
    expect(svg).toContain('Keine Budgetdaten vorhanden. Ohne Budgetplan: Vogtlandkreis.');
  });
});

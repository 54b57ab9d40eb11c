import { describe, expect, it } from 'vitest';
import { fundingParts, fundingSplit } from '../../../src/charts/funding-split.ts';
import { fundingFixture } from './fixtures.ts';
import { matchGolden } from './golden.ts';
import { parseEuro } from './helpers.ts';

describe('fundingSplit', () => {
  it('derives the own contribution in exact cents (Leipzig)', () => {
    const parts = fundingParts(fundingFixture);
    expect(parts.own).toBe(11_173_108);
    expect(parts.grant + parts.own).toBe(fundingFixture.totalCents);
    expect(() => fundingParts({ totalCents: 100, grantCents: 101 })).toThrow();
  });

  it('matches the golden SVG with amounts and percentages as direct labels', () => {
    const { svg, narrow } = fundingSplit(fundingFixture, { id: 'funding' });
    matchGolden('funding-split-narrow', narrow ?? '');
    expect(svg).toContain('Eigenanteil: 111.731,08\u00a0€ (20,0\u00a0%)');
    expect(svg).toContain('Förderung: 446.924,34\u00a0€ (80,0\u00a0%)');
    matchGolden('funding-split', svg);
  });

  it('has a table with exactly the input amounts', () => {
    const { table } = fundingSplit(fundingFixture, { id: 'funding' });
    expect(parseEuro(table.rows[0]?.[1] ?? '')).toBe(fundingFixture.grantCents);
    expect(parseEuro(table.rows[1]?.[1] ?? '')).toBe(fundingFixture.totalCents - fundingFixture.grantCents);
    expect(parseEuro(table.footer?.[1] ?? '')).toBe(fundingFixture.totalCents);
  });

  it('handles full funding and no data', () => {
    expect(fundingSplit({ totalCents: 1000, grantCents: 1000 }, { id: 'f' }).svg).toContain('Eigenanteil: 0\u00a0€ (0,0\u00a0%)');
    expect(fundingSplit({ totalCents: 0, grantCents: 0 }, { id: 'f' }).svg).toContain('Keine Budgetdaten');
  });
});

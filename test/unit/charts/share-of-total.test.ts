import { describe, expect, it } from 'vitest';
import { shareOfTotal, sortedShares } from '../../../src/charts/share-of-total.ts';
import { shareFixture } from './fixtures.ts';
import { matchGolden } from './golden.ts';
import { parseEuro, parsePercent } from './helpers.ts';

describe('shareOfTotal', () => {
  it('sorts largest first and keeps the input index for the colour', () => {
    const rows = sortedShares(shareFixture.items);
    expect(rows.map((r) => r.item.key)).toEqual(['wirtschaft', 'orte', 'mobil']);
    expect(rows.map((r) => r.series)).toEqual([1, 0, 2]);
    expect(rows[0]?.share).toBeCloseTo(455 / 1125, 10);
  });

  it('matches the golden SVG and labels bars directly', () => {
    const { svg } = shareOfTotal(shareFixture, { id: 'share' });
    expect(svg).toContain('Attraktiver Wirtschaftsstandort – 455.000\u00a0€ (40,4\u00a0%)');
    matchGolden('share-of-total', svg);
    matchGolden('share-of-total-narrow', shareOfTotal(shareFixture, { id: 'share' }).narrow ?? '');
  });

  it('has a table with exactly the input amounts and their shares', () => {
    const { table } = shareOfTotal(shareFixture, { id: 'share' });
    const total = shareFixture.items.reduce((n, i) => n + i.cents, 0);
    for (const [label, amount, share] of table.rows) {
      const item = shareFixture.items.find((i) => i.label === label);
      expect(parseEuro(amount ?? '')).toBe(item?.cents);
      expect(parsePercent(share ?? '')).toBeCloseTo((item?.cents ?? 0) / total, 3);
    }
    expect(parseEuro(table.footer?.[1] ?? '')).toBe(total);
  });

  it('says "Keine Budgetdaten" for an empty list', () => {
    const { svg, table } = shareOfTotal({ items: [] }, { id: 'e' });
    expect(svg).toContain('Keine Budgetdaten');
    expect(table.rows).toEqual([]);
  });
});

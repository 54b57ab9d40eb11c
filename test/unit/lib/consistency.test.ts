import { describe, expect, it } from 'vitest';
import { budgetScheduleMismatch } from '../../../src/lib/consistency.ts';
import { parseQuarter } from '../../../src/lib/quarters.ts';

const q = (key: string) => parseQuarter(key) ?? -1;
const budget = (entries: [number, number][]) => ({ byYear: new Map(entries), total: entries.reduce((s, [, c]) => s + c, 0) });

describe('budgetScheduleMismatch', () => {
  it('names years with money but no quarter, and years with quarters but no money', () => {
    expect(budgetScheduleMismatch({ budget: budget([[2022, 950000], [2023, 1000000]]), quarters: [q('2023-Q1'), q('2024-Q1')] })).toEqual({
      moneyWithoutQuarters: [2022],
      quartersWithoutMoney: [2024],
    });
  });

  it('is undefined when plan and schedule agree, or when one of them is missing', () => {
    expect(budgetScheduleMismatch({ budget: budget([[2023, 100]]), quarters: [q('2023-Q2'), q('2023-Q3')] })).toBeUndefined();
    expect(budgetScheduleMismatch({ quarters: [q('2023-Q2')] })).toBeUndefined();
    expect(budgetScheduleMismatch({ budget: budget([[2023, 100]]) })).toBeUndefined();
  });
});

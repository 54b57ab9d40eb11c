import { describe, expect, it } from 'vitest';
import { quarterRuns, quarterX, runLabel, todayX } from '../../../src/charts/time-axis.ts';
import { q } from './fixtures.ts';

const from = q(2022, 1);
const to = q(2024, 4);

describe('quarter positions', () => {
  it('places quarters left to right from the first quarter', () => {
    expect(quarterX(from, from, 30)).toBe(0);
    expect(quarterX(q(2022, 4), from, 30)).toBe(90);
    expect(quarterX(q(2024, 4), from, 30, 208)).toBe(208 + 11 * 30);
  });

  it('merges consecutive quarters into runs and clips to the range', () => {
    expect(quarterRuns([q(2021, 4), q(2022, 1), q(2022, 2), q(2022, 4), q(2025, 1)], from, to)).toEqual([
      { start: q(2022, 1), end: q(2022, 2) },
      { start: q(2022, 4), end: q(2022, 4) },
    ]);
    expect(quarterRuns([], from, to)).toEqual([]);
    expect(runLabel({ start: q(2022, 3), end: q(2023, 2) })).toBe('III/2022 – II/2023');
  });
});

describe('today line', () => {
  const cell = 91; // Q1 2024 has 91 days: one unit per day
  it('sits in the middle of the first day of a quarter', () => {
    expect(todayX('2024-01-01', from, to, cell)).toBeCloseTo(quarterX(q(2024, 1), from, cell) + 0.5, 6);
  });

  it('is day-precise in the middle of a quarter', () => {
    // 14 March 2024 is day 74 (0-based 73) of Q1 2024.
    expect(todayX('2024-03-14', from, to, cell)).toBeCloseTo(quarterX(q(2024, 1), from, cell) + 73.5, 6);
  });

  it('sits just before the next quarter on its last day', () => {
    const x = todayX('2024-12-31', from, to, 92) ?? Number.NaN;
    expect(x).toBeCloseTo(quarterX(q(2024, 4), from, 92) + 91.5, 6);
    expect(x).toBeLessThan(quarterX(to + 1, from, 92));
  });

  it('accepts a full ISO timestamp (build date)', () => {
    expect(todayX('2024-03-14T23:59:00Z', from, to, cell)).toBe(todayX('2024-03-14', from, to, cell));
  });

  it('is null outside the range or for an invalid date', () => {
    expect(todayX('2021-12-31', from, to, 30)).toBeNull();
    expect(todayX('2025-01-01', from, to, 30)).toBeNull();
    expect(todayX('2024-02-30', from, to, 30)).toBeNull();
    expect(todayX('heute', from, to, 30)).toBeNull();
  });
});

/** The median that the benchmarks report for repeated timings (scripts/bench/median.ts). */
import { describe, expect, it } from 'vitest';
import { median, medianRun } from '../../../scripts/bench/median.ts';

describe('median of timings', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([3.07, 2.29, 2.5])).toBe(2.5);
    expect(median([9])).toBe(9);
  });
  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('does not reorder what it is given, and is NaN for no value', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
    expect(median([])).toBeNaN();
  });
});

describe('median run', () => {
  it('is the whole run with the middle value, the lower middle one of an even count, none of none', () => {
    const runs = [{ cpu: 8.1, wall: 6.7 }, { cpu: 6.2, wall: 5.0 }, { cpu: 7.8, wall: 6.3 }];
    expect(medianRun(runs, (r) => r.cpu)).toEqual({ cpu: 7.8, wall: 6.3 });
    expect(medianRun(runs.slice(0, 2), (r) => r.cpu)).toEqual({ cpu: 6.2, wall: 5.0 });
    expect(medianRun([], (r: { cpu: number }) => r.cpu)).toBeUndefined();
    expect(runs[0]).toEqual({ cpu: 8.1, wall: 6.7 });
  });
});

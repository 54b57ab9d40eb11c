import { describe, expect, it } from 'vitest';
import { benchArgs } from '../../../scripts/bench/options.ts';

describe('benchArgs', () => {
  it('runs each full build once unless --runs says otherwise', () => {
    expect(benchArgs([]).runs).toBe(1);
    expect(benchArgs(['--runs', '3']).runs).toBe(3);
  });

  it('refuses a run count that is not a whole number of at least 1, naming what it found', () => {
    for (const bad of ['0', '-1', '2.5', 'drei', '']) expect(() => benchArgs([`--runs=${bad}`])).toThrow(`gefunden: ${bad}`);
  });

  it('reads the size, with one news item per ten measures by default', () => {
    expect(benchArgs(['--regionalbudgets', '20', '--measures', '10'])).toMatchObject({ regionalbudgets: 20, measures: 10, news: 20, seed: 1 });
  });
});

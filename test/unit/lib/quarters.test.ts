import { describe, expect, it } from 'vitest';
import {
  QUARTER_ENTRY_PATTERN,
  compressQuarters,
  expandQuarters,
  parseQuarter,
  parseQuarterEntry,
  quarterBounds,
  quarterKey,
  quarterNumber,
  quarterOfDate,
  quarterYear,
} from '../../../src/lib/quarters.ts';

const q = (year: number, n: number) => year * 4 + n - 1;

describe('parseQuarter / quarterKey', () => {
  it('maps YYYY-Qn to consecutive ordinals', () => {
    expect(parseQuarter('2022-Q1')).toBe(q(2022, 1));
    expect(parseQuarter('2022-Q4')).toBe(q(2022, 4));
    expect(parseQuarter('2023-Q1')! - parseQuarter('2022-Q4')!).toBe(1);
  });

  it('rejects malformed quarters', () => {
    for (const bad of ['2023-Q5', '2023-Q0', '2023Q1', '23-Q1', '2023-q1', '2023-Q1 ', '', '2023-Q12']) {
      expect(parseQuarter(bad), bad).toBeNull();
    }
  });

  it('round-trips through quarterKey, quarterYear and quarterNumber', () => {
    for (const key of ['2022-Q3', '2023-Q1', '2025-Q4']) {
      const ordinal = parseQuarter(key)!;
      expect(quarterKey(ordinal)).toBe(key);
    }
    expect(quarterYear(q(2024, 4))).toBe(2024);
    expect(quarterNumber(q(2024, 4))).toBe(4);
    expect(quarterNumber(q(2025, 1))).toBe(1);
  });
});

describe('parseQuarterEntry', () => {
  it('parses a single quarter as a one-quarter range', () => {
    expect(parseQuarterEntry('2023-Q2')).toEqual({ from: q(2023, 2), to: q(2023, 2) });
  });

  it('parses an inclusive range across years', () => {
    expect(parseQuarterEntry('2022-Q3..2025-Q2')).toEqual({ from: q(2022, 3), to: q(2025, 2) });
  });

  it('accepts a range whose end equals its start', () => {
    expect(parseQuarterEntry('2024-Q1..2024-Q1')).toEqual({ from: q(2024, 1), to: q(2024, 1) });
  });

  it('rejects a backwards range', () => {
    expect(parseQuarterEntry('2024-Q2..2024-Q1')).toBeNull();
    expect(parseQuarterEntry('2025-Q1..2022-Q4')).toBeNull();
  });

  it('rejects malformed entries', () => {
    for (const bad of ['2023-Q5', '2023-Q1..', '..2023-Q1', '2023-Q1..2023-Q2..2023-Q3', '2023-Q1...2023-Q2', '2023-Q1-2023-Q2']) {
      expect(parseQuarterEntry(bad), bad).toBeNull();
    }
  });

  it('the schema pattern agrees on well-formed entries', () => {
    expect(QUARTER_ENTRY_PATTERN.test('2022-Q3..2025-Q2')).toBe(true);
    expect(QUARTER_ENTRY_PATTERN.test('2022-Q3')).toBe(true);
    expect(QUARTER_ENTRY_PATTERN.test('2022-Q5')).toBe(false);
  });
});

describe('expandQuarters', () => {
  it('expands ranges to sorted ordinals', () => {
    expect(expandQuarters(['2022-Q3..2023-Q2'])).toEqual([q(2022, 3), q(2022, 4), q(2023, 1), q(2023, 2)]);
  });

  it('merges overlaps and duplicates, and sorts out-of-order entries', () => {
    expect(expandQuarters(['2023-Q3', '2023-Q1..2023-Q2', '2023-Q2..2023-Q4', '2023-Q1'])).toEqual([
      q(2023, 1),
      q(2023, 2),
      q(2023, 3),
      q(2023, 4),
    ]);
  });

  it('skips malformed and backwards entries', () => {
    expect(expandQuarters(['2023-Q5', '2024-Q2..2024-Q1', '2024-Q3'])).toEqual([q(2024, 3)]);
    expect(expandQuarters([])).toEqual([]);
  });
});

describe('quarterOfDate', () => {
  it('puts each month into its quarter', () => {
    expect(quarterOfDate('2023-01-01')).toBe(q(2023, 1));
    expect(quarterOfDate('2023-03-31')).toBe(q(2023, 1));
    expect(quarterOfDate('2023-04-01')).toBe(q(2023, 2));
    expect(quarterOfDate('2023-09-30')).toBe(q(2023, 3));
    expect(quarterOfDate('2023-10-01')).toBe(q(2023, 4));
    expect(quarterOfDate('2023-12-31')).toBe(q(2023, 4));
    expect(quarterOfDate('2024-02-29')).toBe(q(2024, 1));
  });
});

describe('quarterBounds', () => {
  it('gives first and last day of each quarter', () => {
    expect(quarterBounds(q(2023, 1))).toEqual({ start: '2023-01-01', end: '2023-03-31' });
    expect(quarterBounds(q(2023, 2))).toEqual({ start: '2023-04-01', end: '2023-06-30' });
    expect(quarterBounds(q(2023, 3))).toEqual({ start: '2023-07-01', end: '2023-09-30' });
    expect(quarterBounds(q(2023, 4))).toEqual({ start: '2023-10-01', end: '2023-12-31' });
  });

  it('is the same in a leap year (no quarter ends in February)', () => {
    expect(quarterBounds(q(2024, 1))).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterBounds(q(2000, 1))).toEqual({ start: '2000-01-01', end: '2000-03-31' });
  });

  it('its bounds lie in the quarter and the next day starts the next quarter', () => {
    for (let ordinal = q(2022, 1); ordinal <= q(2026, 4); ordinal++) {
      const { start, end } = quarterBounds(ordinal);
      expect(quarterOfDate(start)).toBe(ordinal);
      expect(quarterOfDate(end)).toBe(ordinal);
      const next = new Date(`${end}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(quarterOfDate(next.toISOString().slice(0, 10))).toBe(ordinal + 1);
    }
  });
});

describe('compressQuarters', () => {
  it('writes runs as ranges and single quarters alone', () => {
    expect(compressQuarters([q(2022, 3), q(2022, 4), q(2023, 1), q(2023, 3), q(2024, 1), q(2024, 2)])).toEqual([
      '2022-Q3..2023-Q1',
      '2023-Q3',
      '2024-Q1..2024-Q2',
    ]);
  });

  it('handles empty, unsorted and duplicated input', () => {
    expect(compressQuarters([])).toEqual([]);
    expect(compressQuarters([q(2023, 2), q(2023, 1), q(2023, 2)])).toEqual(['2023-Q1..2023-Q2']);
  });

  it('is the inverse of expandQuarters', () => {
    const cases = [
      ['2022-Q3..2025-Q2'],
      ['2022-Q3', '2023-Q1', '2023-Q3', '2024-Q1', '2024-Q3', '2025-Q1'],
      ['2023-Q1..2023-Q4', '2025-Q2..2025-Q3'],
    ];
    for (const entries of cases) {
      expect(compressQuarters(expandQuarters(entries))).toEqual(entries);
      expect(expandQuarters(compressQuarters(expandQuarters(entries)))).toEqual(expandQuarters(entries));
    }
  });
});

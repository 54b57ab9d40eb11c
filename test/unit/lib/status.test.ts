import { describe, expect, it } from 'vitest';
import { measureStatus } from '../../../src/lib/status.ts';
import { expandQuarters } from '../../../src/lib/quarters.ts';

/** A measure scheduled from 2023-Q1 to 2024-Q2. */
const quarters = expandQuarters(['2023-Q1..2024-Q2']);

describe('measureStatus', () => {
  it('is "geplant" up to the last day before the first quarter', () => {
    expect(measureStatus(quarters, '2022-01-01')).toBe('geplant');
    expect(measureStatus(quarters, '2022-12-31')).toBe('geplant');
  });

  it('is "laufend" from the first day of the first quarter to the last day of the last quarter', () => {
    expect(measureStatus(quarters, '2023-01-01')).toBe('laufend');
    expect(measureStatus(quarters, '2023-08-15')).toBe('laufend');
    expect(measureStatus(quarters, '2024-06-30')).toBe('laufend');
  });

  it('is "abgeschlossen" from the day after the last quarter', () => {
    expect(measureStatus(quarters, '2024-07-01')).toBe('abgeschlossen');
    expect(measureStatus(quarters, '2030-01-01')).toBe('abgeschlossen');
  });

  it('counts a gap between scheduled quarters as running', () => {
    const withGap = expandQuarters(['2023-Q1', '2024-Q1']);
    expect(measureStatus(withGap, '2023-07-01')).toBe('laufend');
  });

  it('does not depend on the order of the quarters', () => {
    expect(measureStatus([...quarters].reverse(), '2022-12-31')).toBe('geplant');
    expect(measureStatus([...quarters].reverse(), '2024-07-01')).toBe('abgeschlossen');
  });

  it('says nothing without scheduled quarters', () => {
    expect(measureStatus([], '2023-01-01')).toBeUndefined();
    expect(measureStatus(undefined, '2023-01-01')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatEuro,
  formatEuroExact,
  formatFigure,
  formatNumber,
  formatPercent,
  formatQuarter,
  formatQuarterShort,
  formatTerm,
  measureLabel,
} from '../../../src/lib/format.ts';

/** Intl puts a no-break space (U+00A0) between number and "€" or "%". */
const NBSP = '\u00a0';

describe('formatEuro', () => {
  it('leaves out the decimals of whole amounts', () => {
    expect(formatEuro(1_000_000)).toBe(`10.000${NBSP}€`);
    expect(formatEuro(112_500_000)).toBe(`1.125.000${NBSP}€`);
    expect(formatEuro(0)).toBe(`0${NBSP}€`);
  });

  it('shows two decimals otherwise, with German separators', () => {
    expect(formatEuro(55_865_542)).toBe(`558.655,42${NBSP}€`);
    expect(formatEuro(1_250_050)).toBe(`12.500,50${NBSP}€`);
    expect(formatEuro(1)).toBe(`0,01${NBSP}€`);
  });

  it('uses a no-break space, never a normal one, before €', () => {
    expect(formatEuro(1_000_000)).not.toContain(' ');
  });
});

describe('formatEuroExact / formatNumber / formatPercent', () => {
  it('formatEuroExact always shows two decimals', () => {
    expect(formatEuroExact(1_000_000)).toBe(`10.000,00${NBSP}€`);
    expect(formatEuroExact(44_692_434)).toBe(`446.924,34${NBSP}€`);
  });

  it('formatNumber groups thousands with dots', () => {
    expect(formatNumber(197673)).toBe('197.673');
    expect(formatNumber(2.5)).toBe('2,5');
  });

  it('formatPercent writes "80 %" with a no-break space', () => {
    expect(formatPercent(0.8)).toBe(`80${NBSP}%`);
    expect(formatPercent(1)).toBe(`100${NBSP}%`);
    expect(formatPercent(0.125)).toBe(`12,5${NBSP}%`);
  });
});

describe('formatDate', () => {
  it('formats a full date', () => {
    expect(formatDate('2023-03-14')).toBe('14. März 2023');
    expect(formatDate('2025-06-30')).toBe('30. Juni 2025');
  });

  it('does not shift a day at the turn of the year (UTC)', () => {
    expect(formatDate('2023-01-01')).toBe('1. Januar 2023');
    expect(formatDate('2022-12-31')).toBe('31. Dezember 2022');
  });

  it('formats a month', () => {
    expect(formatDate('2022-07')).toBe('Juli 2022');
  });

  it('keeps a bare year', () => {
    expect(formatDate('2009')).toBe('2009');
  });

  it('formats a day without year', () => {
    expect(formatDate('--03-22')).toBe('22. März');
    expect(formatDate('--02-29')).toBe('29. Februar');
  });

  it('throws on an unknown format instead of guessing', () => {
    expect(() => formatDate('14.03.2023')).toThrow(/Unbekanntes Datumsformat/);
  });
});

describe('formatQuarter / formatQuarterShort', () => {
  it('names the quarter in words and in the short axis form', () => {
    const q3of2022 = 2022 * 4 + 2;
    expect(formatQuarter(q3of2022)).toBe('3. Quartal 2022');
    expect(formatQuarter(2023 * 4)).toBe('1. Quartal 2023');
    expect(formatQuarterShort(q3of2022)).toBe('III/2022');
    expect(formatQuarterShort(2025 * 4 + 3)).toBe('IV/2025');
  });
});

describe('formatTerm', () => {
  it('joins start and end', () => {
    expect(formatTerm({ start: '2022-09-01', end: '2025-08-31' })).toBe('1. September 2022 bis 31. August 2025');
    expect(formatTerm({ start: '2022-07', end: '2025-06' })).toBe('Juli 2022 bis Juni 2025');
  });

  it('says that the start is missing instead of guessing it', () => {
    expect(formatTerm({ end: '2025-06-30' })).toBe('bis 30. Juni 2025 (Beginn in der Quelle nicht angegeben)');
  });

  it('says that the end is missing', () => {
    expect(formatTerm({ start: '2021-11' })).toBe('ab November 2021 (Ende in der Quelle nicht angegeben)');
  });

  it('says when nothing is known', () => {
    expect(formatTerm({})).toBe('in der Quelle nicht angegeben');
  });
});

describe('measureLabel / formatFigure', () => {
  it('prefixes the official number when there is one', () => {
    expect(measureLabel({ number: 12, title: 'Kampagne' })).toBe('12. Kampagne');
    expect(measureLabel({ title: 'Begleitung' })).toBe('Begleitung');
  });

  it('never drops the qualifier of a figure', () => {
    expect(formatFigure({ value: 2_000_000, unit: '€', qualifier: 'mehr als' })).toBe(`mehr als 2.000.000${NBSP}€`);
    expect(formatFigure({ value: 120, unit: 'Teilnehmende', qualifier: 'ca.' })).toBe('ca. 120 Teilnehmende');
    expect(formatFigure({ value: 1500 })).toBe('1.500');
  });
});

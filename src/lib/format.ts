/**
 * German formatting for everything the site shows. Dates are formatted in UTC so that an ISO date
 * never shifts by a day, whatever the build machine's time zone.
 */
import type { Cents } from './money.ts';
import { quarterNumber, quarterYear } from './quarters.ts';

const euroFormat = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const euroWholeFormat = new Intl.NumberFormat('de-DE', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const numberFormat = new Intl.NumberFormat('de-DE');
const percentFormat = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** Intl uses a no-break space before "€" and "%"; we keep it (it stops line breaks inside an amount). */

/** "558.655,42 €"; whole amounts without decimals: "10.000 €". */
export function formatEuro(cents: Cents): string {
  return cents % 100 === 0 ? euroWholeFormat.format(cents / 100) : euroFormat.format(cents / 100);
}

/** Always with two decimals: "10.000,00 €" (tables of a budget plan). */
export function formatEuroExact(cents: Cents): string {
  return euroFormat.format(cents / 100);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A count with its noun: "1 Maßnahme", "10.000 Maßnahmen". */
export function countOf(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** 0.8 → "80 %" */
export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}

/**
 * Formats an ISO date or a partial one: "2023-03-14" → "14. März 2023", "2022-07" → "Juli 2022",
 * "2009" → "2009", "--03-22" → "22. März" (year not known).
 */
export function formatDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return longDate.format(new Date(`${value}T00:00:00Z`));
  if (/^\d{4}-\d{2}$/.test(value)) return monthYear.format(new Date(`${value}-01T00:00:00Z`));
  if (/^\d{4}$/.test(value)) return value;
  const dm = /^--(\d{2})-(\d{2})$/.exec(value);
  if (dm) return dayMonth.format(new Date(`2000-${dm[1]}-${dm[2]}T00:00:00Z`));
  throw new Error(`Unbekanntes Datumsformat: ${value}`);
}

/** "3. Quartal 2022" */
export function formatQuarter(ordinal: number): string {
  return `${quarterNumber(ordinal)}. Quartal ${quarterYear(ordinal)}`;
}

/** "III/2022" – compact form for chart axes. */
export function formatQuarterShort(ordinal: number): string {
  return `${['I', 'II', 'III', 'IV'][quarterNumber(ordinal) - 1]}/${quarterYear(ordinal)}`;
}

/** "1. September 2022 bis 31. August 2025"; a missing start or end is said, not guessed. */
export function formatTerm(term: { start?: string | undefined; end?: string | undefined }): string {
  if (term.start && term.end) return `${formatDate(term.start)} bis ${formatDate(term.end)}`;
  if (term.end) return `bis ${formatDate(term.end)} (Beginn in der Quelle nicht angegeben)`;
  if (term.start) return `ab ${formatDate(term.start)} (Ende in der Quelle nicht angegeben)`;
  return 'in der Quelle nicht angegeben';
}

/** "Maßnahme 12" or the title alone for measures without an official number. */
export function measureLabel(measure: { number?: number | undefined; title: string }): string {
  return measure.number !== undefined ? `${measure.number}. ${measure.title}` : measure.title;
}

/** A result figure with its qualifier, which must never be dropped: "mehr als 2.000.000 €". */
export function formatFigure(figure: { value: number; unit?: string | undefined; qualifier?: string | undefined }): string {
  const value = figure.unit === '€' ? formatEuro(Math.round(figure.value * 100)) : `${formatNumber(figure.value)}${figure.unit ? ` ${figure.unit}` : ''}`;
  return figure.qualifier ? `${figure.qualifier} ${value}` : value;
}

/**
 * Text for charts: German number and date formats beyond src/lib/format.ts, and a rough width estimate.
 * There is no DOM to measure text at build time, so widths are estimated generously (wide rather than
 * narrow), which errs towards truncating or shortening a label instead of letting it overlap.
 */
import type { Cents } from '../lib/money.ts';
import { formatEuro } from '../lib/format.ts';

const NARROW = /[\s.,:;!|'’ilIjtf()[\]/-]/;
const WIDE = /[A-ZÄÖÜmwMW%]/;

/** Estimated advance width in viewBox units for a typical sans-serif font. */
export function textWidth(content: string, fontSize = 13): number {
  let em = 0;
  for (const ch of content) em += NARROW.test(ch) ? 0.32 : WIDE.test(ch) ? 0.8 : 0.58;
  return em * fontSize;
}

/** Shortens `content` with "…" so that it fits `maxWidth`; `truncated` tells callers to keep the full text. */
export function truncate(content: string, maxWidth: number, fontSize = 13): { text: string; truncated: boolean } {
  if (textWidth(content, fontSize) <= maxWidth) return { text: content, truncated: false };
  const chars = [...content];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, fontSize) > maxWidth) chars.pop();
  return { text: `${chars.join('').trimEnd()}…`, truncated: true };
}

const percentOneDecimal = new Intl.NumberFormat('de-DE', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** 0.404 → "40,4 %"; always one decimal so that a column of shares lines up. */
export function formatShare(ratio: number): string {
  return percentOneDecimal.format(ratio);
}

const compactNumber = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Short amount for crowded bar labels ("375 Tsd. €", "1,2 Mio. €"); exact amounts stay in table and tooltip. */
export function formatEuroCompact(cents: Cents): string {
  const euros = cents / 100;
  if (Math.abs(euros) >= 1_000_000) return `${compactNumber.format(euros / 1_000_000)}\u00a0Mio.\u00a0€`;
  if (Math.abs(euros) >= 10_000) return `${compactNumber.format(Math.round(euros / 1000))}\u00a0Tsd.\u00a0€`;
  return formatEuro(Math.round(euros) * 100);
}

/** Bar label candidates from exact to short. */
export function euroLabels(cents: Cents): string[] {
  return [formatEuro(cents), formatEuro(Math.round(cents / 100) * 100), formatEuroCompact(cents)];
}

/**
 * Labels for a set of bars in ONE format (exact, whole euros or compact): the most exact one in which
 * every label fits `maxWidth`; null when not even the compact one fits. Mixed formats would make
 * equal-looking bars seem to differ in precision.
 */
export function commonEuroLabels(values: readonly Cents[], maxWidth: number, fontSize = 13): string[] | null {
  const sets = [0, 1, 2].map((k) => values.map((v) => euroLabels(v)[k] ?? ''));
  return sets.find((set) => set.every((l) => textWidth(l, fontSize) <= maxWidth)) ?? null;
}

/** "2024-03-14" (or a full ISO timestamp) → "14.03.2024"; null when it is not an ISO date. */
export function formatDateNumeric(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : null;
}

/** ["a", "b", "c"] → "a, b und c" */
export function joinGerman(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} und ${parts[parts.length - 1]}`;
}

/** Year range in words: "2023" or "2022 bis 2025". */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first} bis ${last}`;
}

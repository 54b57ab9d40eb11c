/**
 * Quarters are written `YYYY-Qn` in data. Inside, a quarter is an ordinal (year × 4 + n − 1), so ranges,
 * comparisons and chart positions are plain integer arithmetic.
 */

export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`;

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
export const QUARTER_ENTRY_PATTERN = /^\d{4}-Q[1-4](\.\.\d{4}-Q[1-4])?$/;

export function parseQuarter(key: string): number | null {
  const match = QUARTER_PATTERN.exec(key);
  if (!match) return null;
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

export function quarterKey(ordinal: number): QuarterKey {
  const year = Math.floor(ordinal / 4);
  return `${year}-Q${(ordinal % 4) + 1}` as QuarterKey;
}

export function quarterYear(ordinal: number): number {
  return Math.floor(ordinal / 4);
}

/** 1–4 */
export function quarterNumber(ordinal: number): number {
  return (ordinal % 4) + 1;
}

export interface ParsedEntry {
  from: number;
  to: number;
}

/** Parses `YYYY-Qn` or `YYYY-Qn..YYYY-Qn`; null when malformed or the range runs backwards. */
export function parseQuarterEntry(entry: string): ParsedEntry | null {
  const [start, end, ...rest] = entry.split('..');
  if (start === undefined || rest.length > 0) return null;
  const from = parseQuarter(start);
  const to = end === undefined ? from : parseQuarter(end);
  if (from === null || to === null || to < from) return null;
  return { from, to };
}

/** Expands entries to the sorted list of quarter ordinals. Malformed entries are skipped (validation reports them). */
export function expandQuarters(entries: readonly string[]): number[] {
  const set = new Set<number>();
  for (const entry of entries) {
    const parsed = parseQuarterEntry(entry);
    if (!parsed) continue;
    for (let q = parsed.from; q <= parsed.to; q++) set.add(q);
  }
  return [...set].sort((a, b) => a - b);
}

/** Ordinal of the quarter that contains an ISO date (`YYYY-MM-DD`). */
export function quarterOfDate(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return year * 4 + Math.floor((month - 1) / 3);
}

/** First and last day of a quarter as ISO dates. */
export function quarterBounds(ordinal: number): { start: string; end: string } {
  const year = quarterYear(ordinal);
  const q = quarterNumber(ordinal);
  const startMonth = (q - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const endDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return {
    start: `${year}-${String(startMonth).padStart(2, '0')}-01`,
    end: `${year}-${String(endMonth).padStart(2, '0')}-${String(endDay).padStart(2, '0')}`,
  };
}

/** Compresses ordinals into `YYYY-Qn..YYYY-Qn` runs (inverse of expandQuarters). */
export function compressQuarters(ordinals: readonly number[]): string[] {
  const sorted = [...new Set(ordinals)].sort((a, b) => a - b);
  const out: string[] = [];
  let runStart: number | undefined;
  let prev: number | undefined;
  for (const q of [...sorted, Number.NaN]) {
    if (prev !== undefined && q === prev + 1) {
      prev = q;
      continue;
    }
    if (runStart !== undefined && prev !== undefined) {
      out.push(runStart === prev ? quarterKey(runStart) : `${quarterKey(runStart)}..${quarterKey(prev)}`);
    }
    runStart = q;
    prev = q;
  }
  return out;
}

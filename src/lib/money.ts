/**
 * Money is held as integer cents everywhere inside the project; euros exist only at the edges
 * (JSON input, formatted output). Floats never take part in a sum.
 */

export type Cents = number;

const EURO_PATTERN = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;

/**
 * Converts a JSON euro amount (a number with at most two decimals, ≥ 0) to integer cents.
 * Returns null when the number is not such an amount, so callers can report it in their own words.
 * Works on the shortest decimal representation JS gives the number, which is what the file said.
 */
export function eurosToCents(euros: number): Cents | null {
  if (typeof euros !== 'number' || !Number.isFinite(euros) || euros < 0) return null;
  // whole euros (most amounts) match the pattern below exactly up to 13 digits
  if (Number.isInteger(euros) && euros > 0 && euros < 1e13) return euros * 100;
  const text = String(euros);
  if (!EURO_PATTERN.test(text)) return null;
  const [whole, fraction = ''] = text.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** True when the number is a valid euro amount for the data files. */
export function isEuroAmount(euros: number): boolean {
  return eurosToCents(euros) !== null;
}

/** Exact euro value as a decimal string with a dot and two decimals ("10000.00"), for CSV/JSON output. */
export function centsToDecimalString(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Euros as a JS number, for JSON output only (never for arithmetic). */
export function centsToEuros(cents: Cents): number {
  return Number(centsToDecimalString(cents));
}

export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/**
 * `total × rate`, rounded half away from zero to whole cents. The product is first cut to 15 significant
 * digits, so binary noise (45 × 0.7 = 31.499999999999996) does not decide the rounding.
 */
export function applyRate(total: Cents, rate: number): Cents {
  const product = Number((total * rate).toPrecision(15));
  return Math.sign(product) * Math.round(Math.abs(product));
}

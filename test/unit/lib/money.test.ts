import { describe, expect, it } from 'vitest';
import { applyRate, centsToDecimalString, centsToEuros, eurosToCents, isEuroAmount, sumCents } from '../../../src/lib/money.ts';

describe('eurosToCents', () => {
  it('converts whole and decimal euro amounts to exact integer cents', () => {
    expect(eurosToCents(0)).toBe(0);
    expect(eurosToCents(10000)).toBe(1_000_000);
    expect(eurosToCents(558655.42)).toBe(55_865_542);
    expect(eurosToCents(446924.34)).toBe(44_692_434);
  });

  it('is exact where float arithmetic is not (0.1, 0.29)', () => {
    // 0.29 * 100 === 28.999999999999996 in floating point
    expect(0.29 * 100).not.toBe(29);
    expect(eurosToCents(0.29)).toBe(29);
    expect(eurosToCents(0.1)).toBe(10);
    expect(eurosToCents(0.01)).toBe(1);
    expect(eurosToCents(1.1)).toBe(110);
    expect(eurosToCents(12500.5)).toBe(1_250_050);
  });

  it('keeps the result an integer for every two-decimal amount', () => {
    for (let c = 0; c < 2000; c++) {
      const euros = Number((c / 100).toFixed(2));
      expect(eurosToCents(euros)).toBe(c);
    }
  });

  it('rejects amounts with more than two decimals', () => {
    expect(eurosToCents(1.005)).toBeNull();
    expect(eurosToCents(5000.255)).toBeNull();
    expect(eurosToCents(0.001)).toBeNull();
  });

  it('rejects negative, non-finite and huge numbers', () => {
    expect(eurosToCents(-0.01)).toBeNull();
    expect(eurosToCents(-5000)).toBeNull();
    expect(eurosToCents(Number.NaN)).toBeNull();
    expect(eurosToCents(Number.POSITIVE_INFINITY)).toBeNull();
    // String(1e21) is "1e+21": not a plain amount, and far beyond any budget
    expect(eurosToCents(1e21)).toBeNull();
  });

  it('rejects non-numbers, even numeric strings', () => {
    expect(eurosToCents('10' as unknown as number)).toBeNull();
    expect(eurosToCents('string' as unknown as number)).toBeNull();
    expect(eurosToCents(null as unknown as number)).toBeNull();
  });

  it('isEuroAmount agrees with eurosToCents', () => {
    expect(isEuroAmount(0.29)).toBe(true);
    expect(isEuroAmount(1.005)).toBe(false);
    expect(isEuroAmount(-1)).toBe(false);
  });
});

describe('centsToDecimalString / centsToEuros', () => {
  it('writes two decimals with a dot', () => {
    expect(centsToDecimalString(1_000_000)).toBe('10000.00');
    expect(centsToDecimalString(55_865_542)).toBe('558655.42');
    expect(centsToDecimalString(5)).toBe('0.05');
    expect(centsToDecimalString(50)).toBe('0.50');
    expect(centsToDecimalString(0)).toBe('0.00');
  });

  it('keeps the sign of negative values (e.g. differences)', () => {
    expect(centsToDecimalString(-5)).toBe('-0.05');
    expect(centsToDecimalString(-12345)).toBe('-123.45');
  });

  it('round-trips with eurosToCents', () => {
    for (const cents of [0, 1, 29, 110, 1_250_050, 55_865_542]) {
      expect(eurosToCents(centsToEuros(cents))).toBe(cents);
    }
  });
});

describe('sumCents', () => {
  it('adds integer cents exactly', () => {
    expect(sumCents([10, 20, 29])).toBe(59);
    expect(sumCents(new Map([[2023, 1], [2024, 2]]).values())).toBe(3);
    expect(sumCents([])).toBe(0);
  });
});

describe('applyRate', () => {
  it('computes total × rate in whole cents', () => {
    expect(applyRate(55_865_542, 0.8)).toBe(44_692_434); // 44 692 433.6 → up
    expect(applyRate(1_234_567, 0.8)).toBe(987_654); // 987 653.6 → up
    expect(applyRate(1_000_000, 0.75)).toBe(750_000);
    expect(applyRate(1_000_001, 0)).toBe(0);
    expect(applyRate(1_000_001, 1)).toBe(1_000_001);
  });

  it('rounds to the nearest cent on either side of a half', () => {
    expect(applyRate(1_234_561, 0.8)).toBe(987_649); // 987 648.8 → up
    expect(applyRate(1_234_564, 0.8)).toBe(987_651); // 987 651.2 → down
  });

  it('rounds exact halves away from zero', () => {
    expect(applyRate(5, 0.5)).toBe(3);
    expect(applyRate(101, 0.5)).toBe(51);
    expect(applyRate(-5, 0.5)).toBe(-3);
  });

  it('rounds halves up even when the float product lands just below .5', () => {
    // 45 × 0.7 === 31.499999999999996 and 50 × 0.29 === 14.499999999999998 in floating point
    expect(applyRate(45, 0.7)).toBe(32);
    expect(applyRate(50, 0.29)).toBe(15);
    expect(applyRate(645, 0.7)).toBe(452);
  });

  it('agrees with exact integer arithmetic for all percent rates', () => {
    for (let percent = 1; percent < 100; percent++) {
      for (let total = 1; total <= 3000; total++) {
        const exact = Math.floor((total * percent + 50) / 100);
        if (applyRate(total, percent / 100) !== exact) {
          expect.fail(`applyRate(${total}, ${percent / 100}) = ${applyRate(total, percent / 100)}, exakt ${exact}`);
        }
      }
    }
  });
});

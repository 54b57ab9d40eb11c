import { z } from 'astro/zod';
import { euroAmount, isoDate, nonEmptyText, ref, slug, year } from './common.ts';

const yearKey = z.string().regex(/^\d{4}$/, 'eine Jahreszahl als Schlüssel (z. B. "2023")');

/** Amounts per year; a year left out is 0. */
export const amountsByYear = z.record(yearKey, euroAmount);

/** `data/budgets/<id>.json`: the budget plan of one Regionalbudget, in euros with at most two decimals. */
export const budgetFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Id of the Regionalbudget; must equal the file name. */
  regionalbudget: slug,
  currency: z.literal('EUR', { error: 'die Währung "EUR"' }),
  /** Whether amounts include VAT. */
  basis: z.enum(['brutto', 'netto'], { error: '"brutto" oder "netto"' }),
  /** The document the figures come from. */
  source: nonEmptyText,
  years: z.array(year).min(1, 'mindestens ein Jahr'),
  /** Sum of all lines per year, as stated in the source; the check recomputes it to the cent. */
  totals: amountsByYear,
  lines: z.array(
    z.strictObject({
      /** Slug of a measure of the same Regionalbudget. */
      measure: ref('massnahmen'),
      amounts: amountsByYear,
      /** Money actually spent, as of a date. */
      actual: z.strictObject({ asOf: isoDate, amounts: amountsByYear }).optional(),
    }),
  ),
});

export type BudgetFile = z.output<typeof budgetFileSchema>;

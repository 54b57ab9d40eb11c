/**
 * Where a measure's budget plan and schedule disagree (the same rule as the check's warnings), so the
 * measure page can say so instead of silently showing both.
 */
import type { Measure } from './data/model.ts';
import { quarterYear } from './quarters.ts';

export interface Mismatch {
  /** Years with money but no scheduled quarter. */
  moneyWithoutQuarters: number[];
  /** Years with scheduled quarters but no money. */
  quartersWithoutMoney: number[];
}

export function budgetScheduleMismatch(measure: Pick<Measure, 'budget' | 'quarters'>): Mismatch | undefined {
  if (!measure.budget || !measure.quarters) return undefined;
  const moneyYears = [...measure.budget.byYear.keys()].sort((a, b) => a - b);
  const scheduledYears = [...new Set(measure.quarters.map(quarterYear))].sort((a, b) => a - b);
  const mismatch = {
    moneyWithoutQuarters: moneyYears.filter((y) => !scheduledYears.includes(y)),
    quartersWithoutMoney: scheduledYears.filter((y) => !moneyYears.includes(y)),
  };
  return mismatch.moneyWithoutQuarters.length + mismatch.quartersWithoutMoney.length > 0 ? mismatch : undefined;
}

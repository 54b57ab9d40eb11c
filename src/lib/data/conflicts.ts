/** The source conflicts of one Regionalbudget of the model (see src/lib/source-conflicts.ts). */
import { sourceConflicts, type SourceConflict } from '../source-conflicts.ts';
import type { Regionalbudget } from './model.ts';

export function conflictsOf(rb: Regionalbudget): SourceConflict[] {
  return sourceConflicts({
    period: rb.data.period,
    approvedPeriod: rb.data.approvedPeriod,
    budget: rb.budget && { byYear: rb.budget.byYear, source: rb.budget.source },
    schedule: rb.schedule && { from: rb.schedule.from, to: rb.schedule.to, source: rb.schedule.source },
  });
}

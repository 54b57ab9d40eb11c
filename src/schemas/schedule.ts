import { z } from 'astro/zod';
import { compareQuarters, forwardPeriod, nonEmptyText, quarter, quarterEntry, ref, slug } from './common.ts';

/** `data/schedules/<id>.json`: which quarters each measure is active in. */
export const scheduleFileSchema = forwardPeriod(
  z.strictObject({
    $schema: z.string().optional(),
    regionalbudget: slug,
    source: nonEmptyText,
    /** First and last quarter of the plan; every entry must lie within. */
    from: quarter,
    to: quarter,
    rows: z.array(
      z.strictObject({
        measure: ref('massnahmen'),
        /** Quarters `YYYY-Qn` or inclusive ranges `YYYY-Qn..YYYY-Qn`. */
        quarters: z.array(quarterEntry),
      }),
    ),
  }),
  'from',
  'to',
  compareQuarters,
);

export type ScheduleFile = z.output<typeof scheduleFileSchema>;

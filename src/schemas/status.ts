import { z } from 'astro/zod';
import { isoDate, nonEmptyText } from './common.ts';

/** The values an editor may state; the site never derives a status from plans or dates. */
export const STATUS_VALUES = ['geplant', 'beantragt', 'bewilligt', 'laufend', 'abgeschlossen', 'eingestellt'] as const;
export type StatusValue = (typeof STATUS_VALUES)[number];

/**
 * A status as a source reports it. Value, date and source belong together: a status without its
 * "Stand" or without the document that states it is not shown, so the schema requires all three.
 */
export const statusStatement = z.strictObject({
  /** One of geplant, beantragt, bewilligt, laufend, abgeschlossen, eingestellt. */
  value: z.enum(STATUS_VALUES, { error: `einen der Werte ${STATUS_VALUES.join(', ')}` }),
  /** The day the source reports it ("Stand"), `YYYY-MM-DD`. */
  asOf: isoDate,
  /** The document or page that reports it, e.g. "Sachbericht 2024 des Landkreises". */
  source: nonEmptyText,
});

export type StatusStatement = z.output<typeof statusStatement>;

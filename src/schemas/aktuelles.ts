import { z } from 'astro/zod';
import { newsDate, nonEmptyText, ref, url } from './common.ts';

/** "<regionalbudget-id>/<massnahme-slug>" */
export const measureRef = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'einen Verweis „<regionalbudget>/<massnahme>“, z. B. "nordsachsen-2022/ansiedlungskampagne"');

/** Frontmatter of `content/aktuelles/<yyyy-mm-dd>-<slug>.md`. */
export const aktuellesSchema = z.strictObject({
  title: nonEmptyText,
  /** As precise as the source: full date, month, year, or `--MM-DD` for a day without year; omitted when none is given. */
  date: newsDate.optional(),
  summary: nonEmptyText,
  regionalbudgets: z.array(ref('regionalbudgets')).default([]),
  projects: z.array(ref('projekte')).default([]),
  measures: z.array(measureRef).default([]),
  source: z.strictObject({ title: nonEmptyText, url: url.optional() }).optional(),
});

export type AktuellesData = z.output<typeof aktuellesSchema>;

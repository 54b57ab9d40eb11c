import { z } from 'astro/zod';
import { nonEmptyText, text } from './common.ts';

/** Frontmatter of `content/programme/<slug>.md`: a funding programme the sources name. */
export const programmSchema = z.strictObject({
  title: nonEmptyText,
  shortTitle: text.optional(),
  funder: nonEmptyText,
  level: z.enum(['EU', 'Bund', 'Land', 'Kommune'], { error: 'eine der Ebenen EU, Bund, Land oder Kommune' }),
  summary: nonEmptyText,
});

export type ProgrammData = z.output<typeof programmSchema>;

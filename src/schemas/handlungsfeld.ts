import { z } from 'astro/zod';
import { nonEmptyText } from './common.ts';

/** Frontmatter of `content/regionalbudgets/<id>/handlungsfelder/<slug>.md`. */
export const handlungsfeldSchema = z.strictObject({
  title: nonEmptyText,
  /** Position in lists and charts, 1 = first. Unique within a Regionalbudget. */
  order: z.number().int('eine ganze Zahl').min(1, 'eine Zahl ab 1'),
  summary: nonEmptyText,
});

export type HandlungsfeldData = z.output<typeof handlungsfeldSchema>;

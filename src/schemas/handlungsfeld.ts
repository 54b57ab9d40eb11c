import { z } from 'astro/zod';
import { nonEmptyText } from './common.ts';

/** Frontmatter of `content/regionalbudgets/<id>/handlungsfelder/<slug>.md`. */
export const handlungsfeldSchema = z.strictObject({
  title: nonEmptyText,
  /** Position in lists and charts, 1 = first. Unique within a Regionalbudget. */
  order: z.number().int('eine ganze Zahl').min(1, 'eine Zahl ab 1'),
  summary: nonEmptyText,
  /**
   * "handlungsfeld" (default) for a field of action or Themenbereich; "begleitend" for the accompanying
   * measures a source lists beside its fields ("Projektbegleitende Maßnahmen"). Those are not counted as a field.
   */
  kind: z.enum(['handlungsfeld', 'begleitend'], { error: 'handlungsfeld oder begleitend' }).default('handlungsfeld'),
});

export type HandlungsfeldData = z.output<typeof handlungsfeldSchema>;

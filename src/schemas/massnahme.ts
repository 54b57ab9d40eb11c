import { z } from 'astro/zod';
import { nonEmptyText, ref } from './common.ts';
import { statusStatement } from './status.ts';

/** An old URL path that must keep working, e.g. "/regionalbudgets/nordsachsen-2022/massnahmen/alter-name/". */
export const aliasPath = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)+$/, 'einen Pfad wie "/regionalbudgets/<id>/massnahmen/<alter-name>/" (Kleinbuchstaben, mit Schrägstrich am Ende)');

/** Frontmatter of `content/regionalbudgets/<id>/massnahmen/<slug>.md` (or `.mdx`). */
export const massnahmeSchema = z.strictObject({
  /** The official number, where the source has one; unique within a Regionalbudget. */
  number: z.number().int('eine ganze Zahl').min(1, 'eine Nummer ab 1').optional(),
  title: nonEmptyText,
  /** Slug of a Handlungsfeld of the same Regionalbudget; omitted when the source assigns none. */
  handlungsfeld: ref('handlungsfelder').optional(),
  summary: nonEmptyText,
  /** Set by an editor only when a source reports it; without it, pages show what the schedule plans. */
  status: statusStatement.optional(),
  /** Ids from `data/kontakte.json`; when empty, the Regionalbudget's contacts apply. */
  contacts: z.array(ref('kontakte')).optional(),
  /** Old URL paths of this page (after a rename). */
  aliases: z.array(aliasPath).optional(),
});

export type MassnahmeData = z.output<typeof massnahmeSchema>;

import { z } from 'astro/zod';
import { documentRef, euroAmount, nonEmptyText, period, ref, text, url } from './common.ts';

/** A result figure with the qualifier the source uses ("ca.", "mehr als"), which must never be dropped. */
export const resultFigure = z.strictObject({
  label: nonEmptyText,
  value: z.number().min(0),
  unit: text.optional(),
  qualifier: z.enum(['ca.', 'mehr als', 'rund', 'bis zu'], { error: 'einen der Zusätze ca., mehr als, rund, bis zu' }).optional(),
  note: text.optional(),
});

/** Frontmatter of `content/projekte/<slug>.mdx`. */
export const projektSchema = z.strictObject({
  title: nonEmptyText,
  subtitle: text.optional(),
  programme: ref('programme').optional(),
  region: nonEmptyText,
  period,
  volume: z.strictObject({ amount: euroAmount, approximate: z.boolean().default(false), note: text.optional() }).optional(),
  goals: z.array(nonEmptyText).optional(),
  tasks: z.array(nonEmptyText).optional(),
  results: z.array(resultFigure).optional(),
  predecessor: text.optional(),
  predecessorProgramme: ref('programme').optional(),
  successor: text.optional(),
  partners: z.array(nonEmptyText).optional(),
  website: url.optional(),
  keywords: z.array(nonEmptyText).optional(),
  contacts: z.array(ref('kontakte')).default([]),
  documents: z.array(documentRef).optional(),
  summary: nonEmptyText,
});

export type ProjektData = z.output<typeof projektSchema>;
export type ResultFigure = z.output<typeof resultFigure>;

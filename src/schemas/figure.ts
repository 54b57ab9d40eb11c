import { z } from 'astro/zod';
import { nonEmptyText, text } from './common.ts';

/**
 * A figure taken from a source, e.g. the population or the gross value added in a county's concept.
 * `source` is where this site read it; `credit` is whom that source credits, in the source's words.
 */
export const sourcedFigure = z.strictObject({
  /** What the figure is, e.g. "Einwohner". */
  label: nonEmptyText,
  /** The figure as the source writes it, e.g. "197.673" or "4,6 Mrd. Euro". */
  value: nonEmptyText,
  /** The date or period it refers to, as the source gives it, e.g. "31.12.2019". */
  asOf: text.optional(),
  /** Document and place this site took it from, e.g. "Konzept Regionalbudget Landkreis Nordsachsen, Abschnitt 1.3". */
  source: nonEmptyText,
  /** The source named by that document, verbatim, e.g. "MDR Sachsen / Statistisches Landesamt". */
  credit: text.optional(),
});

export type SourcedFigure = z.output<typeof sourcedFigure>;

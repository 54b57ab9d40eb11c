import { z } from 'astro/zod';
import { comparePartialDates, documentRef, euroAmount, forwardPeriod, nonEmptyText, partialDate, ref, text } from './common.ts';
import { sourcedFigure } from './figure.ts';
import { statusStatement } from './status.ts';

const term = forwardPeriod(
  z.strictObject({
    /** Omitted when the source names only the end ("bis 30.06.2025"). */
    start: partialDate.optional(),
    end: partialDate,
    /** The source's own name for this term, e.g. "Geplante Laufzeit" or "Förderung genehmigt". */
    label: nonEmptyText.optional(),
    /** The document that states the term; two terms from different sources are shown side by side. */
    source: nonEmptyText.optional(),
  }),
  'start',
  'end',
  comparePartialDates,
);

/** Frontmatter of `content/regionalbudgets/<id>/index.mdx`. */
export const regionalbudgetSchema = z.strictObject({
  title: nonEmptyText,
  subtitle: nonEmptyText,
  /** The county or city, e.g. "Landkreis Leipzig". */
  region: nonEmptyText,
  /** Slug of a file in `content/programme/`. */
  programme: ref('programme'),
  /** Official project code, e.g. "52140004". A string, so leading zeros survive. */
  code: z.string().regex(/^[0-9A-Za-z./-]+$/, 'eine Projektnummer als Text in Anführungszeichen').optional(),
  /** Only what a source reports, with its date and source; never inferred (e.g. from an approval period). */
  status: statusStatement.optional(),
  /** Planned term (or the only term the source names). */
  period: term,
  /** Term of the approval (Bewilligungszeitraum). */
  approvedPeriod: term.optional(),
  /** Funding in euros; `rate` is 0–1 and `grant` must equal `total × rate` within one cent. */
  funding: z
    .strictObject({
      total: euroAmount,
      grant: euroAmount,
      rate: z.number().min(0, 'eine Quote zwischen 0 und 1').max(1, 'eine Quote zwischen 0 und 1 (80 % = 0.8)'),
    })
    .optional(),
  managingBody: text.optional(),
  /** An organisation that accompanies the Regionalbudget (e.g. an agency of the county). */
  supportedBy: text.optional(),
  /** What the source calls its groups of measures; default "Handlungsfeld". */
  fieldLabel: z.enum(['Handlungsfeld', 'Themenbereich']).default('Handlungsfeld'),
  /** Ids from `data/kontakte.json`. */
  contacts: z.array(ref('kontakte')).default([]),
  documents: z.array(documentRef).optional(),
  /** The co-financing note required by the funders, verbatim. */
  cofinancing: text.optional(),
  summary: nonEmptyText,
  /** Figures quoted from the sources, each with the source that states it (and whom that source credits). */
  figures: z.array(sourcedFigure).optional(),
  /** Short sentences in Leichte Sprache for the Leichte-Sprache page. */
  leichteSprache: z.array(nonEmptyText).optional(),
});

export type RegionalbudgetData = z.output<typeof regionalbudgetSchema>;

/**
 * Where the sources of one Regionalbudget disagree, found by rule from the data: two terms that differ,
 * budget money planned in years outside a term, a schedule that does not cover a term. `npm run check`
 * prints them as notices; the pages show the same sentences next to the budget, the schedule and the term.
 */
import { formatEuro, formatQuarterShort } from './format.ts';
import type { Cents } from './money.ts';
import { rangeText, termEndQuarter, termStartQuarter, termsConflict, termsOf, type TermData } from './terms.ts';

export type ConflictTopic = 'term' | 'budget' | 'schedule';

export interface SourceConflict {
  topic: ConflictTopic;
  /** The term the finding is about ("period" / "approvedPeriod"). */
  field: 'period' | 'approvedPeriod';
  /** For budget findings: the year. */
  year?: number;
  /** One German sentence for editors and readers. */
  text: string;
}

export interface ConflictInput {
  period: TermData;
  approvedPeriod?: TermData | undefined;
  budget?: { byYear: ReadonlyMap<number, Cents>; source: string } | undefined;
  schedule?: { from: number; to: number; source: string } | undefined;
}

const named = (t: { label: string; source?: string | undefined }) => (t.source ? `${t.label} (${t.source})` : t.label);

export function sourceConflicts(input: ConflictInput): SourceConflict[] {
  const terms = termsOf(input);
  const out: SourceConflict[] = [];
  const [first, second] = terms;
  if (first && second && termsConflict(first, second)) {
    out.push({
      topic: 'term',
      field: second.field,
      text: `Die Quellen nennen unterschiedliche Zeiträume: ${named(first)}: ${rangeText(first)}; ${named(second)}: ${rangeText(second)}.`,
    });
  }
  if (input.budget) {
    const years = [...input.budget.byYear].filter(([, cents]) => cents > 0).sort((a, b) => a[0] - b[0]);
    for (const t of terms) {
      const startYear = t.start ? Number(t.start.slice(0, 4)) : undefined;
      const endYear = Number(t.end.slice(0, 4));
      for (const [year, cents] of years) {
        if ((startYear !== undefined && year < startYear) || year > endYear) {
          out.push({
            topic: 'budget',
            field: t.field,
            year,
            text: `Laut ${input.budget.source} sind für ${year} ${formatEuro(cents)} geplant; ${named(t)}: ${rangeText(t)}.`,
          });
        }
      }
    }
  }
  if (input.schedule) {
    const { from, to, source } = input.schedule;
    for (const t of terms) {
      const tFrom = termStartQuarter(t);
      const tTo = termEndQuarter(t);
      const mismatch = to !== tTo || (tFrom !== undefined && from !== tFrom);
      if (!mismatch) continue;
      const span = tFrom !== undefined ? `${formatQuarterShort(tFrom)} bis ${formatQuarterShort(tTo)}` : `bis ${formatQuarterShort(tTo)}`;
      out.push({
        topic: 'schedule',
        field: t.field,
        text: `Laut ${source} reicht der Zeitplan von ${formatQuarterShort(from)} bis ${formatQuarterShort(to)}; ${named(t)}: ${rangeText(t)} (${span}).`,
      });
    }
  }
  return out;
}

/**
 * `npm run check` notices where the sources of a Regionalbudget disagree (see src/lib/source-conflicts.ts):
 * at the line of the term, the budget year or the schedule's range, so editors see them in their files.
 */
import { conflictsOf } from '../data/conflicts.ts';
import type { Model } from '../data/model.ts';
import type { Entry, ParsedRepo } from '../data/parsed-repo.ts';
import type { Issue, PathSegment } from './issue.ts';

function at(entry: Entry<unknown> | undefined, file: string, path: PathSegment[], message: string): Issue {
  return { severity: 'notice', file: entry?.file ?? file, path, ...entry?.locate(path), message };
}

export function conflictNotices(repo: ParsedRepo, model: Model): Issue[] {
  return model.regionalbudgets.flatMap((rb) => {
    const entry = repo.regionalbudgets.find((r) => r.id === rb.id);
    const budget = repo.budgets.find((b) => b.id === rb.id);
    const schedule = repo.schedules.find((s) => s.id === rb.id);
    return conflictsOf(rb).map((c) => {
      const message = `Die Quellen weichen voneinander ab. ${c.text}`;
      if (c.topic === 'budget' && budget) return at(budget, rb.budget?.file ?? rb.file, ['totals', String(c.year)], message);
      if (c.topic === 'schedule' && schedule) return at(schedule, rb.schedule?.file ?? rb.file, ['to'], message);
      return at(entry, rb.file, [c.field], message);
    });
  });
}

/**
 * Scaffolded files may carry placeholders for facts the editor still has to supply. They pass the schema
 * (so `npm run neu` always yields a valid file) but every check and build warns until they are replaced.
 */
import type { Entry, ParsedRepo } from '../data/parsed-repo.ts';
import type { Issue, PathSegment } from './issue.ts';
import { issueAt } from './crosschecks.ts';

export const PLACEHOLDER_PREFIX = '[Bitte ergänzen';

/** "[Bitte ergänzen: Zusammenfassung der Maßnahme]" */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_PREFIX}: ${what}]`;
}

function findPlaceholders(value: unknown, path: PathSegment[], out: PathSegment[][]): void {
  if (typeof value === 'string') {
    if (value.includes(PLACEHOLDER_PREFIX)) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findPlaceholders(item, [...path, i], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) findPlaceholders(item, [...path, key], out);
  }
}

const MESSAGE = 'Hier steht noch ein Platzhalter aus „npm run neu“.';

export function isContentPlaceholder(issue: Issue): boolean {
  return issue.message === MESSAGE;
}

export function checkPlaceholders(repo: ParsedRepo): Issue[] {
  const entries: Entry<unknown>[] = [
    ...repo.regionalbudgets,
    ...repo.regionalbudgets.flatMap((rb) => [...rb.handlungsfelder, ...rb.measures]),
    ...repo.projects,
    ...repo.programmes,
    ...repo.news,
  ];
  return entries.flatMap((entry) => {
    const paths: PathSegment[][] = [];
    findPlaceholders(entry.data, [], paths);
    return paths.map((path) =>
      issueAt(entry, path, MESSAGE, 'den Text aus der Quelle', `„${PLACEHOLDER_PREFIX} …]“`, 'warning'),
    );
  });
}

/**
 * Rules that span files: references, uniqueness, and the news file names. Budget and schedule rules live
 * in their own modules. Each check returns every problem it finds, so editors can fix them in one go.
 */
import type { Entry, ParsedRepo } from '../data/parsed-repo.ts';
import { folderOf, PLACES } from '../data/layout.ts';
import { groupedSlugs } from './budget-checks.ts';
import type { Issue, PathSegment, Severity } from './issue.ts';

export function issueAt(
  entry: Pick<Entry<unknown>, 'file' | 'locate'>,
  path: PathSegment[],
  message: string,
  expected: string,
  found: string,
  severity: Severity = 'error',
): Issue {
  return { severity, file: entry.file, path, ...entry.locate(path), message, expected, found };
}

function list(values: Iterable<string>): string {
  const all = [...values];
  if (all.length === 0) return '(keine vorhanden)';
  const shown = all.slice(0, 12).map((v) => `„${v}“`).join(', ');
  return all.length > 12 ? `${shown} … (${all.length} insgesamt)` : shown;
}

/** Checks that each id in `ids` (at `path[i]`) is one of `known`. */
function checkRefs(
  entry: Entry<unknown>,
  ids: readonly string[] | undefined,
  path: PathSegment[],
  known: ReadonlySet<string>,
  what: string,
  where: string,
): Issue[] {
  return (ids ?? []).flatMap((id, i) =>
    known.has(id)
      ? []
      : [issueAt(entry, [...path, i], `Der Verweis zeigt ins Leere: ${what} „${id}“ gibt es nicht.`, `eine Kennung aus ${where}: ${list(known)}`, `„${id}“`)],
  );
}

/**
 * References are checked against every file that exists (`repo.known`), valid or not: a reference to
 * a broken file would only repeat that file's own error. The list offered in a message names valid ids.
 */
export function checkReferences(repo: ParsedRepo): Issue[] {
  const issues: Issue[] = [];
  const { known } = repo;
  const contacts = known.contacts;
  const programmes = known.programmes;
  const rbs = known.regionalbudgets;
  const KONTAKTE = PLACES.kontakte.label;
  const PROGRAMME = folderOf(PLACES.programme);
  /** No contact reference is checked while data/kontakte.json itself cannot be read. */
  const contactRefs = (entry: Entry<unknown>, ids: readonly string[] | undefined) =>
    contacts ? checkRefs(entry, ids, ['contacts'], contacts, 'die Kontaktperson', KONTAKTE) : [];

  for (const rb of repo.regionalbudgets) {
    issues.push(...checkRefs(rb, [rb.data.programme], ['programme'], programmes, 'das Förderprogramm', PROGRAMME).map(dropIndex));
    issues.push(...contactRefs(rb, rb.data.contacts));
    const fields = new Set(groupedSlugs(known.handlungsfelder).get(rb.id) ?? []);
    for (const m of rb.measures) {
      if (m.data.handlungsfeld !== undefined) {
        issues.push(
          ...checkRefs(m, [m.data.handlungsfeld], ['handlungsfeld'], fields, 'das Handlungsfeld', folderOf(PLACES.handlungsfelder, rb.id)).map(dropIndex),
        );
      }
      issues.push(...contactRefs(m, m.data.contacts));
    }
  }
  for (const p of repo.projects) {
    if (p.data.programme) issues.push(...checkRefs(p, [p.data.programme], ['programme'], programmes, 'das Förderprogramm', PROGRAMME).map(dropIndex));
    if (p.data.predecessorProgramme)
      issues.push(...checkRefs(p, [p.data.predecessorProgramme], ['predecessorProgramme'], programmes, 'das Förderprogramm', PROGRAMME).map(dropIndex));
    issues.push(...contactRefs(p, p.data.contacts));
  }
  for (const n of repo.news) {
    issues.push(...checkRefs(n, n.data.regionalbudgets, ['regionalbudgets'], rbs, 'das Regionalbudget', `${PLACES.regionalbudgets.base}/`));
    issues.push(...checkRefs(n, n.data.projects, ['projects'], known.projects, 'das Projekt', folderOf(PLACES.projekte)));
    issues.push(...checkRefs(n, n.data.measures, ['measures'], known.measures, 'die Maßnahme', 'den Maßnahmen (<regionalbudget>/<maßnahme>)'));
  }
  for (const data of [...repo.budgets, ...repo.schedules]) {
    if (data.data.regionalbudget !== data.id) {
      issues.push(issueAt(data, ['regionalbudget'], 'Die Kennung passt nicht zum Dateinamen.', `„${data.id}“ (wie der Dateiname)`, `„${data.data.regionalbudget}“`));
    } else if (!rbs.has(data.id)) {
      issues.push(
        issueAt(data, ['regionalbudget'], `Zu dieser Datei gibt es kein Regionalbudget.`, `eine Kennung aus ${PLACES.regionalbudgets.base}/: ${list(rbs)}`, `„${data.id}“`),
      );
    }
  }
  return issues;
}

/** A single-valued reference is reported at the field itself, not at an index. */
function dropIndex(issue: Issue): Issue {
  return { ...issue, path: issue.path?.slice(0, -1) ?? [] };
}

export function checkUniqueness(repo: ParsedRepo): Issue[] {
  const issues: Issue[] = [];
  const seenContacts = new Map<string, number>();
  repo.contacts?.data.contacts.forEach((c, i) => {
    const first = seenContacts.get(c.id);
    if (first !== undefined && repo.contacts) {
      issues.push(issueAt(repo.contacts, ['contacts', i, 'id'], 'Die Kennung ist doppelt vergeben.', `eine eindeutige Kennung (schon bei contacts[${first}])`, `„${c.id}“`));
    } else seenContacts.set(c.id, i);
  });

  for (const rb of repo.regionalbudgets) {
    duplicatesBy(rb.measures, (m) => m.id, (m) => issues.push(issueAt(m, [], 'Es gibt zwei Dateien für dieselbe Maßnahme (.md und .mdx).', 'eine Datei je Maßnahme', m.file)));
    duplicatesBy(rb.handlungsfelder, (h) => h.id, (h) => issues.push(issueAt(h, [], 'Es gibt zwei Dateien für dasselbe Handlungsfeld.', 'eine Datei je Handlungsfeld', h.file)));
    duplicatesBy(
      rb.measures.filter((m) => m.data.number !== undefined),
      (m) => String(m.data.number),
      (m, first) => issues.push(issueAt(m, ['number'], 'Die Maßnahmennummer ist im Regionalbudget doppelt vergeben.', `eine freie Nummer (${m.data.number} hat schon ${first.file})`, `die Nummer ${m.data.number}`)),
    );
    duplicatesBy(rb.handlungsfelder, (h) => String(h.data.order), (h, first) =>
      issues.push(issueAt(h, ['order'], 'Die Reihenfolge ist doppelt vergeben.', `eine freie Position (${h.data.order} hat schon ${first.file})`, `die Zahl ${h.data.order}`)),
    );
  }
  // Addresses (pages, short links, aliases) are checked in address-checks.ts.
  return issues;
}

function duplicatesBy<T>(items: readonly T[], key: (item: T) => string, report: (dup: T, first: T) => void): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined) report(item, first);
    else seen.set(k, item);
  }
}

/** `2023-03-14-treffen.md` must carry `date: "2023-03-14"`; a file without a date prefix has an incomplete or no date. */
export function checkNewsFileNames(repo: ParsedRepo): Issue[] {
  return repo.news.flatMap((n) => {
    const prefix = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-(?=[a-z])/.exec(n.id)?.[1];
    const date = n.data.date;
    const complete = date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);
    if (complete && prefix !== date) {
      return [issueAt(n, ['date'], 'Der Dateiname passt nicht zum Datum der Meldung.', `einen Dateinamen, der mit „${date}-“ beginnt`, `„${n.id}“`)];
    }
    if (!complete && prefix !== undefined && prefix !== date) {
      return [issueAt(n, ['date'], 'Der Dateiname nennt ein Datum, das im Kopfbereich nicht steht.', `das Datum „${prefix}“ im Feld date oder einen Dateinamen ohne Datum`, date === undefined ? 'kein Datum' : `„${date}“`)];
    }
    return [];
  });
}

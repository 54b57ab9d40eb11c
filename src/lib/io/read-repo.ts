/**
 * Reads every content and data file once, parses it and checks it against its schema. Files with problems
 * are reported and left out, so the cross-checks that follow see only well-formed entries; their ids are
 * still recorded in `known`, so a reference to a broken file is not reported a second time.
 * Which files are read comes from ./layout.ts; every other file is reported by strayFileIssues.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { aktuellesSchema } from '../../schemas/aktuelles.ts';
import { budgetFileSchema } from '../../schemas/budget.ts';
import { handlungsfeldSchema } from '../../schemas/handlungsfeld.ts';
import { kontakteFileSchema, type Kontakt } from '../../schemas/kontakt.ts';
import { massnahmeSchema } from '../../schemas/massnahme.ts';
import { programmSchema } from '../../schemas/programm.ts';
import { projektSchema } from '../../schemas/projekt.ts';
import { regionalbudgetSchema } from '../../schemas/regionalbudget.ts';
import { scheduleFileSchema } from '../../schemas/schedule.ts';
import { siteSchema } from '../../schemas/site.ts';
import type { Issue } from '../validation/issue.ts';
import { strayFileIssues } from '../validation/stray-files.ts';
import { contactIdsOf } from '../data/entry-ids.ts';
import { CHECKED_ROOTS, PLACES, type Place } from '../data/layout.ts';
import type { Entry, KnownIds, ParsedRepo, RegionalbudgetEntry } from '../data/parsed-repo.ts';
import type { FileMemo } from './file-memo.ts';
import { filesBelow } from './repo-files.ts';
import { Reader } from './entry-reader.ts';

export interface ReadRepo {
  repo: ParsedRepo;
  issues: Issue[];
  /** Every file below content/ and data/ (the one walk, see repo-files.ts). */
  files: string[];
  /** The texts of the Markdown files the reader parsed (not those a memo answered), by relative path. */
  texts: ReadonlyMap<string, string>;
}

/** Reads `content/` and `data/` below `root`. */
export function readRepo(root: string, memo?: FileMemo): ReadRepo {
  const r = new Reader(root, memo);
  const regionalbudgets: RegionalbudgetEntry[] = [];
  const known: KnownIds = {
    regionalbudgets: new Set(),
    handlungsfelder: new Set(),
    measures: new Set(),
    programmes: new Set(),
    projects: new Set(),
    news: new Set(),
    contacts: undefined,
  };

  for (const id of r.subdirs(PLACES.regionalbudgets.base)) {
    const dir = `${PLACES.regionalbudgets.base}/${id}`;
    const index = r.list(dir, PLACES.regionalbudgets);
    const rbId = r.knownId(join(root, dir), false);
    const handlungsfelder = r.markdownEntries(`${dir}/handlungsfelder`, PLACES.handlungsfelder, handlungsfeldSchema, known.handlungsfelder, `${rbId}/`);
    const measures = r.markdownEntries(`${dir}/massnahmen`, PLACES.massnahmen, massnahmeSchema, known.measures, `${rbId}/`);
    if (index.length !== 1) {
      r.issues.push({
        severity: 'error',
        file: dir,
        message: index.length === 0 ? 'Die Beschreibung des Regionalbudgets fehlt.' : 'Es gibt mehr als eine Beschreibung.',
        expected: `genau eine Datei ${dir}/index.mdx (oder index.md)`,
        found: index.length === 0 ? 'keine' : index.map((p) => r.rel(p)).join(', '),
      });
      if (index.length > 1) known.regionalbudgets.add(rbId);
      continue;
    }
    known.regionalbudgets.add(rbId);
    const slugOk = r.idOf(join(root, dir), false);
    const entry = r.load(index[0] as string, regionalbudgetSchema, 'markdown');
    if (!slugOk || !entry) continue;
    regionalbudgets.push({ ...entry, id, handlungsfelder, measures });
  }

  const jsonEntries = <S extends z.ZodType>(place: Place, schema: S) =>
    r.list(place.base, place).flatMap((path) => {
      const id = r.idOf(path);
      const entry = r.load(path, schema, 'json');
      return id && entry ? [{ ...entry, id }] : [];
    });

  const siteFile = join(root, PLACES.site.label);
  const contactsFile = join(root, PLACES.kontakte.label);
  const missing = (file: string) =>
    r.issues.push({ severity: 'error', file, message: 'Die Datei fehlt.', expected: `die Datei ${file}`, found: 'keine Datei' });
  if (!existsSync(siteFile)) missing(PLACES.site.label);
  if (!existsSync(contactsFile)) missing(PLACES.kontakte.label);

  let contacts: Entry<{ contacts: Kontakt[] }> | undefined;
  if (existsSync(contactsFile)) {
    const { file, source } = r.parse(contactsFile, 'json');
    contacts = source ? r.validate(file, source, kontakteFileSchema) : undefined;
    if (contacts) known.contacts = new Set(contacts.data.contacts.map((c) => c.id));
    else if (source) known.contacts = contactIdsOf(source.data);
  } else known.contacts = new Set();

  const repo: ParsedRepo = {
    site: existsSync(siteFile) ? r.load(siteFile, siteSchema, 'json') : undefined,
    contacts,
    programmes: r.markdownEntries(PLACES.programme.base, PLACES.programme, programmSchema, known.programmes),
    projects: r.markdownEntries(PLACES.projekte.base, PLACES.projekte, projektSchema, known.projects),
    news: r.markdownEntries(PLACES.aktuelles.base, PLACES.aktuelles, aktuellesSchema, known.news),
    regionalbudgets,
    budgets: jsonEntries(PLACES.budgets, budgetFileSchema),
    schedules: jsonEntries(PLACES.schedules, scheduleFileSchema),
    known,
  };
  const { files, broken } = filesBelow(root, CHECKED_ROOTS);
  r.issues.push(...strayFileIssues(files, broken));
  return { repo, issues: r.issues, files, texts: r.texts };
}

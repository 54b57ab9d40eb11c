/**
 * Reads every content and data file once, parses it and checks it against its schema. Files with problems
 * are reported and left out, so the cross-checks that follow see only well-formed entries; their ids are
 * still recorded in `known`, so a reference to a broken file is not reported a second time.
 * Which files are read comes from ./layout.ts; every other file is reported by strayFileIssues.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
import { checkSchema } from '../validation/schema-issues.ts';
import { bodyCharacterIssue } from '../validation/body-characters.ts';
import { normaliseText, parseFrontmatterSource, parseJsonSource, type ParsedSource } from '../validation/source.ts';
import { strayFileIssues } from '../validation/stray-files.ts';
import { contactIdsOf, idOfName, knownIdOfName } from '../data/entry-ids.ts';
import { CHECKED_ROOTS, extensionOf, isVisibleName, PLACES, type Place } from '../data/layout.ts';
import type { Entry, KnownIds, ParsedRepo, RegionalbudgetEntry } from '../data/parsed-repo.ts';
import type { FileMemo } from './file-memo.ts';
import { filesBelow } from './repo-files.ts';

/** Names the schemas in memo keys (an entry checked against one schema is no answer for another). */
const schemaIds = new WeakMap<z.ZodType, number>();
let schemaCount = 0;
function schemaId(schema: z.ZodType): number {
  let id = schemaIds.get(schema);
  if (id === undefined) schemaIds.set(schema, (id = ++schemaCount));
  return id;
}

class Reader {
  readonly issues: Issue[] = [];
  /** The text of each Markdown file read, by path relative to the root, for the body checks. */
  readonly texts = new Map<string, string>();
  readonly root: string;
  readonly memo: FileMemo | undefined;
  constructor(root: string, memo?: FileMemo) {
    this.root = root;
    this.memo = memo;
  }

  rel(path: string): string {
    // the reader's paths are joined below the root: a slice is enough (path.relative resolved each one)
    const prefix = this.root.endsWith(sep) ? this.root : this.root + sep;
    const rel = path.startsWith(prefix) && !path.includes(`${sep}..`) ? path.slice(prefix.length) : relative(this.root, path);
    return sep === '/' ? rel : rel.split(sep).join('/');
  }

  /** Files of `dir` that `place` reads (its last segment: a fixed stem or any visible name). */
  list(dir: string, place: Place): string[] {
    const abs = join(this.root, dir);
    if (!existsSync(abs)) return [];
    const stem = place.segments.at(-1);
    return readdirSync(abs, { withFileTypes: true })
      .filter((entry) => {
        const name = entry.name;
        const ext = isVisibleName(name) ? extensionOf(name, place) : undefined;
        if (!ext || (stem !== '*' && name !== `${stem}.${ext}`)) return false;
        return entry.isFile() || (entry.isSymbolicLink() && statSync(join(abs, name), { throwIfNoEntry: false })?.isFile() === true);
      })
      .map((entry) => entry.name)
      .sort()
      .map((name) => join(abs, name));
  }

  subdirs(dir: string): string[] {
    const abs = join(this.root, dir);
    if (!existsSync(abs)) return [];
    return readdirSync(abs, { withFileTypes: true })
      .filter((entry) => isVisibleName(entry.name) && (entry.isDirectory() || (entry.isSymbolicLink() && statSync(join(abs, entry.name), { throwIfNoEntry: false })?.isDirectory() === true)))
      .map((entry) => entry.name)
      .sort();
  }

  /** The id of a file (see idOfName), or undefined with the issue recorded. */
  idOf(path: string, strip = true): string | undefined {
    const result = idOfName(path.split(sep).at(-1) ?? '', strip, this.rel(path));
    if ('issue' in result) {
      this.issues.push(result.issue);
      return undefined;
    }
    return result.id;
  }

  knownId(path: string, strip = true): string {
    return knownIdOfName(path.split(sep).at(-1) ?? '', strip);
  }

  parse(path: string, kind: 'json' | 'markdown'): { file: string; source?: ParsedSource } {
    const file = this.rel(path);
    const text = readFileSync(path, 'utf8');
    if (kind === 'markdown') this.texts.set(file, text);
    const parsed = kind === 'json' ? parseJsonSource(file, text) : parseFrontmatterSource(file, text);
    if (!parsed.ok) {
      this.issues.push(parsed.issue);
      return { file };
    }
    const body = parsed.source.body;
    const bodyIssue = body === undefined ? undefined : bodyCharacterIssue(file, () => normaliseText(text), body);
    if (bodyIssue) this.issues.push(bodyIssue);
    return { file, source: parsed.source };
  }

  load<S extends z.ZodType>(path: string, schema: S, kind: 'json' | 'markdown'): Entry<z.output<S>> | undefined {
    if (this.memo) {
      const { entry, issues } = this.memo.get(path, `load:${kind}:${schemaId(schema)}`, () => {
        const from = this.issues.length;
        const loaded = this.loadNow(path, schema, kind);
        return { entry: loaded, issues: this.issues.splice(from) };
      });
      this.issues.push(...issues);
      return entry;
    }
    return this.loadNow(path, schema, kind);
  }

  loadNow<S extends z.ZodType>(path: string, schema: S, kind: 'json' | 'markdown'): Entry<z.output<S>> | undefined {
    const { file, source } = this.parse(path, kind);
    return source ? this.validate(file, source, schema) : undefined;
  }

  validate<S extends z.ZodType>(file: string, source: ParsedSource, schema: S): Entry<z.output<S>> | undefined {
    const result = checkSchema(schema, file, source);
    if (!result.ok) {
      this.issues.push(...result.issues);
      return undefined;
    }
    return { id: '', file, data: result.data, locate: source.locate };
  }

  /** Valid entries of `dir`; the ids of all its files (valid or not) go into `known`. */
  markdownEntries<S extends z.ZodType>(dir: string, place: Place, schema: S, known: Set<string>, prefix = ''): Entry<z.output<S>>[] {
    const out: Entry<z.output<S>>[] = [];
    for (const path of this.list(dir, place)) {
      known.add(`${prefix}${this.knownId(path)}`);
      const id = this.idOf(path);
      const entry = this.load(path, schema, 'markdown');
      if (id && entry) out.push({ ...entry, id });
    }
    return out;
  }
}

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

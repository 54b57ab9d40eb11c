/**
 * Reading the files of one folder of the repo: which files a place admits, their ids, and each file parsed
 * and checked against its schema (through the dev server's memo when there is one). Problems go into
 * `issues`; a broken file is left out. What is read where: read-repo.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import type { Issue } from '../validation/issue.ts';
import { checkSchema } from '../validation/schema-issues.ts';
import { bodyCharacterIssue } from '../validation/body-characters.ts';
import { normaliseText, parseFrontmatterSource, parseJsonSource, type ParsedSource } from '../validation/source.ts';
import { idOfName, knownIdOfName } from '../data/entry-ids.ts';
import { extensionOf, isVisibleName, type Place } from '../data/layout.ts';
import type { Entry } from '../data/parsed-repo.ts';
import type { FileMemo } from './file-memo.ts';

/** Names the schemas in memo keys (an entry checked against one schema is no answer for another). */
const schemaIds = new WeakMap<z.ZodType, number>();
let schemaCount = 0;
function schemaId(schema: z.ZodType): number {
  let id = schemaIds.get(schema);
  if (id === undefined) schemaIds.set(schema, (id = ++schemaCount));
  return id;
}

/** Lists, parses and schema-checks the files of one folder, recording every problem in `issues`. */
export class Reader {
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

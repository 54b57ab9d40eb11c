/**
 * Reads every content and data file once, parses it and checks it against its schema. Files with problems
 * are reported and left out, so the cross-checks that follow see only well-formed entries.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { aktuellesSchema } from '../../schemas/aktuelles.ts';
import { budgetFileSchema } from '../../schemas/budget.ts';
import { handlungsfeldSchema } from '../../schemas/handlungsfeld.ts';
import { kontakteFileSchema } from '../../schemas/kontakt.ts';
import { massnahmeSchema } from '../../schemas/massnahme.ts';
import { programmSchema } from '../../schemas/programm.ts';
import { projektSchema } from '../../schemas/projekt.ts';
import { regionalbudgetSchema } from '../../schemas/regionalbudget.ts';
import { scheduleFileSchema } from '../../schemas/schedule.ts';
import { siteSchema } from '../../schemas/site.ts';
import { SLUG_PATTERN } from '../slug.ts';
import type { Issue } from '../validation/issue.ts';
import { checkSchema } from '../validation/schema-issues.ts';
import { parseFrontmatterSource, parseJsonSource, type ParsedSource } from '../validation/source.ts';
import type { Entry, ParsedProject, RegionalbudgetEntry } from './parsed-project.ts';

const MARKDOWN = /\.(md|mdx)$/;

class Reader {
  readonly issues: Issue[] = [];
  readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  rel(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }

  list(dir: string, pattern: RegExp): string[] {
    const abs = join(this.root, dir);
    if (!existsSync(abs)) return [];
    return readdirSync(abs)
      .filter((name) => pattern.test(name) && statSync(join(abs, name)).isFile())
      .sort()
      .map((name) => join(abs, name));
  }

  subdirs(dir: string): string[] {
    const abs = join(this.root, dir);
    if (!existsSync(abs)) return [];
    return readdirSync(abs)
      .filter((name) => statSync(join(abs, name)).isDirectory())
      .sort();
  }

  /** The id of a file is its name without extension; it becomes part of a URL, so it must be a slug. */
  idOf(path: string, strip: RegExp = MARKDOWN): string | undefined {
    const name = path.split(sep).at(-1) ?? '';
    const id = name.replace(strip, '');
    if (SLUG_PATTERN.test(id)) return id;
    this.issues.push({
      severity: 'error',
      file: this.rel(path),
      message: 'Der Dateiname ist als Adresse (URL) nicht verwendbar.',
      expected: 'nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, Umlaute umschrieben (ä → ae, ß → ss)',
      found: `„${name}“`,
    });
    return undefined;
  }

  load<S extends z.ZodType>(path: string, schema: S, kind: 'json' | 'markdown'): Entry<z.output<S>> | undefined {
    const file = this.rel(path);
    const text = readFileSync(path, 'utf8');
    const parsed = kind === 'json' ? parseJsonSource(file, text) : parseFrontmatterSource(file, text);
    if (!parsed.ok) {
      this.issues.push(parsed.issue);
      return undefined;
    }
    return this.validate(file, parsed.source, schema);
  }

  validate<S extends z.ZodType>(file: string, source: ParsedSource, schema: S): Entry<z.output<S>> | undefined {
    const result = checkSchema(schema, file, source);
    if (!result.ok) {
      this.issues.push(...result.issues);
      return undefined;
    }
    return { id: '', file, data: result.data, locate: source.locate };
  }

  markdownEntries<S extends z.ZodType>(dir: string, schema: S): Entry<z.output<S>>[] {
    const out: Entry<z.output<S>>[] = [];
    for (const path of this.list(dir, MARKDOWN)) {
      const id = this.idOf(path);
      const entry = this.load(path, schema, 'markdown');
      if (id && entry) out.push({ ...entry, id });
    }
    return out;
  }
}

/** Reads `content/` and `data/` below `root`. */
export function readProject(root: string): { project: ParsedProject; issues: Issue[] } {
  const r = new Reader(root);
  const regionalbudgets: RegionalbudgetEntry[] = [];

  for (const id of r.subdirs('content/regionalbudgets')) {
    const dir = `content/regionalbudgets/${id}`;
    const index = r.list(dir, /^index\.(md|mdx)$/);
    if (index.length !== 1) {
      r.issues.push({
        severity: 'error',
        file: dir,
        message: index.length === 0 ? 'Die Beschreibung des Regionalbudgets fehlt.' : 'Es gibt mehr als eine Beschreibung.',
        expected: `genau eine Datei ${dir}/index.mdx (oder index.md)`,
        found: index.length === 0 ? 'keine' : index.map((p) => r.rel(p)).join(', '),
      });
      continue;
    }
    const slugOk = r.idOf(join(root, dir), /$^/);
    const entry = r.load(index[0] as string, regionalbudgetSchema, 'markdown');
    const handlungsfelder = r.markdownEntries(`${dir}/handlungsfelder`, handlungsfeldSchema);
    const massnahmen = r.markdownEntries(`${dir}/massnahmen`, massnahmeSchema);
    if (!slugOk || !entry) continue;
    regionalbudgets.push({ ...entry, id, handlungsfelder, massnahmen });
  }

  const jsonEntries = <S extends z.ZodType>(dir: string, schema: S) =>
    r.list(dir, /\.json$/).flatMap((path) => {
      const id = r.idOf(path, /\.json$/);
      const entry = r.load(path, schema, 'json');
      return id && entry ? [{ ...entry, id }] : [];
    });

  const siteFile = join(root, 'data/site.json');
  const contactsFile = join(root, 'data/kontakte.json');
  const missing = (file: string) =>
    r.issues.push({ severity: 'error', file, message: 'Die Datei fehlt.', expected: `die Datei ${file}`, found: 'keine Datei' });
  if (!existsSync(siteFile)) missing('data/site.json');
  if (!existsSync(contactsFile)) missing('data/kontakte.json');

  const project: ParsedProject = {
    site: existsSync(siteFile) ? r.load(siteFile, siteSchema, 'json') : undefined,
    contacts: existsSync(contactsFile) ? r.load(contactsFile, kontakteFileSchema, 'json') : undefined,
    programmes: r.markdownEntries('content/programme', programmSchema),
    projects: r.markdownEntries('content/projekte', projektSchema),
    news: r.markdownEntries('content/aktuelles', aktuellesSchema),
    regionalbudgets,
    budgets: jsonEntries('data/budgets', budgetFileSchema),
    schedules: jsonEntries('data/schedules', scheduleFileSchema),
  };
  return { project, issues: r.issues };
}

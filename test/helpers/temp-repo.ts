/**
 * A temporary copy of test/fixtures/valid (or of the repository's own content and data), changed in one place
 * and checked in-process with validateRepo (no child process per case).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import type { ValidationResult } from '../../src/lib/data/validate-repo.ts';

export const FIXTURE = fileURLToPath(new URL('../fixtures/valid', import.meta.url));
export const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
/** Paths of files in test/fixtures/valid that tests change, relative to the fixture. */
const RB = 'content/regionalbudgets/test-2023';
export const FIXTURE_FILES = {
  RB,
  INDEX: `${RB}/index.mdx`,
  KAMPAGNE: `${RB}/massnahmen/kampagne.md`,
  MESSE: `${RB}/massnahmen/messe.md`,
  TREFFPUNKT: `${RB}/massnahmen/treffpunkt.md`,
  BUDGET: 'data/budgets/test-2023.json',
  SCHEDULE: 'data/schedules/test-2023.json',
  KONTAKTE: 'data/kontakte.json',
  SITE: 'data/site.json',
  NEWS: 'content/aktuelles/2023-03-14-auftakt.md',
  NEWS_UNDATED: 'content/aktuelles/ohne-datum.md',
  PROJECT: 'content/projekte/beispielprojekt.mdx',
} as const;
const temps: string[] = [];

/** Removes every temporary project (call from afterAll). */
export function removeTempRepos(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export class TempRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 'rb-fixture-'));
  /** `parts`: copy only these folders of `source` (the repository is more than its content). */
  constructor(source = FIXTURE, parts?: string[]) {
    temps.push(this.dir);
    if (!parts) cpSync(source, this.dir, { recursive: true });
    for (const part of parts ?? []) cpSync(join(source, part), join(this.dir, part), { recursive: true });
  }
  /** The repository's content and data: everything validateRepo reads. */
  static ofRepository(): TempRepo {
    return new TempRepo(REPOSITORY, ['content', 'data']);
  }
  read(rel: string): string {
    return readFileSync(join(this.dir, rel), 'utf8');
  }
  write(rel: string, text: string): this {
    mkdirSync(dirname(join(this.dir, rel)), { recursive: true });
    writeFileSync(join(this.dir, rel), text);
    return this;
  }
  /** Replaces text that must be there, so a changed fixture cannot make a test pass silently. */
  replace(rel: string, from: string | RegExp, to: string): this {
    const text = this.read(rel);
    if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`„${String(from)}“ steht nicht in ${rel}`);
    return this.write(rel, text.replace(from, to));
  }
  rename(rel: string, to: string): this {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    renameSync(join(this.dir, rel), join(this.dir, to));
    return this;
  }
  json(rel: string, change: (data: any) => void): this {
    const data = JSON.parse(this.read(rel));
    change(data);
    return this.write(rel, `${JSON.stringify(data, null, 2)}\n`);
  }
  /** 1-based number of the first line containing `needle`. */
  lineOf(rel: string, needle: string): number {
    const index = this.read(rel).split('\n').findIndex((l) => l.includes(needle));
    if (index < 0) throw new Error(`„${needle}“ steht nicht in ${rel}`);
    return index + 1;
  }
  validate(): ValidationResult {
    return validateRepo(this.dir);
  }
}

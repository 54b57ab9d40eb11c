/**
 * The editors' commands as real processes, once each: exit codes, which stream a message goes to, and that
 * they run from another working directory. Everything else about them is tested in-process in test/unit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE, TempRepo, removeTempRepos } from '../helpers/temp-repo.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NODE = join(REPO, 'node_modules/.bin/node');
afterAll(removeTempRepos);

const copyOfFixture = (): string => new TempRepo().dir;

const run = (script: string, args: string[], cwd = REPO) => spawnSync(NODE, [join(REPO, script), ...args], { cwd, encoding: 'utf8' });

describe('npm run check (scripts/check.ts)', () => {
  it('exits 0 on a valid project and prints the summary on stdout', () => {
    const r = run('scripts/check.ts', [FIXTURE]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/: 0 Fehler, 0 Warnungen, \d+ Hinweise\.\n$/);
    // Only notices (the fixture's two terms disagree on purpose), each clickable as file:line:column.
    for (const line of r.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^\S+:\d+:\d+ Hinweis/);
  });

  it('checks the working directory when no folder is given', () => {
    const r = run('scripts/check.ts', [], FIXTURE);
    expect(r.status, r.stderr).toBe(0);
  });

  it('exits 1 on a broken file, with the message on stderr', () => {
    const dir = copyOfFixture();
    writeFileSync(join(dir, 'data/kontakte.json'), '{ "kontakte": [ nicht JSON ] }\n');
    const r = run('scripts/check.ts', [dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^data\/kontakte\.json:\d+:\d+ Fehler/m);
    expect(r.stderr).toContain('Die Inhalte sind nicht gültig.');
  });
});

describe('npm run neu (scripts/neu.ts)', () => {
  it('creates a file (exit 0) and refuses to overwrite it (exit 1, stderr)', () => {
    const dir = copyOfFixture();
    const args = ['aktuelles', 'Ein Termin', '--datum', '2024-05-02', '--zusammenfassung', 'Ein Treffen.', '--root', dir];
    const first = run('scripts/neu.ts', args);
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(join(dir, 'content/aktuelles/2024-05-02-ein-termin.md'))).toBe(true);
    const second = run('scripts/neu.ts', args);
    expect(second.status).toBe(1);
    expect(second.stderr).not.toBe('');
  });

  it('prints the usage on stderr and exits 1 without arguments', () => {
    const r = run('scripts/neu.ts', []);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Neue Inhalte anlegen');
  });
});

/**
 * `dist` never goes missing or half-built: a build killed (SIGKILL, whole process group, as a CI timeout or
 * Ctrl-C does) at every phase leaves the previous site complete and served, changes no tracked file, and its
 * leftovers disappear with the next build. `dist` is polled every few milliseconds while each build runs.
 * The build stops at a phase through RB_BUILD_PAUSE_AT (src/integrations/build-pause.ts), a test-only hook.
 * Uses the small fixture project with a copy of deploy/nginx.conf. The switch from a plain dist/ folder to the link
 * is covered by safe-build.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildArgs as buildArgsOf, buildEnv, buildRepo, ROOT } from '../helpers/site.ts';

const root = mkdtempSync(join(tmpdir(), 'rb-build-swap-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(ROOT, 'test/fixtures/valid'), root, { recursive: true });
mkdirSync(join(root, 'deploy'));
const conf = join(root, 'deploy', 'nginx.conf');
// Out of date on purpose (wrong host name): only a successful build may rewrite it.
const STALE = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8').replaceAll('server_name regionalbudget-portal.example;', 'server_name veraltet.example;');
const out = join(root, 'site', 'dist');

const env = buildEnv(root);
const buildArgs = buildArgsOf(root, out);
const tracked = () => spawnSync('git', ['status', '--porcelain', '--', 'deploy', 'public'], { cwd: ROOT, encoding: 'utf8' }).stdout;

function build(): void {
  const result = buildRepo(root, out);
  expect(result.status, result.stdout + result.stderr).toBe(0);
}

/** What a complete site has; the index page must be the one of the published build. */
function complete(index: string): string | undefined {
  try {
    if (readFileSync(join(out, 'index.html'), 'utf8') !== index) return 'index.html ist nicht die veröffentlichte Fassung';
    for (const file of ['404.html', 'sitemap.xml', 'pagefind/pagefind.js', 'daten/massnahmen.csv', 'impressum/index.html']) {
      if (!existsSync(join(out, file))) return `${file} fehlt`;
    }
    return undefined;
  } catch (error) {
    return String(error);
  }
}

const leftovers = () => readdirSync(join(root, 'site')).filter((f) => f !== 'dist');

/** Starts a build that pauses at `phase`, polls dist meanwhile, kills the build's process group when it paused. */
async function killedAt(phase: string, index: string): Promise<{ polls: number; problems: string[] }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/node'), buildArgs, { cwd: ROOT, env: { ...env, RB_BUILD_PAUSE_AT: phase }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const problems: string[] = [];
  let polls = 0;
  const deadline = Date.now() + 240_000;
  while (!output.includes(`RB_BUILD_PAUSED ${phase}`)) {
    if (child.exitCode !== null) throw new Error(`Build endete vor der Phase ${phase}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`Phase ${phase} nicht erreicht:\n${output}`);
    const problem = complete(index);
    if (problem) problems.push(problem);
    polls++;
    await new Promise((r) => setTimeout(r, 10));
  }
  if (phase !== 'pruefung') expect(leftovers().some((f) => f.startsWith('dist.build-')), `${phase}: ${leftovers().join(', ')}`).toBe(true);
  process.kill(-(child.pid ?? 0), 'SIGKILL');
  await exited;
  return { polls, problems };
}

/** A normal build, with dist polled until it ends. */
async function polledBuild(index: string): Promise<{ polls: number; problems: string[] }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/node'), buildArgs, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const problems: string[] = [];
  let polls = 0;
  while (child.exitCode === null) {
    const problem = complete(index);
    if (problem) problems.push(problem);
    polls++;
    await new Promise((r) => setTimeout(r, 5));
  }
  expect(child.exitCode, output).toBe(0);
  return { polls, problems };
}

it('keeps the previous site complete while builds are killed at every phase; the next build cleans up', async () => {
  writeFileSync(conf, STALE);
  const before = tracked();
  build();
  expect(lstatSync(out).isSymbolicLink()).toBe(true);
  const published = realpathSync(out);
  const index = readFileSync(join(out, 'index.html'), 'utf8');
  expect(complete(index)).toBeUndefined();
  expect(readFileSync(conf, 'utf8')).toContain('server_name test.example;');

  writeFileSync(conf, STALE);
  for (const phase of ['pruefung', 'astro', 'suchindex', 'vorschaubilder', 'tausch']) {
    const { polls, problems } = await killedAt(phase, index);
    console.log(`Abgebrochen in Phase ${phase}: ${polls} Abfragen von dist, ${problems.length} ohne vollständige Website`);
    expect(polls, phase).toBeGreaterThan(0);
    expect(problems, phase).toEqual([]);
    expect(realpathSync(out), phase).toBe(published);
    expect(complete(index), phase).toBeUndefined();
    expect(readFileSync(conf, 'utf8'), `${phase}: deploy/nginx.conf`).toBe(STALE);
    expect(tracked(), `${phase}: git status deploy/ public/`).toBe(before);
    // Each build removed what the killed one before it left; this one left (at most) its own folder.
    const extra = leftovers().filter((f) => join(root, 'site', f) !== published);
    expect(extra.length, `${phase}: ${extra.join(', ')}`).toBe(phase === 'pruefung' ? 0 : 1);
  }
  // Leftovers of builds from before the symlink layout, of processes long gone.
  mkdirSync(join(root, 'site', 'dist.tmp-99999999', 'x'), { recursive: true });
  mkdirSync(join(root, 'site', 'dist.old-99999998'));

  // The successful build swaps the link while dist is polled: the site is complete before, at and after it
  // (same content and build date, so the index page is the same).
  const { polls, problems } = await polledBuild(index);
  console.log(`Erfolgreicher Build: ${polls} Abfragen von dist, ${problems.length} ohne vollständige Website`);
  expect(problems).toEqual([]);
  const next = realpathSync(out);
  expect(next).not.toBe(published);
  // The previous folder is deleted in the background after the swap (removeInBackground): wait for it.
  for (let i = 0; i < 600 && leftovers().length > 1; i++) await new Promise((r) => setTimeout(r, 100));
  expect(leftovers()).toEqual([next.split('/').pop()]);
  expect(readFileSync(conf, 'utf8')).toContain('server_name test.example;');
  expect(tracked()).toBe(before);
}, 900_000);

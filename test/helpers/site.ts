/** Access to the site built by scripts/test.ts (or built here when a test file runs alone). */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEntities } from '../../src/lib/html-entities.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = process.env['RB_TEST_DIST'] ?? join(ROOT, '.cache', 'test-dist');
export const BUILD_DATE = process.env['RB_BUILD_DATE'] ?? '2023-06-15';

/** The environment of a test build of the project at `root`, with its own Astro and share-image caches. */
export function buildEnv(root: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    RB_BUILD_DATE: BUILD_DATE,
    RB_CACHE_DIR: join(root, '.astro-cache'),
    RB_OG_CACHE_DIR: join(root, '.og-cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    ...extra,
  };
}

/** The arguments of scripts/build.ts for the project at `root`, built into `out`. */
export const buildArgs = (root: string, out: string): string[] => ['scripts/build.ts', '--root', root, '--out', out];

/** Runs `npm run build` on the project at `root` into `out`, as a process, and waits for it. */
export function buildRepo(root: string, out: string): SpawnSyncReturns<string> {
  return spawnSync(join(ROOT, 'node_modules/.bin/node'), buildArgs(root, out), { cwd: ROOT, encoding: 'utf8', env: buildEnv(root) });
}

/** Builds the site once if no test build exists (running a single test file directly). */
export function ensureBuilt(): void {
  if (existsSync(join(DIST, 'index.html'))) return;
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts', '--out', DIST], {
    cwd: ROOT,
    env: { ...process.env, RB_BUILD_DATE: BUILD_DATE, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Der Test-Build ist fehlgeschlagen');
}

/** HTML of a built page by URL path ("/regionalbudgets/x/" → dist/regionalbudgets/x/index.html). */
export function page(path: string): string {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return readFileSync(file, 'utf8');
}

export function exists(path: string): boolean {
  return existsSync(path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path));
}

/** Visible text of HTML (tags removed, entities decoded, soft hyphens left out, whitespace collapsed). */
export function text(html: string): string {
  const withoutTags = html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<span class="amount">([^<]*)<\/span>/g, '$1')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(withoutTags)
    // Soft hyphens only mark where a long word may break on screen (src/lib/typography.ts).
    .replace(/\u00ad/g, '')
    .replace(/[ \t\r\n]+/g, ' ');
}

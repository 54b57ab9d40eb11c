/**
 * A failed build never leaves a half-built site: scripts/build.ts builds into a version folder and switches
 * the dist link to it only when validation, Astro and the search index all succeeded (killed builds:
 * build-swap.test.ts). Proven on copies of the real
 * content in a temporary repo root (`--root`), each with an existing dist/ that holds a marker file.
 */
import { appendFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRepo, ROOT } from '../helpers/site.ts';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A copy of content/ and data/ with a previous dist/ containing a marker. */
function project(): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'rb-safe-build-'));
  temps.push(root);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'marker.txt'), 'vorige Veröffentlichung');
  return { root, dist };
}

const build = buildRepo;

function expectUntouched(root: string, dist: string) {
  expect(readdirSync(dist)).toEqual(['marker.txt']);
  expect(readFileSync(join(dist, 'marker.txt'), 'utf8')).toBe('vorige Veröffentlichung');
  expect(readdirSync(root).filter((f) => f.startsWith('dist.'))).toEqual([]);
}

describe('a failed build leaves the previous dist/ as it was', () => {
  it('when the content check fails (invalid budget file)', () => {
    const { root, dist } = project();
    const budgets = join(root, 'data', 'budgets');
    const file = readdirSync(budgets).find((f) => f.endsWith('.json'));
    if (!file) throw new Error('Keine Budgetdatei in data/budgets/');
    writeFileSync(join(budgets, file), '{ "regionalbudget": ');
    const result = build(root, dist);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toContain('Build abgebrochen');
    expect(result.stderr).toContain('bleibt unverändert');
    expectUntouched(root, dist);
  });

  it('when the Astro build fails (a missing local image, which only the Astro step resolves)', () => {
    const { root, dist } = project();
    // MDX syntax errors no longer get this far: `npm run check` compiles MDX bodies.
    appendFileSync(join(root, 'content', 'projekte', 'region-der-mitte.mdx'), '\n\n![Karte](./fehlt.png)\n');
    const result = build(root, dist);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stdout + result.stderr).toContain('region-der-mitte.mdx');
    expect(result.stderr).toContain('Build fehlgeschlagen');
    expectUntouched(root, dist);
  });
});

it('replaces dist/ as a whole when the build succeeds', async () => {
  const { root, dist } = project();
  const result = build(root, dist);
  expect(result.status, result.stdout + result.stderr).toBe(0);
  expect(existsSync(join(dist, 'index.html'))).toBe(true);
  expect(existsSync(join(dist, 'pagefind'))).toBe(true);
  expect(existsSync(join(dist, 'marker.txt'))).toBe(false);
  // dist is now a link to the one version folder; the old folder is gone (deleted in the background).
  expect(lstatSync(dist).isSymbolicLink()).toBe(true);
  const versions = () => readdirSync(root).filter((f) => f.startsWith('dist.'));
  for (let i = 0; i < 600 && versions().length > 1; i++) await new Promise((r) => setTimeout(r, 100));
  expect(versions()).toEqual([basename(realpathSync(dist))]);
}, 300_000);

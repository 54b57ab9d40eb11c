/**
 * The benchmark path at a small size (20 Regionalbudgets × 10 measures, 20 news), so that it is always
 * exercised: generator → real build (cold, then warm after one change) → floor (scripts/bench/floor/) →
 * report. The large runs (400 × 25) are the benchmark itself, not a test: docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../../scripts/bench/run.ts';
import { chromiumPath } from '../helpers/chromium.ts';
import { BUILD_DATE, ROOT } from '../helpers/site.ts';

const RB = 20;
const MEASURES = 10;
const NEWS = 20;
let work = '';
let report: BenchReport;
let output = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'rb-bench-test-'));
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/node'),
    ['scripts/bench/run.ts', '--regionalbudgets', String(RB), '--measures', String(MEASURES), '--news', String(NEWS), '--work', work, '--keep', '--json', join(work, 'report.json'), '--quiet'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, RB_BUILD_DATE: BUILD_DATE, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
    },
  );
  output = result.stdout + result.stderr;
  if (result.status !== 0) throw new Error(`npm run bench endete mit ${result.status}:\n${output.slice(-4000)}`);
  report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as BenchReport;
  // Four builds, Pagefind over the floor twice and the first search in Chromium; on two shared cores, next to
  // the other build tests, the builds alone took up to 340 s.
}, 900_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run bench at 20 × 10', () => {
  it('prints the figures the issue asks for', () => {
    for (const label of ['npm run check:', 'voll, kalt', 'voll, warm', 'Boden, kalt', 'Boden, warm', 'Verhältnis voll/Boden', 'Peak RSS']) expect(output).toContain(label);
    expect(report.size).toEqual({ regionalbudgets: RB, measures: MEASURES, news: NEWS, seed: 1 });
    expect(report.entries).toBe(RB * 5 + RB * MEASURES + NEWS + 1);
    for (const build of [report.full.cold, report.full.warm, report.floor?.cold, report.floor?.warm]) {
      expect(build?.seconds).toBeGreaterThan(0);
      expect(build?.peakTreeMb).toBeGreaterThan(0);
    }
    expect(Object.keys(report.full.cold.phases ?? {})).toEqual(expect.arrayContaining(['Prüfung', 'Astro', 'Suchindex', 'Vorschaubilder']));
    expect(report.ratios?.cold).toBeGreaterThan(0);
    expect(report.check.reported).toBeGreaterThan(0);
  });

  it('builds a page per measure, a short link per numbered measure, a page per news item, and a search index', () => {
    const dist = join(work, 'full-dist');
    const root = join(work, 'content-root');
    for (const rb of readdirSync(join(root, 'content', 'regionalbudgets'))) {
      const slugs = readdirSync(join(root, 'content', 'regionalbudgets', rb, 'massnahmen')).map((f) => f.replace(/\.mdx?$/, ''));
      expect(slugs).toHaveLength(MEASURES);
      for (const slug of slugs) expect(existsSync(join(dist, 'regionalbudgets', rb, 'massnahmen', slug, 'index.html')), `${rb}/${slug}`).toBe(true);
      for (let n = 1; n <= MEASURES; n++) expect(readFileSync(join(dist, 'regionalbudgets', rb, 'massnahmen', String(n), 'index.html'), 'utf8')).toContain('http-equiv="refresh"');
    }
    expect(readdirSync(join(dist, 'aktuelles')).filter((d) => existsSync(join(dist, 'aktuelles', d, 'index.html')))).toHaveLength(NEWS);
    expect(report.full.cold.dist.redirectPages).toBeGreaterThanOrEqual(RB * MEASURES);
    expect(report.full.cold.dist.pages).toBeGreaterThan(RB * MEASURES + NEWS);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(report.full.cold.dist.searchFiles).toBeGreaterThan(0);
    expect(report.full.cold.dist.p95GzipHtml).toBeGreaterThan(0);
  });

  it('measures the first search on a phone and a desktop; the phone loads no filter file for it', () => {
    // scripts/bench/run.ts measures it whenever Chromium is installed (CI installs it).
    expect(report.firstSearch === undefined).toBe(chromiumPath() === undefined);
    for (const r of report.firstSearch ?? []) {
      expect(r.list.map((q) => q.url)).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']));
      expect(r.list.some((q) => q.url.endsWith('.pf_meta') && q.beforeResults)).toBe(true);
      expect(r.bytes).toBeGreaterThan(20_000);
      expect(r.bytesUntilIdle).toBeGreaterThanOrEqual(r.bytes);
    }
    const phone = report.firstSearch?.find((r) => r.viewport === 'phone');
    expect(phone?.list.filter((q) => q.url.startsWith('/pagefind/filter/')) ?? []).toEqual([]);
    expect(output).toMatch(chromiumPath() ? /Erste Suche „Marketing“ \(Telefon/ : /erste Suche übersprungen/);
  });

  it('the floor includes Pagefind over its pages, as its own phase', () => {
    for (const floor of [report.floor?.cold, report.floor?.warm]) {
      expect(floor?.phases?.['Suchindex']).toBeGreaterThan(0);
      expect(floor?.dist.searchFiles).toBeGreaterThan(report.entries);
    }
  });

  it('warm build reuses the share images; the floor has one page per entry', () => {
    expect(report.full.cold.og?.rendered).toBe(report.full.cold.og?.total);
    expect(report.full.warm?.og?.rendered).toBeLessThanOrEqual(2);
    expect(report.floor?.cold.dist.pages).toBe(report.entries);
  });
});

it('the floor uses the same collections as the site (src/content.config.ts)', () => {
  expect(readFileSync(join(ROOT, 'scripts/bench/floor/src/content.config.ts'), 'utf8')).toContain(
    "export { collections } from '../../../../src/content.config.ts';",
  );
});

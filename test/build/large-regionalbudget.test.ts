/**
 * A Regionalbudget with more measures than a page lists or a chart shows one by one (an own generator may give
 * a few Regionalbudgets of thousands of measures, not 400 of 25: one of 2,500 made its page 3.4 MB, its
 * schedule 60,000 units tall). Generated project of one Regionalbudget with 180 measures in four fields (45
 * each), built with scripts/build.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate.ts';
import { CHART_MEASURES_MAX } from '../../src/charts/from-model.ts';
import { MEASURE_LINKS_MAX } from '../../src/lib/search/browse.ts';
import { BUILD_DATE, ROOT } from '../helpers/site.ts';

const MEASURES = 180;
const work = mkdtempSync(join(tmpdir(), 'rb-large-rb-'));
const root = join(work, 'content-root');
const out = join(work, 'dist');
let rb = '';
let fields: string[] = [];
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const measureLinks = (html: string) => new Set([...html.matchAll(new RegExp(`href="(/regionalbudgets/${rb}/massnahmen/[^"/]+/)"`, 'g'))].map((m) => m[1]));

beforeAll(() => {
  generate(root, { regionalbudgets: 1, measures: MEASURES, news: 4, seed: 3 });
  [rb = ''] = readdirSync(join(root, 'content/regionalbudgets'));
  fields = readdirSync(join(root, 'content/regionalbudgets', rb, 'handlungsfelder')).map((f) => f.replace(/\.mdx?$/, ''));
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts', '--root', root, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => /^(HOME|LANG|LC_\w+|TZ|TMPDIR|CI)$/.test(name))),
      RB_BUILD_DATE: BUILD_DATE,
      RB_CACHE_DIR: join(work, 'cache', 'astro'),
      RB_OG_CACHE_DIR: join(work, 'cache', 'og'),
      ASTRO_TELEMETRY_DISABLED: '1',
      PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    },
  });
  expect(result.status, (result.stdout + result.stderr).slice(-4000)).toBe(0);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`one Regionalbudget of ${MEASURES} measures`, () => {
  it('is what this test is about: more measures than a page lists, more per field than a chart shows one by one', () => {
    expect(MEASURES).toBeGreaterThan(MEASURE_LINKS_MAX);
    expect(fields).toHaveLength(4);
    expect(MEASURES / fields.length).toBeGreaterThan(CHART_MEASURES_MAX);
  });

  it('its page links each field\'s page for the measures instead of listing them, and counts the running measures per quarter', () => {
    const html = page(`regionalbudgets/${rb}`);
    expect(measureLinks(html).size).toBe(0);
    for (const field of fields) expect(html).toMatch(new RegExp(`<a href="/regionalbudgets/${rb}/handlungsfelder/${field}/">Alle \\d+ Maßnahmen von „`));
    expect(html).toContain(`${MEASURES} Maßnahmen sind zu viele für eine Seite`);
    expect(html).toContain('chart--schedule-counts');
    expect(html).not.toContain('chart--schedule"');
    expect(html).toMatch(new RegExp(`<th scope="row">Maßnahmen insgesamt</th>(<td class="num">\\d+</td>){${fields.length}}<td class="num">${MEASURES}</td>`));
    expect(statSync(join(out, 'regionalbudgets', rb, 'index.html')).size).toBeLessThan(150_000);
  });

  it('each field\'s page lists all its measures, with one budget series and the running measures per quarter', () => {
    let listed = 0;
    for (const field of fields) {
      const html = page(`regionalbudgets/${rb}/handlungsfelder/${field}`);
      const links = measureLinks(html);
      const count = Number(/<h2 id="massnahmen">Maßnahmen \((\d+)\)<\/h2>/.exec(html)?.[1]);
      expect(links.size).toBe(count);
      listed += links.size;
      expect(html).toContain('chart--schedule-counts');
      // One series: the table has the year, the field, the sum.
      const budget = /<caption class="visually-hidden">Budget je Jahr: [^<]*<\/caption>\s*<thead><tr>((?:<th[^>]*>[^<]*<\/th>)+)<\/tr>/.exec(html)?.[1] ?? '';
      expect(budget.match(/<th/g)).toHaveLength(3);
    }
    expect(listed).toBe(MEASURES);
  });

  it('/massnahmen/ and the year pages count the measures per Regionalbudget instead of listing them', () => {
    const pages = ['massnahmen', ...readdirSync(join(out, 'massnahmen/jahr')).map((y) => `massnahmen/jahr/${y}`)];
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      const html = page(p);
      expect(measureLinks(html).size, p).toBe(0);
      expect(html, p).toContain(`<th scope="row"><a href="/regionalbudgets/${rb}/">`);
    }
    expect(page('massnahmen').replaceAll('\u00ad', '')).toContain(`Das Regionalbudget hat ${MEASURES} Maßnahmen, gegliedert in`);
  });
});

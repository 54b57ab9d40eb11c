/**
 * A Regionalbudget with more measures than a page lists or a chart shows one by one (an own generator may give
 * a few Regionalbudgets of thousands of measures, not 400 of 25: one of 2,500 made its page 3.4 MB, its
 * schedule 60,000 units tall). Generated project of one Regionalbudget with 260 measures, changed so that one
 * field has 130 of them and 110 have no field (lists longer than a page: src/lib/pagination.ts), and 230 news
 * items; built with scripts/build.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_MEASURES_MAX } from '../../src/charts/from-model.ts';
import { MEASURE_LINKS_MAX } from '../../src/lib/search/browse.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { RELATED_NEWS_MAX } from '../../src/lib/news.ts';
import { BUILD_DATE, ROOT } from '../helpers/site.ts';
import { generateLongLists, LONG_LISTS } from '../helpers/long-lists.ts';

const { measures: MEASURES, inFirstField: IN_FIRST_FIELD, unassigned: UNASSIGNED, news: NEWS } = LONG_LISTS;
const work = mkdtempSync(join(tmpdir(), 'rb-large-rb-'));
const root = join(work, 'content-root');
const out = join(work, 'dist');
let rb = '';
let fields: string[] = [];
/** Measure page URLs by field ('' for none), from the content files. */
let byField = new Map<string, Set<string>>();
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const measureLinks = (html: string) => new Set([...html.matchAll(new RegExp(`href="(/regionalbudgets/${rb}/massnahmen/[^"/]+/)"`, 'g'))].map((m) => m[1]!));
/** The measure links of every page of a paged list, page by page, following its "Nächste" links. */
function pagedList(base: string): Set<string>[] {
  const pages: Set<string>[] = [];
  let url: string | undefined = base;
  while (url) {
    const html = page(url);
    pages.push(measureLinks(html));
    url = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
    expect(pages.length).toBeLessThan(50);
  }
  return pages;
}

beforeAll(() => {
  ({ rb, fields, byField } = generateLongLists(root));
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
  it('is what this test is about: lists longer than a page, more measures per field than a chart shows one by one', () => {
    expect(MEASURE_LINKS_MAX).toBe(PAGE_SIZE);
    expect(MEASURES).toBeGreaterThan(MEASURE_LINKS_MAX);
    expect(fields).toHaveLength(4);
    expect(byField.get(fields[0]!)?.size).toBeGreaterThanOrEqual(IN_FIRST_FIELD);
    expect(byField.get('')?.size).toBe(UNASSIGNED);
    for (const n of [IN_FIRST_FIELD, UNASSIGNED, NEWS]) expect(n).toBeGreaterThan(PAGE_SIZE);
    expect(IN_FIRST_FIELD).toBeGreaterThan(CHART_MEASURES_MAX);
  });

  it('its page links each field\'s page, lists the first page of the measures without a field and links the rest', () => {
    const html = page(`regionalbudgets/${rb}`);
    for (const field of fields) {
      const n = byField.get(field)?.size ?? 0;
      if (n > 0) expect(html).toMatch(new RegExp(`<a href="/regionalbudgets/${rb}/handlungsfelder/${field}/">${n === 1 ? 'Die Maßnahme' : `Alle ${n} Maßnahmen`} von „`));
    }
    // The only measures listed are the first 100 without a field.
    const listed = measureLinks(html);
    expect(listed.size).toBe(PAGE_SIZE);
    for (const url of listed) expect(byField.get('')?.has(url), url).toBe(true);
    expect(html).toContain(`Hier stehen die ersten ${PAGE_SIZE} von ${UNASSIGNED} Maßnahmen.`);
    expect(html).toContain(`<a href="/massnahmen/ohne-zuordnung/${rb}/">Alle ${UNASSIGNED} Maßnahmen ohne Zuordnung</a>`);
    expect(html).toContain(`<a href="/massnahmen/ohne-zuordnung/${rb}/seite/2/">`);
    expect(page(`/massnahmen/ohne-zuordnung/${rb}/seite/2/`)).toMatch(/<h1>Maßnahmen ohne Zuordnung – Seite\u00a02 von\u00a0\d+<\/h1>/);
    expect(html).toContain(`${MEASURES} Maßnahmen sind zu viele für eine Seite`);
    expect(html).toContain('chart--schedule-counts');
    expect(html).not.toContain('chart--schedule"');
    // One column per field and one for the measures without a field.
    expect(html).toMatch(new RegExp(`<th scope="row">Maßnahmen insgesamt</th>(<td class="num">\\d+</td>){${fields.length + 1}}<td class="num">${MEASURES}</td>`));
    expect(statSync(join(out, 'regionalbudgets', rb, 'index.html')).size).toBeLessThan(150_000);
    // Every news item is about this Regionalbudget: its page shows the newest ones and says where the others are.
    const news = html.slice(html.indexOf('<h2 id="aktuelles">'));
    expect([...news.matchAll(/<h3><a href="\/aktuelles\//g)]).toHaveLength(RELATED_NEWS_MAX);
    expect(news).toContain(`Hier stehen die ${RELATED_NEWS_MAX} neuesten von ${NEWS} Meldungen.`);
    expect(news).toContain(`<a href="/regionalbudgets/${rb}/feed.xml">Atom-Feed</a>`);
  });

  it('a field\'s page lists its measures up to a page\'s worth and links the list of all; one budget series, running measures per quarter', () => {
    for (const field of fields) {
      const html = page(`regionalbudgets/${rb}/handlungsfelder/${field}`);
      const all = byField.get(field) ?? new Set();
      const links = measureLinks(html);
      expect(Number(/<h2 id="massnahmen">Maßnahmen \((\d+)\)<\/h2>/.exec(html)?.[1])).toBe(all.size);
      expect(links.size).toBe(Math.min(all.size, PAGE_SIZE));
      for (const url of links) expect(all.has(url), url).toBe(true);
      const browse = `/massnahmen/handlungsfeld/${rb}/${field}/`;
      if (all.size > PAGE_SIZE) {
        expect(html).toContain(`Hier stehen die ersten ${PAGE_SIZE} von ${all.size} Maßnahmen.`);
        expect(html).toContain(`<a href="${browse}">Alle ${all.size} Maßnahmen von „`);
        expect(html).toContain(`<a href="${browse}seite/2/">Weiter mit Maßnahme ${PAGE_SIZE + 1}`);
      } else {
        expect(html).not.toContain('Hier stehen die ersten');
      }
      if (all.size > CHART_MEASURES_MAX) expect(html).toContain('chart--schedule-counts');
      // One series: the table has the year, the field, the sum.
      if (all.size > CHART_MEASURES_MAX) {
        const budget = /<caption class="visually-hidden">Budget je Jahr: [^<]*<\/caption>\s*<thead><tr>((?:<th[^>]*>[^<]*<\/th>)+)<\/tr>/.exec(html)?.[1] ?? '';
        expect(budget.match(/<th/g)).toHaveLength(3);
      }
    }
  });

  it('the lists of a field\'s measures and of those without a field have pages of 100 that together hold each measure once', () => {
    const lists: [string, Set<string>][] = [
      ...fields.map((f): [string, Set<string>] => [`/massnahmen/handlungsfeld/${rb}/${f}/`, byField.get(f) ?? new Set()]),
      [`/massnahmen/ohne-zuordnung/${rb}/`, byField.get('') ?? new Set()],
    ];
    for (const [base, all] of lists) {
      const pages = pagedList(base);
      expect(pages.length, base).toBe(Math.max(1, Math.ceil(all.size / PAGE_SIZE)));
      expect(pages.map((p) => p.size).reduce((a, b) => a + b, 0), base).toBe(all.size);
      expect(new Set(pages.flatMap((p) => [...p])), base).toEqual(all);
      pages.forEach((p, i) => expect(p.size, `${base} Seite ${i + 1}`).toBe(i < pages.length - 1 ? PAGE_SIZE : all.size - PAGE_SIZE * i));
      expect(existsSync(join(out, base, 'seite', String(pages.length + 1))), base).toBe(false);
      expect(existsSync(join(out, base, 'seite', '1')), base).toBe(false);
    }
    // Page 2 of the first field: where it stands, the way back, itself as the current page, its own title and the list's share image.
    const base = `/massnahmen/handlungsfeld/${rb}/${fields[0]}/`;
    const second = page(`${base}seite/2/`);
    const n = byField.get(fields[0]!)?.size ?? 0;
    expect(second).toContain(`Seite 2 von 2: Maßnahmen ${PAGE_SIZE + 1} bis ${n} von ${n}`);
    expect(second).toContain(`<a href="${base}" rel="prev">`);
    expect(second).toMatch(new RegExp(`<a href="${base}seite/2/" aria-current="page">`));
    expect(second).toMatch(/<title>[^<]*Seite\u00a02 von\u00a02[^<]*<\/title>/);
    expect(second).toMatch(/<h1>Maßnahmen: [^<]+ – Seite\u00a02 von\u00a02<\/h1>/);
    expect(page(base)).not.toMatch(/<h1>[^<]*Seite/);
    expect(second).toContain(`<link rel="canonical" href="https://`);
    expect(second).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${base}seite/2/">`));
    const image = (html: string) => /<meta property="og:image" content="https?:\/\/[^/]+([^"]+)"/.exec(html)?.[1];
    expect(image(second)).toBe(image(page(base)));
    expect(existsSync(join(out, image(second) ?? 'none'))).toBe(true);
    // No /ohne-zuordnung/ list where the Regionalbudget's page lists them all: here it is needed, so it exists.
    expect(existsSync(join(out, 'massnahmen/ohne-zuordnung', rb, 'index.html'))).toBe(true);
  });

  it('/aktuelles/ shows the newest 100 news items and links the later pages; every item on exactly one page', () => {
    const newsLinks = (html: string) => [...html.matchAll(/<h3><a href="(\/aktuelles\/[^"/]+\/)">/g)].map((m) => m[1]!);
    const pages: string[][] = [];
    let url: string | undefined = '/aktuelles/';
    while (url) {
      const html = page(url);
      pages.push(newsLinks(html));
      url = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
      expect(pages.length).toBeLessThan(10);
    }
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, NEWS - 2 * PAGE_SIZE]);
    const all = pages.flat();
    expect(new Set(all).size).toBe(NEWS);
    expect(new Set(all)).toEqual(new Set(readdirSync(join(root, 'content/aktuelles')).map((f) => `/aktuelles/${f.replace(/\.mdx?$/, '')}/`)));
    expect(page('/aktuelles/')).toContain(`Seite 1 von 3: Meldungen 1 bis ${PAGE_SIZE} von ${NEWS}`);
    expect([1, 2, 3].map((n) => /<h1>([^<]*)<\/h1>/.exec(page(n === 1 ? '/aktuelles/' : `/aktuelles/seite/${n}/`))?.[1])).toEqual([
      'Aktuelles',
      'Aktuelles – Seite\u00a02 von\u00a03',
      'Aktuelles – Seite\u00a03 von\u00a03',
    ]);
    expect(existsSync(join(out, 'aktuelles/seite/4'))).toBe(false);
  });

  it('keeps the later pages of a list out of the search index and in the sitemap', () => {
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/aktuelles/seite/2/</loc>');
    expect(sitemap).toContain(`/massnahmen/handlungsfeld/${rb}/${fields[0]}/seite/2/</loc>`);
    const indexed = Number(/"page_count":\s*(\d+)/.exec(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8'))?.[1]);
    // The pages with a search body, apart from the ones the index leaves out by address (search page, browse pages).
    const withBody: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name === 'index.html' && readFileSync(path, 'utf8').includes('data-pagefind-body')) withBody.push(`/${path.slice(out.length + 1, -'index.html'.length)}`);
      }
    };
    walk(out);
    const expected = withBody.filter((url) => !/^\/(suche|massnahmen|redaktion)\//.test(url));
    const later = expected.filter((url) => url.startsWith('/aktuelles/seite/'));
    expect(later).toEqual(['/aktuelles/seite/2/', '/aktuelles/seite/3/']);
    expect(indexed).toBe(expected.length - later.length);
  });

  it('has no page of more than 150 KB', () => {
    const big: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.html') && statSync(path).size > 150_000) big.push(path);
      }
    };
    walk(out);
    expect(big).toEqual([]);
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

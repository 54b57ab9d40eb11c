/**
 * Hostile text in every text field of content/ and data/ stays text, in every output. A copy of the small
 * fixture project gets the hostile strings in every free-text field (frontmatter, data files, site.json,
 * Markdown bodies), plus the optional text fields the fixture leaves out. It is built with scripts/build.ts,
 * served by scripts/serve.ts (which sends no CSP header) and every page is opened in Chromium: no script may
 * run, no injected element or event handler may exist, no CSP violation or console error may occur. Feeds and
 * the sitemap must parse as XML, JSON-LD and open-data JSON must parse and hold the exact strings, CSV cells
 * must be neutralised, the share images must be rendered.
 *
 * Fields left alone, because their schema legitimately allows only a closed shape that cannot carry markup:
 * ids and slugs (and references to them, aliases), dates and quarters, enums (status, level, fieldLabel,
 * qualifier, basis, currency), URLs and e-mail addresses (contactEmail), phone numbers, the project code.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { builtPages, isRedirect, listFiles } from '../../scripts/lib/built-pages.ts';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import { generate } from '../../scripts/bench/generate.ts';
import { formatIssue } from '../../src/lib/validation/issue.ts';
import { parseCsv } from '../../src/lib/opendata/csv.ts';
import { chromiumPath } from '../helpers/chromium.ts';
import { buildRepo, ROOT } from '../helpers/site.ts';
import { openSession, watch, type Session } from './browser.ts';

/** Every way out of an element we know of; each text field gets all of them. */
const HOSTILE = [
  '</script><script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  ']]>',
  '-->',
  '<!--',
  '\u2028\u2029',
  '{{ x }}',
  '</title>',
  '</textarea></style>',
  '&amp;',
].join(' ');
/** Leads every text field, so that the CSV cells of titles start with a formula. */
const FORMULA = '=HYPERLINK("http://x")';
const hostile = (original: string) => `${FORMULA} ${original} ${HOSTILE}`;

/** Keys whose values are ids, references, dates, enums, addresses or numbers in text form (see the top). */
const STRUCTURAL = new Set([
  'programme', 'predecessorProgramme', 'handlungsfeld', 'contacts', 'aliases', 'regionalbudgets', 'projects', 'measures',
  'date', 'start', 'end', 'asOf', 'from', 'to', 'quarters', 'code', 'status', 'level', 'fieldLabel', 'qualifier',
  'url', 'website', 'email', 'phone', 'fax', 'baseUrl', 'editBaseUrl', '$schema', 'demo', 'regionalbudget', 'measure',
  'currency', 'basis', 'id', 'contactEmail',
]);

function poison(value: unknown, key = ''): unknown {
  if (STRUCTURAL.has(key)) return value;
  if (typeof value === 'string') return hostile(value);
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

/** Optional text fields the fixture does not use, so that they are covered too (poisoned afterwards). */
const EXTRA: Record<string, Record<string, unknown>> = {
  'content/regionalbudgets/test-2023/index.mdx': {
    managingBody: 'Landratsamt Test',
    supportedBy: 'Wirtschaftsförderung Test',
    cofinancing: 'Kofinanziert vom Testland.',
    leichteSprache: ['Der Kreis bekommt Geld.'],
    documents: [{ title: 'Bewilligung', format: 'PDF', note: 'ohne Adresse' }],
  },
  'content/projekte/beispielprojekt.mdx': {
    subtitle: 'Untertitel',
    goals: ['Ein Ziel'],
    tasks: ['Eine Aufgabe'],
    partners: ['Ein Partner'],
    keywords: ['Stichwort'],
    predecessor: 'Vorgänger',
    successor: 'Nachfolger',
    documents: [{ title: 'Abschlussbericht', format: 'PDF' }],
  },
  'content/programme/region-gestalten.md': { shortTitle: 'Region' },
};

/** Text in the Markdown body that Markdown itself keeps as text (code spans, backslash escapes). */
const BODY_MD = `\n\nIm Text: \`</script><script>window.__pwned=1</script>\` und \\<img src=x onerror="window.__pwned=1"> sowie ${FORMULA} ]]> --> \u2028 {{ x }}.\n`;
const BODY_MDX = '\n\nIm Text: `</script><script>window.__pwned=1</script>` und `<img src=x onerror="window.__pwned=1">` sowie `{{ x }}` und ]]\\> --\\>.\n';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function hostileRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'rb-hostile-'));
  cpSync(join(ROOT, 'test/fixtures/valid'), root, { recursive: true });
  poisonTree(root);
  return root;
}

/** Every free-text field of every content and data file below `root` made hostile (see the top). */
function poisonTree(root: string): void {
  for (const file of walk(root)) {
    const rel = relative(root, file);
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.json')) {
      const data = poison(JSON.parse(text)) as Record<string, unknown>;
      if (rel === 'data/site.json') (data['publisher'] as Record<string, unknown>)['representedBy'] = hostile('Vertreten durch');
      if (rel === 'data/kontakte.json') for (const c of data['contacts'] as Record<string, unknown>[]) c['address'] ??= [hostile('Teststraße 1')];
      writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    } else if (/\.mdx?$/.test(file)) {
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${rel}: keine Frontmatter`);
      const data = poison({ ...(parseYaml(match[1] ?? '') as object), ...EXTRA[rel] });
      // lineWidth 0: no folded lines; the yaml package quotes and escapes what YAML needs.
      writeFileSync(file, `---\n${stringifyYaml(data, { lineWidth: 0 })}---\n${match[2]}${file.endsWith('.mdx') ? BODY_MDX : BODY_MD}`);
    }
  }
}

const root = hostileRepo();
const out = join(root, 'site', 'dist');
let session: Session;
let browser: Browser;
let base = '';
let built: ReturnType<typeof buildRepo>;

beforeAll(async () => {
  const result = validateRepo(root);
  expect(result.errors.map(formatIssue), 'Die feindlichen Texte müssen gültig sein').toEqual([]);
  built = buildRepo(root, out);
  expect(built.status, `${built.stdout}${built.stderr}`).toBe(0);
  session = await openSession(out);
  ({ browser, base } = session);
}, 600_000);

afterAll(async () => {
  await session?.close();
  if (!process.env['RB_KEEP_HOSTILE']) rmSync(root, { recursive: true, force: true });
  else console.log(`Feindliches Projekt: ${root}`);
});

/** The result addresses of a search URL (filters only); fails when the search finds nothing. */
async function filteredUrls(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForFunction(() => /Ergebnis|Keine/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 30_000 });
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  expect(status, url).toMatch(/^[1-9][\d.]* Ergebnis/);
  return page.locator('[data-search-results] .search-result__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Every string inside a parsed JSON/XML value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe.skipIf(!chromiumPath())('hostile strings in every text field', () => {
  it('run no script on any page, served without a CSP header', async () => {
    const pages = builtPages(out);
    expect(pages.length).toBeGreaterThan(20);
    const report: string[] = [];
    // Phone width: long hostile words must wrap, not widen the page.
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    await context.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = list;
      document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI || 'inline'}`));
    });
    let sawHostileTitle = 0;
    for (const { url, html } of pages) {
      if (isRedirect(html)) {
        // A redirect page navigates away at once; its markup is checked as text: nothing but its own tags.
        const tagNames = [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]?.toLowerCase());
        expect(new Set(tagNames), url).toEqual(new Set(['html', 'head', 'meta', 'title', 'link', 'body', 'main', 'h1', 'p', 'a']));
        continue;
      }
      const page = await context.newPage();
      const seen = watch(page, base);
      page.on('dialog', (d) => {
        report.push(`${url}: Dialog ${d.message()}`);
        void d.dismiss();
      });
      const response = await page.goto(base + url, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], 'der Server darf keinen CSP-Header senden').toBeUndefined();
      await page.waitForTimeout(50);
      const found = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
        injected: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).map((e) => e.outerHTML.slice(0, 80)),
        images: document.querySelectorAll('img[src="x"], svg[onload]').length,
        scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned') && s.type !== 'application/ld+json').length,
        title: document.title,
        width: document.documentElement.scrollWidth,
      }));
      if (found.width > 375) report.push(`${url}: ${found.width} px breit bei 375 px Bildschirmbreite`);
      if (found.pwned !== undefined) report.push(`${url}: window.__pwned = ${String(found.pwned)}`);
      for (const v of found.csp) report.push(`${url}: CSP-Verstoß ${v}`);
      for (const e of found.injected) report.push(`${url}: Element mit Ereignis-Attribut ${e}`);
      if (found.images > 0) report.push(`${url}: ${found.images} eingeschleuste img/svg`);
      if (found.scripts > 0) report.push(`${url}: ${found.scripts} eingeschleuste Skripte`);
      for (const e of seen.errors) report.push(`${url}: Konsolenfehler ${e}`);
      for (const f of seen.foreign) report.push(`${url}: Anfrage an Dritte ${f}`);
      if (found.title.includes(HOSTILE)) sawHostileTitle++;
      await page.close();
    }
    await context.close();
    console.log(`Feindliche Texte: ${pages.length} Seiten geöffnet, ${sawHostileTitle} mit dem vollständigen feindlichen Text im <title>, ${report.length} Befunde`);
    expect(report).toEqual([]);
    // The strings arrived as text (not dropped): most page titles carry them whole.
    expect(sawHostileTitle).toBeGreaterThan(pages.filter((p) => !isRedirect(p.html)).length / 2);
  }, 600_000);

  it('show hostile text as text in the search results', async () => {
    const page = await browser.newPage();
    const seen = watch(page, base);
    await page.goto(`${base}/suche/?q=Kampagne`);
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 30_000 });
    const titles = await page.locator('[data-search-results] h3').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => t.includes('</script><script>window.__pwned=1</script>')).length, titles.join('\n')).toBeGreaterThan(2);
    // The Regionalbudget's name in each result's line exactly, a literal "&amp;" included (Pagefind only
    // collapses white space, here the line separators).
    const metas = await page.locator('[data-search-results] .search-result__meta span').allTextContents();
    expect(metas).toContain(hostile('Regionalbudget Testkreis').replace(/\s+/g, ' '));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('filter the search by Regionalbudgets and Handlungsfelder with hostile names', async () => {
    // The filter names travel in the search page's filter map and in every page's index entry; if either is
    // altered (the typesetting once cut a tag at a ">" inside an attribute and hyphenated the rest), a filter
    // finds nothing while the page looks fine.
    const page = await browser.newPage();
    const seen = watch(page, base);
    for (const [query, prefix] of [['rb=test-2023', '/regionalbudgets/test-2023/'], ['rb=zweite-2024', '/regionalbudgets/zweite-2024/'], ['hf=wirtschaft', '/regionalbudgets/test-2023/'], ['hf=umwelt', '/regionalbudgets/zweite-2024/']] as const) {
      expect(await filteredUrls(page, `${base}/suche/?${query}`), query).toContainEqual(expect.stringMatching(new RegExp(`^${prefix}`)));
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('keep every JSON-LD block valid, with the exact strings', () => {
    let exact = 0;
    for (const { url, html } of builtPages(out)) {
      for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        const body = m[1] ?? '';
        expect(body, url).not.toMatch(/<\/script|<!--|[\u2028\u2029]/i);
        const json = JSON.parse(body) as unknown;
        exact += strings(json).filter((s) => s.includes(HOSTILE)).length;
      }
    }
    expect(exact).toBeGreaterThan(10);
  });

  it('keep feeds and the sitemap well-formed XML with the strings as text', () => {
    const xml = listFiles(out, ['pagefind']).filter((f) => f.endsWith('.xml'));
    expect(xml).toContain('sitemap.xml');
    expect(xml).toContain('aktuelles/feed.xml');
    let exact = 0;
    for (const file of xml) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(XMLValidator.validate(text), file).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(text) as unknown;
      exact += strings(parsed).filter((s) => s.includes(HOSTILE)).length;
    }
    expect(exact).toBeGreaterThan(0);
  });

  it('keep open-data JSON valid with the exact strings, and neutralise formulas in every CSV cell', () => {
    const files = listFiles(join(out, 'daten'));
    const json = files.filter((f) => /\.json(ld)?$/.test(f));
    const csv = files.filter((f) => f.endsWith('.csv'));
    expect(json.length).toBeGreaterThan(2);
    expect(csv.length).toBeGreaterThan(2);
    for (const file of json) {
      const all = strings(JSON.parse(readFileSync(join(out, 'daten', file), 'utf8')));
      expect(all.some((s) => s === hostile('Kampagne') || s.includes(HOSTILE)), file).toBe(true);
    }
    let neutralised = 0;
    for (const file of csv) {
      for (const cell of parseCsv(readFileSync(join(out, 'daten', file), 'utf8')).flat()) {
        expect(cell, file).not.toMatch(/^\s*[=+@]/);
        if (cell.includes(FORMULA)) {
          expect(cell.startsWith(`'${FORMULA}`), `${file}: ${cell}`).toBe(true);
          neutralised++;
        }
      }
    }
    expect(neutralised).toBeGreaterThan(3);
  });

  it('render the share images', () => {
    const images = listFiles(join(out, 'og')).filter((f) => f.endsWith('.png'));
    expect(images.length).toBeGreaterThan(4);
    for (const image of images) {
      const png = readFileSync(join(out, 'og', image));
      expect(png.subarray(1, 4).toString('latin1'), image).toBe('PNG');
      expect(png.length, image).toBeGreaterThan(2000);
    }
  });
});

/**
 * At national scale the search filters are lists (more than FACET_CHECKBOXES_MAX options): the same hostile
 * names in option labels and group labels, on a generated project of 11 Regionalbudgets (44 Handlungsfelder).
 */
describe.skipIf(!chromiumPath())('hostile names in the search filters as lists', () => {
  const large = mkdtempSync(join(tmpdir(), 'rb-hostile-lists-'));
  const largeOut = join(large, 'site', 'dist');
  let largeServer: Server;
  let largeBase = '';

  beforeAll(async () => {
    generate(large, { regionalbudgets: 11, measures: 2, news: 2, seed: 5 });
    poisonTree(large);
    const result = validateRepo(large);
    expect(result.errors.map(formatIssue), 'Die feindlichen Texte müssen gültig sein').toEqual([]);
    const built = buildRepo(large, largeOut);
    expect(built.status, `${built.stdout}${built.stderr}`).toBe(0);
    largeServer = await startServer(largeOut, 0);
    largeBase = `http://127.0.0.1:${(largeServer.address() as AddressInfo).port}`;
  }, 600_000);

  afterAll(async () => {
    if (largeServer) await new Promise((r) => largeServer.close(r));
    rmSync(large, { recursive: true, force: true });
  });

  it('show the names as text and still filter by them', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const seen = watch(page, largeBase);
    page.on('dialog', (d) => void d.dismiss());
    await page.goto(`${largeBase}/suche/`);
    const fields = page.locator('select[name="hf"] optgroup');
    expect(await fields.count()).toBe(11);
    const group = fields.first();
    const rb = (await group.getAttribute('data-group')) ?? '';
    expect(await group.getAttribute('label')).toContain(HOSTILE);
    const option = group.locator('option').first();
    expect(((await option.textContent()) ?? '').replaceAll('\u00ad', '')).toContain(HOSTILE);
    const field = (await option.getAttribute('value')) ?? '';
    const urls = await filteredUrls(page, `${largeBase}/suche/?hf=${field}`);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.startsWith(`/regionalbudgets/${rb}/`)), urls.join(' ')).toBe(true);
    expect(await filteredUrls(page, `${largeBase}/suche/?rb=${rb}&hf=${field}`)).toEqual(urls);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

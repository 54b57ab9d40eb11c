/**
 * The search on the real built site in Chromium: typing, filtering, the URL, direct search URLs, the header
 * form, the page without JavaScript, a table of German queries with the page expected in the top 5 (hit rate
 * printed, at least 90 %), and the bytes the first search transfers (printed, at most 150 KB).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { getModel } from '../../src/lib/data/get-model.ts';
import { measureYears } from '../../src/lib/search/facets.ts';
import { SEARCH_FILES, countResponses } from '../../scripts/bench/first-search.ts';
import { DIST, ROOT } from '../helpers/site.ts';
import { openSession, watch, type Session } from './browser.ts';

const NS = '/regionalbudgets/nordsachsen-2022/massnahmen/';
const LE = '/regionalbudgets/leipzig-2022/massnahmen/';

/** Query → the page a reader expects among the first five results. */
const QUERIES: [query: string, expected: string][] = [
  // compounds: the query is a part of a longer word
  ['Marketing', `${NS}gewerbeflaechenmarketing/`],
  ['Nachfolge', `${NS}veranstaltungsreihe-nachfolgeregelung/`],
  ['Regionalmarketing', '/regionalbudgets/nordsachsen-2022/'],
  ['Werbung', `${NS}audiowerbung/`],
  ['Transfer', `${NS}wissens-und-technologietransfer/`],
  ['Effizienz', `${NS}energieeffiziente-wirtschaft/`],
  ['Katalog', `${NS}branchenkatalog/`],
  ['Hersteller', `${NS}unterstuetzung-regionaler-wertschoepfung/`],
  ['Kultur', `${LE}industriekultur/`],
  ['Willkommenskultur', `${NS}werbeartikel-neubuergerberatung/`],
  ['Wirtschaftsförderung', '/aktuelles/2023-03-14-austausch-wirtschaftsfoerderungen/'],
  ['Klimaschutz', `${NS}konzertierte-aktion-klimaschutz/`],
  ['Ansiedlung', `${NS}ansiedlungskampagne/`],
  // umlauts, ß and their ASCII spellings
  ['Gewerbeflächen', `${NS}gewerbeflaechenmarketing/`],
  ['Gewerbeflachen', `${NS}gewerbeflaechenmarketing/`],
  ['Gewerbeflaechen', `${NS}gewerbeflaechenmarketing/`],
  ['Wirtschaftsfoerderung', '/aktuelles/2023-03-14-austausch-wirtschaftsfoerderungen/'],
  ['Neubürger', `${NS}werbeartikel-neubuergerberatung/`],
  ['Neubuerger', `${NS}werbeartikel-neubuergerberatung/`],
  ['Mobilität', `${NS}kampagne-unterwegs-in-nordsachsen/`],
  ['Mobilitaet', `${NS}kampagne-unterwegs-in-nordsachsen/`],
  ['Südraum', `${LE}24-7-laden-suedraum/`],
  ['Suedraum', `${LE}24-7-laden-suedraum/`],
  ['Identitaet', `${LE}regionale-identitaetsstiftende-produkte/`],
  ['Wertschoepfung', `${NS}unterstuetzung-regionaler-wertschoepfung/`],
  ['Umbrueche', `${NS}moderation-wirtschaftlicher-umbrueche/`],
  ['Lebenswerte Orte', '/regionalbudgets/leipzig-2022/handlungsfelder/liebenswerte-orte/'],
  // plurals and other forms
  ['Netzwerke', `${NS}netzwerktreffen/`],
  ['Kampagnen', `${NS}ansiedlungskampagne/`],
  ['Patenschaft', `${NS}initiierung-von-patenschaften/`],
  ['Nachfolgeregelungen', `${NS}veranstaltungsreihe-nachfolgeregelung/`],
  ['Plakat', `${NS}flyer-plakate-giveaways/`],
  ['Publikationen', `${NS}fokus-fachpublikationen/`],
  ['Klimaneutral', '/regionalbudgets/nordsachsen-2022/handlungsfelder/klimaneutrale-region/'],
  // measure numbers
  ['Maßnahme 12', `${NS}kampagne-unterwegs-in-nordsachsen/`],
  ['Massnahme 12', `${NS}kampagne-unterwegs-in-nordsachsen/`],
  ['12', `${NS}kampagne-unterwegs-in-nordsachsen/`],
  ['Maßnahme 2', `${NS}gewerbeflaechenmarketing/`],
  // people, places, names
  ['Behling', '/projekte/koordinator-wirtschaft-leipziger-osten/'],
  ['Sollbach', '/projekte/region-der-mitte/'],
  ['Kunze', '/aktuelles/2023-03-14-austausch-wirtschaftsfoerderungen/'],
  ['Keyselt', '/kontakt/'],
  ['GlasCampus', `${NS}wissens-und-technologietransfer/`],
  ['Leipziger Osten', '/projekte/koordinator-wirtschaft-leipziger-osten/'],
  ['Leipzig vernetzt', `${NS}ecommerce-plattform/`],
  ['SREK', '/aktuelles/srek-region-der-mitte/'],
  ['GRW Infra', '/programme/grw-infra/'],
  // topics and service pages
  ['Unterkunft', `${NS}serviceorientiertes-wohnen/`],
  ['Monitoring', `${NS}begleitende-unterstuetzung-projektumsetzung/`],
  ['Storytelling', `${NS}storytelling-kampagne-gruener-landkreis/`],
  ['Strukturwandel', '/projekte/region-der-mitte/'],
  ['Barrierefreiheit', '/barrierefreiheit/'],
  ['Leichte Sprache', '/leichte-sprache/'],
];
const MIN_HIT_RATE = 0.9;
const MAX_FIRST_SEARCH_BYTES = 150_000;

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

async function resultsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
}

async function resultUrls(page: Page): Promise<string[]> {
  return page.locator('[data-search-results] .search-result__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function openSearch(path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(session.base + path);
  await resultsReady(page);
  return page;
}

describe('search page', () => {
  it('shows results while typing, narrows them with a filter and keeps the URL in step', async () => {
    const page = await session.browser.newPage();
    const seen = watch(page, session.base);
    await page.goto(`${session.base}/suche/`);
    const input = page.getByLabel('Suchbegriff', { exact: true }).last();
    await input.pressSequentially('Marketing', { delay: 30 });
    await page.waitForFunction(() => /Marketing/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const all = await resultUrls(page);
    expect(all.length).toBeGreaterThan(3);
    expect(all[0]).toBe(`${NS}gewerbeflaechenmarketing/`);
    await expect(page.locator('[data-search-results] mark').first().textContent()).resolves.toMatch(/marketing/i);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Marketing');

    const status = page.locator('[data-search-status]');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    const before = await status.textContent();
    await page.getByRole('checkbox', { name: /^Maßnahme\b/ }).check();
    await page.waitForFunction((text) => document.querySelector('[data-search-status]')?.textContent !== text, before);
    const narrowed = await resultUrls(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.every((u) => u.startsWith('/regionalbudgets/') && u.includes('/massnahmen/'))).toBe(true);
    const types = await page.locator('[data-search-results] .search-result__meta .tag').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Maßnahme']));
    expect(new URL(page.url()).search).toBe('?q=Marketing&typ=massnahme');
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await page.close();
  });

  it('falls back to Pagefind in the page when the search worker may not run WebAssembly', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    // A server policy for the worker's script that forbids WebAssembly there (as without deploy/nginx.conf's map).
    await page.route('**/_astro/search-worker-*.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self'" } });
    });
    const requested: string[] = [];
    const record = (req: IncomingMessage) => void requested.push(req.url ?? '');
    session.server.on('request', record);
    onTestFinished(() => void session.server.off('request', record));
    await page.goto(`${session.base}/suche/?q=Marketing`);
    await expect.poll(() => resultUrls(page), { timeout: 20_000 }).toContain(`${NS}gewerbeflaechenmarketing/`);
    // The worker tried first; then Pagefind ran from the page, with its own worker.
    expect(requested.some((u) => u.startsWith('/_astro/search-worker-'))).toBe(true);
    expect(requested).toContain('/pagefind/pagefind-worker.js');
    await context.close();
  });

  it('opens a search URL with its query and filters', async () => {
    const page = await openSearch('/suche/?q=Ansiedlung&typ=massnahme');
    await expect(page.locator('#suche-q').inputValue()).resolves.toBe('Ansiedlung');
    await expect(page.locator('#f-typ-massnahme').isChecked()).resolves.toBe(true);
    const urls = await resultUrls(page);
    expect(urls[0]).toBe(`${NS}ansiedlungskampagne/`);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/Ergebnis(se)? für „Ansiedlung“ mit den gewählten Filtern/);
    await expect(page.title()).resolves.toMatch(/^Suche: Ansiedlung/);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'seitlich verschiebbar bei 375 px').resolves.toBeLessThanOrEqual(0);
    await page.close();
  });

  it('filters by Regionalbudget, Handlungsfeld and year without a query', async () => {
    const page = await openSearch('/suche/?typ=massnahme&rb=nordsachsen-2022&hf=klimaneutrale-region&jahr=2022');
    const urls = await resultUrls(page);
    const rb = getModel(ROOT).regionalbudgets.find((r) => r.id === 'nordsachsen-2022')!;
    const expected = rb.measures
      .filter((m) => m.data.handlungsfeld === 'klimaneutrale-region' && measureYears(m).includes(2022))
      .map((m) => m.url);
    expect(expected.length).toBeGreaterThan(0);
    expect(urls.sort()).toEqual(expected.sort());
    // Every option shows how many results choosing it gives.
    for (const option of ['jahr=2025', 'typ=projekt', 'rb=leipzig-2022', 'hf=klimaneutrale-region']) {
      await expect(page.locator(`[data-count-for="${option}"]`).textContent()).resolves.toMatch(/^\(\d+\)$/);
    }
    await expect(page.locator('[data-count-for="hf=klimaneutrale-region"]').textContent()).resolves.toBe(`(${expected.length})`);
    // The line above the results names each chosen filter in full (a closed list cuts long names).
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    const field = rb.handlungsfelder.find((h) => h.slug === 'klimaneutrale-region')!;
    for (const name of ['„Maßnahme“', `„${rb.data.title}“`, '„2022“', field.data.title]) expect(status, status).toContain(name);
    expect(status).not.toContain('\u00ad');
    await page.close();
  });

  it('sorts news by date, newest first', async () => {
    const page = await openSearch('/suche/?typ=aktuelles&sort=datum');
    const urls = await resultUrls(page);
    expect(urls[0]).toBe('/aktuelles/2023-03-14-austausch-wirtschaftsfoerderungen/');
    expect(urls.length).toBe(getModel(ROOT).news.length);
    await page.close();
  });

  it('finds compounds by their parts and ASCII spellings of umlauts', async () => {
    const page = await session.browser.newPage();
    const find = async (q: string) => {
      await page.goto(`${session.base}/suche/?q=${encodeURIComponent(q)}`);
      await resultsReady(page);
      // All results, not only the first ten.
      const more = page.locator('[data-search-more]');
      while (await more.isVisible()) {
        const count = await page.locator('[data-search-results] > li').count();
        await more.click();
        await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, count);
      }
      return page.locator('[data-search-results] .search-result').evaluateAll((items) => items.map((li) => li.textContent ?? ''));
    };
    expect((await find('Marketing')).join(' ')).toMatch(/Gewerbeflächenmarketing[\s\S]*Regionalmarketing|Regionalmarketing[\s\S]*Gewerbeflächenmarketing/);
    expect((await find('Förderung')).join(' ')).toMatch(/Wirtschaftsförderung/);
    // "Verkehrsanbindung" is "Verkehr" + s + "Anbindung", not "Verkehr" + "sanbindung".
    expect((await find('Anbindung')).join(' ')).toMatch(/Werbeartikel bei der Neubürgerberatung/);
    expect((await find('Gewerbeflachen')).join(' ')).toMatch(/Gewerbeflächen/);
    expect((await find('Gewerbeflaechen')).join(' ')).toMatch(/Gewerbeflächen/);
    await page.close();
  });

  it('indexes no repeated boilerplate, ranks the programme for its topic and names every type', async () => {
    const keyselt = await openSearch('/suche/?q=Keyselt');
    const people = await resultUrls(keyselt);
    expect(people).toContain('/kontakt/');
    expect(people.filter((u) => u.includes('/massnahmen/')), 'Kontaktkasten der Maßnahmen indexiert').toEqual([]);
    await keyselt.close();
    const funding = await openSearch('/suche/?q=F%C3%B6rderung');
    expect((await resultUrls(funding)).slice(0, 5)).toContain('/programme/grw-infra/');
    const types = await funding.locator('[data-search-results] .search-result__meta .tag').allTextContents();
    expect(types).toContain('Programm');
    expect(types).not.toContain('Seite');
    await funding.close();
  });

  it.each([320, 375])('shows results before the folded filters on a %i px phone, and examples on the empty page', async (width) => {
    const context = await session.browser.newContext({ viewport: { width, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${session.base}/suche/`);
    await expect(page.locator('[data-search-empty]').isVisible()).resolves.toBe(true);
    const example = page.locator('.search-examples a').first();
    await expect(example.isVisible()).resolves.toBe(true);
    await example.click();
    await resultsReady(page);
    await expect(page.locator('[data-search-empty]').isVisible()).resolves.toBe(false);
    const top = (selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top);
    expect(await top('.search-result')).toBeLessThan(await top('[data-search-filters]'));
    expect(await top('.search-result')).toBeLessThan(812);
    await expect(page.locator('[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(page.locator('#f-typ-massnahme').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('loads the filter counts only when the folded filter panel is opened (phone)', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    // Counted at the server: Pagefind's web worker fetches the files, not the page.
    const filterFiles: string[] = [];
    const record = (req: IncomingMessage) => {
      if ((req.url ?? '').startsWith('/pagefind/filter/')) filterFiles.push(req.url ?? '');
    };
    session.server.on('request', record);
    onTestFinished(() => void session.server.off('request', record));
    await page.goto(`${session.base}/suche/?q=Marketing`);
    await resultsReady(page);
    await page.waitForLoadState('networkidle');
    expect(filterFiles, 'Filterdateien vor dem Öffnen der Filter geladen').toEqual([]);
    await expect(page.locator('[data-count-for="typ=massnahme"]').textContent()).resolves.toBe('');
    await page.locator('[data-search-filters] > summary').click();
    await page.waitForFunction(() => /^\(\d+\)$/.test(document.querySelector('[data-count-for="typ=massnahme"]')?.textContent ?? ''));
    expect(filterFiles.length).toBeGreaterThan(0);
    // The counts are those of the query, not of the whole site.
    const count = Number((await page.locator('[data-count-for="typ=massnahme"]').textContent())?.replace(/\D/g, ''));
    const status = Number((await page.locator('[data-search-status]').textContent())?.replace(/\D.*$/, ''));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(status);
    await context.close();
  });

  it('does not shift the layout while results load (CLS 0)', async () => {
    const page = await session.browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${session.base}/suche/?q=Marketing`);
    await resultsReady(page);
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => (window as unknown as { cls: number }).cls)).resolves.toBe(0);
    await page.close();
  });

  it('is reached from the search field in every page header', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.base}/projekte/`);
    await page.locator('header input[name="q"]').fill('Nachfolge');
    await page.locator('header input[name="q"]').press('Enter');
    await page.waitForURL(/\/suche\/\?q=Nachfolge$/);
    await resultsReady(page);
    await expect(resultUrls(page)).resolves.toContain(`${NS}veranstaltungsreihe-nachfolgeregelung/`);
    await page.close();
  });

  it('says so without JavaScript and links the static browse pages', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.base}/suche/?q=Marketing`);
    await expect(page.locator('main').innerText()).resolves.toContain('Die Suche braucht JavaScript.');
    await expect(page.locator('#suche-q').isVisible()).resolves.toBe(false);
    for (const href of ['/massnahmen/', '/massnahmen/jahr/2024/', '/massnahmen/handlungsfeld/nordsachsen-2022/attraktiver-wirtschaftsstandort/']) {
      await expect(page.locator(`main a[href="${href}"]`).first().isVisible()).resolves.toBe(true);
    }
    await page.goto(`${session.base}/massnahmen/jahr/2024/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Maßnahmen im Jahr 2024');
    await expect(page.locator(`a[href="${NS}gewerbeflaechenmarketing/"]`).count()).resolves.toBe(1);
    await context.close();
  });

  it('has no axe violations with results shown', async () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      // Like test/browser/accessibility.test.ts: the page's Content-Security-Policy would block axe.
      const context = await session.browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${session.base}/suche/?q=Marketing&typ=massnahme&typ=regionalbudget`);
      await resultsReady(page);
      await page.waitForFunction(() => document.querySelector('[data-count-for="typ=programm"]')?.textContent !== '');
      await page.addScriptTag({ content: source });
      const violations = await page.evaluate(async () => {
        const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
        const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      });
      expect(violations, colorScheme).toEqual([]);
      await context.close();
    }
  });
});

describe('search quality', () => {
  it(`finds the expected page in the top 5 for at least ${MIN_HIT_RATE * 100} % of ${QUERIES.length} German queries`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    const page = await session.browser.newPage();
    const misses: string[] = [];
    for (const [query, expected] of QUERIES) {
      await page.goto(`${session.base}/suche/?q=${encodeURIComponent(query)}`);
      await resultsReady(page);
      const top = (await resultUrls(page)).slice(0, 5);
      if (!top.includes(expected)) misses.push(`  „${query}“: erwartet ${expected}, gefunden ${top.join(', ') || 'nichts'}`);
    }
    await page.close();
    const rate = (QUERIES.length - misses.length) / QUERIES.length;
    console.log(`Suche: Trefferquote ${(rate * 100).toFixed(1)} % (${QUERIES.length - misses.length} von ${QUERIES.length} Anfragen mit der erwarteten Seite unter den ersten 5)${misses.length ? `\n${misses.join('\n')}` : ''}`);
    expect(rate).toBeGreaterThanOrEqual(MIN_HIT_RATE);
  });

  it(`transfers at most ${MAX_FIRST_SEARCH_BYTES / 1000} KB for the first search`, async () => {
    // Counted at the server (scripts/bench/first-search.ts): the search worker fetches Pagefind, and its requests
    // do not show up in the page's DevTools session. The worker's script and everything under /pagefind/ from
    // opening /suche/ until the results are shown and the network is idle.
    const counted = countResponses(session.server, SEARCH_FILES);
    onTestFinished(() => counted.stop());
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${session.base}/suche/`, { waitUntil: 'networkidle' });
    await page.locator('#suche-q').pressSequentially('Marketing', { delay: 30 });
    await resultsReady(page);
    // Typing is debounced: under load the results of a partial query ("Mark…") may show first.
    await expect.poll(() => resultUrls(page), { timeout: 20_000 }).toContain(`${NS}gewerbeflaechenmarketing/`);
    await page.waitForLoadState('networkidle');
    const search = counted.list;
    const total = search.reduce((n, t) => n + t.bytes, 0);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
    console.log(`Suche: erste Suche überträgt ${kb(total)} in ${search.length} Anfragen (Such-Worker und /pagefind/)\n` + search.map((t) => `  ${kb(t.bytes).padStart(9)}  ${t.url}`).join('\n'));
    // The parts every first search needs, so that the sum cannot come out small by missing them.
    for (const part of [/\/_astro\/search-worker-.*\.js$/, /\/pagefind\/pagefind\.js$/, /\.pf_meta$/, /\/wasm\.\w+\.pagefind$/, /\.pf_index$/, /\.pf_fragment$/]) {
      expect(search.some((t) => part.test(t.url)), String(part)).toBe(true);
    }
    // Pagefind's engine once: in the search worker, not a second time in Pagefind's own worker.
    expect(search.filter((t) => /\/pagefind\.js$|\/pagefind-worker\.js$/.test(t.url)).map((t) => t.url)).toEqual(['/pagefind/pagefind.js']);
    expect(total).toBeLessThanOrEqual(MAX_FIRST_SEARCH_BYTES);
    // Chromium accepts br: the WebAssembly came as its Brotli sibling (decision 0012), headers included smaller
    // than Pagefind's own gzip file, and Pagefind read it (the results above).
    const wasm = search.find((t) => /\/wasm\.\w+\.pagefind$/.test(t.url));
    expect(wasm?.bytes).toBeLessThan(0.9 * statSync(join(DIST, wasm?.url ?? '')).size);
    await context.close();
  });
});

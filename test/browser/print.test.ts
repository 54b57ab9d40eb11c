/**
 * Paper: every measure prints as one A4 fact sheet, a Regionalbudget compactly, with no controls and with
 * link targets written out. Pages are counted in the PDF Chromium writes (page.pdf, A4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getModel } from '../../src/lib/data/get-model.ts';
import { ROOT } from '../helpers/site.ts';
import { openSession, type Session } from './browser.ts';

const model = getModel(ROOT);
/**
 * Nordsachsen printed on 11 pages before the print stylesheet was reworked, 6 after it; the figures it now
 * quotes with their sources and the notes on where its sources disagree (issue 13) add most of a page, and
 * charts printed large enough to read (at least 6 pt, below) another part of one: 8.
 */
const MAX_REGIONALBUDGET_PAGES = 8;
/** The printable width of A4 with the stylesheet's 12 mm side margins, in CSS px. */
const A4_CONTENT_PX = Math.round(((210 - 24) / 25.4) * 96);
const MIN_CHART_TEXT_PT = 6;

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describe('print', () => {
  it('prints every measure on one A4 page', async () => {
    const page = await session.browser.newPage();
    const long: string[] = [];
    for (const measure of model.regionalbudgets.flatMap((rb) => rb.measures)) {
      await page.goto(session.base + measure.url);
      const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      if (pages !== 1) long.push(`${measure.url}: ${pages} Seiten`);
    }
    expect(long).toEqual([]);
    await page.close();
  });

  it('prints a Regionalbudget compactly', async () => {
    const page = await session.browser.newPage();
    for (const rb of model.regionalbudgets) {
      await page.goto(session.base + rb.url);
      expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true })), rb.url).toBeLessThanOrEqual(MAX_REGIONALBUDGET_PAGES);
    }
    await page.close();
  });

  it('prints chart text at 6 pt or more, and money in the key facts at least as large as their words', async () => {
    const page = await session.browser.newPage({ viewport: { width: A4_CONTENT_PX, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    const small: string[] = [];
    const urls = model.regionalbudgets.flatMap((rb) => [rb.url, ...rb.handlungsfelder.map((h) => h.url), ...rb.measures.map((m) => m.url)]);
    for (const url of urls) {
      await page.goto(session.base + url);
      const found = await page.evaluate(() => {
        const charts = [...document.querySelectorAll<SVGSVGElement>('.chart-figure svg.chart')].filter((svg) => svg.getClientRects().length > 0);
        const sizes = charts.map((svg) => {
          // A box capped in height draws the chart smaller than its width says (preserveAspectRatio).
          const box = svg.getBoundingClientRect();
          const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
          return { id: svg.getAttribute('aria-labelledby') ?? '', pt: Number(svg.getAttribute('font-size') ?? '13') * scale * 0.75 };
        });
        const px = (sel: string) => [...document.querySelectorAll(sel)].map((el) => parseFloat(getComputedStyle(el).fontSize));
        return { sizes, money: px('[data-key-facts] .figure strong:not(.figure-text)'), words: px('[data-key-facts] .figure .figure-text') };
      });
      for (const c of found.sizes) if (c.pt < MIN_CHART_TEXT_PT) small.push(`${url}: ${c.id} ${c.pt.toFixed(1)} pt`);
      if (found.money.length > 0 && found.words.length > 0 && Math.min(...found.money) < Math.max(...found.words)) small.push(`${url}: Betrag kleiner als Text in den Eckdaten`);
    }
    expect(small).toEqual([]);
    await page.close();
  });

  it('writes out the target of every link in the text', async () => {
    const page = await session.browser.newPage();
    await page.emulateMedia({ media: 'print' });
    const rb = model.regionalbudgets[0]!;
    const urls = [rb.url, rb.measures[0]!.url, ...model.projects.map((p) => p.url), ...[...model.programmes.values()].map((p) => p.url), ...model.news.map((n) => n.url)];
    const missing: string[] = [];
    let checked = 0;
    for (const url of urls) {
      await page.goto(session.base + url);
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('main :is(.prose, .panel, td, dd) a[href]')]
          .filter((a) => a.getClientRects().length > 0 && !/^(#|mailto:|tel:)/.test(a.getAttribute('href') ?? ''))
          .map((a) => ({ href: a.getAttribute('href') ?? '', after: getComputedStyle(a, '::after').content })),
      );
      checked += links.length;
      for (const l of links) if (!l.after.includes(l.href)) missing.push(`${url}: ${l.href}`);
    }
    expect(checked).toBeGreaterThan(10);
    expect(missing).toEqual([]);
    await page.close();
  });

  it('shows masthead, key facts, chart, table, short link and date, but no controls', async () => {
    const page = await session.browser.newPage();
    const measure = model.regionalbudgets.flatMap((rb) => rb.measures).find((m) => m.shortUrl)!;
    await page.goto(session.base + measure.url);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.evaluate((sel) => [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0), selector);
    for (const selector of ['.print-masthead', 'h1', '[data-key-facts]', '.chart-figure svg', 'table', '#kurzlink-url']) {
      await expect(shown(selector), selector).resolves.toBe(true);
    }
    await expect(page.locator('.print-masthead').textContent()).resolves.toMatch(/Stand: \d{1,2}\. \S+ \d{4}/);
    const controls = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('button, input, select, summary, .skip-link, form')].filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 80)),
      );
    await expect(controls()).resolves.toEqual([]);
    // The page furniture, hidden by each part's own stylesheet (Base.css, Breadcrumbs.css, …), not by one list.
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.pager', '.page-meta', '.press-kit']) {
      await expect(page.locator(selector).count(), selector).resolves.toBeGreaterThan(0);
      await expect(shown(selector), selector).resolves.toBe(false);
    }
    // A Regionalbudget has the most toggles ("Daten als Tabelle" under each chart).
    await page.goto(session.base + model.regionalbudgets[0]!.url);
    await expect(controls()).resolves.toEqual([]);
    await page.close();
  });

  it('prints the results of a search with what was searched, but not the search controls', async () => {
    // As wide as A4: wider, the form is laid out in columns and escapes the rule that hides forms on paper.
    const page = await session.browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(`${session.base}/suche/?q=Marketing`);
    await page.locator('.search-results li').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) =>
      page.evaluate((sel) => [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0).map((el) => el.textContent?.trim() ?? ''), selector);
    const results = await visible('.search-results li .search-result__title');
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((title) => title.replaceAll('\u00ad', '').includes('Gewerbeflächenmarketing'))).toBe(true);
    expect((await visible('[data-search-status]')).join(' ')).toContain('„Marketing“');
    await expect(visible('button, input, select, summary')).resolves.toEqual([]);
    await page.close();
  });
});

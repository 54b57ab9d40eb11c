/**
 * Paper: every measure prints as one A4 fact sheet, a Regionalbudget compactly, with no controls and with
 * link targets written out. Pages are counted in the PDF Chromium writes (page.pdf, A4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getModel } from '../../src/lib/data/project.ts';
import { ROOT } from '../helpers/site.ts';
import { openSession, type Session } from './browser.ts';

const model = getModel(ROOT);
/**
 * Nordsachsen printed on 11 pages before the print stylesheet was reworked, 6 after it; the figures it now
 * quotes with their sources and the notes on where its sources disagree (issue 13) add most of a page.
 */
const MAX_REGIONALBUDGET_PAGES = 7;

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

  it('shows masthead, key facts, chart, table, short link and date, but no controls, and writes out link targets', async () => {
    const page = await session.browser.newPage();
    const measure = model.regionalbudgets.flatMap((rb) => rb.measures).find((m) => m.shortUrl)!;
    await page.goto(session.base + measure.url);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.evaluate((sel) => [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0), selector);
    for (const selector of ['.print-masthead', 'h1', '[data-key-facts]', '.chart-figure svg', 'table', '#kurzlink-url']) {
      await expect(shown(selector), selector).resolves.toBe(true);
    }
    await expect(page.locator('.print-masthead').textContent()).resolves.toMatch(/Stand: \d{1,2}\. \S+ \d{4}/);
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, summary, .skip-link, form')].filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(controls).toEqual([]);
    // The page furniture, hidden by each part's own stylesheet (Base.css, Breadcrumbs.css, …), not by one list.
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.pager', '.page-meta', '.press-kit']) {
      await expect(page.locator(selector).count(), selector).resolves.toBeGreaterThan(0);
      await expect(shown(selector), selector).resolves.toBe(false);
    }
    await page.goto(`${session.base}/programme/grw-infra/`);
    await page.emulateMedia({ media: 'print' });
    const after = await page.evaluate(() => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('main .prose a[href], main .panel a[href]')].find((a) => !a.getAttribute('href')?.startsWith('#'));
      return link ? [link.getAttribute('href'), getComputedStyle(link, '::after').content] : null;
    });
    if (after) expect(after[1]).toContain(after[0] ?? '');
    await page.close();
  });
});

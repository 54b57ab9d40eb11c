/**
 * axe-core on every page of the sitemap and the 404 page (redirect pages are never shown), in light and dark
 * colour scheme, with the WCAG 2.2 AA rule sets and best practices: zero violations. Every <details> is opened
 * first (the charts' data tables, the search filters): what a reader opens must pass too. The pages with such
 * parts are checked once more on a 375 px phone, where wide tables scroll.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/site.ts';
import { sitePaths } from '../helpers/urls.ts';
import { axe, describeViolations } from './axe.ts';
import { openSession, type Session } from './browser.ts';

// Every URL of the built sitemap.xml plus the 404 page (published URLs without redirects if there is no sitemap).
ensureBuilt();
const { paths: urls, source } = sitePaths();

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

describe.each(['light', 'dark'] as const)('axe (%s)', (colorScheme) => {
  it('finds no violations on any page', async () => {
    const context = await session.browser.newContext({ colorScheme, bypassCSP: true });
    const report: string[] = [];
    for (const url of urls) {
      const page = await context.newPage();
      await page.goto(session.base + url);
      report.push(...describeViolations(url, await axe(page)));
      await page.close();
    }
    await context.close();
    console.log(`axe ${colorScheme}: ${urls.length} Seiten (${source}), ${report.length} Verstöße`);
    expect(report).toEqual([]);
    // One test walks every page of the sitemap (about two seconds each on a busy two-core machine).
  }, 900_000);
});

it('finds no violations on a 375 px phone on the pages with parts to open (data tables scroll there)', async () => {
  const context = await session.browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true });
  const report: string[] = [];
  let checked = 0;
  for (const url of urls) {
    const page = await context.newPage();
    await page.goto(session.base + url);
    if ((await page.locator('details').count()) > 0) {
      checked++;
      report.push(...describeViolations(url, await axe(page)));
    }
    await page.close();
  }
  await context.close();
  console.log(`axe 375 px: ${checked} Seiten mit aufklappbaren Teilen, ${report.length} Verstöße`);
  expect(checked).toBeGreaterThan(10);
  expect(report).toEqual([]);
}, 900_000);

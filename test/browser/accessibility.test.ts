/**
 * axe-core on every page of the sitemap and the 404 page (redirect pages are never shown), in light and dark
 * colour scheme, with the WCAG 2.2 AA rule sets and best practices: zero violations. Every <details> is opened
 * first (the charts' data tables, the search filters): what a reader opens must pass too. The pages with such
 * parts are checked once more on a 375 px phone, where wide tables scroll.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/site.ts';
import { sitePaths } from '../helpers/urls.ts';
import { openSession, type Session } from './browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Every URL of the built sitemap.xml plus the 404 page (published URLs without redirects if there is no sitemap).
ensureBuilt();
const { paths: urls, source } = sitePaths();

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, TAGS);
}

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
      for (const v of await axe(page)) {
        report.push(`${url} [${v.impact}] ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      }
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
      for (const v of await axe(page)) report.push(`${url} [${v.impact}] ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    }
    await page.close();
  }
  await context.close();
  console.log(`axe 375 px: ${checked} Seiten mit aufklappbaren Teilen, ${report.length} Verstöße`);
  expect(checked).toBeGreaterThan(10);
  expect(report).toEqual([]);
}, 900_000);

/**
 * The real site in Chromium at phone and desktop width: no horizontal scrolling of the page, no console
 * errors, no request to anyone but the local server. Screenshots go to test-results/screenshots/ for review.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';
import { openSession, watch, type Session } from './browser.ts';

const PAGES = {
  start: '/',
  regionalbudget: '/regionalbudgets/nordsachsen-2022/',
  leipzig: '/regionalbudgets/leipzig-2022/',
  massnahme: '/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/',
  aktuelles: '/aktuelles/2023-03-14-austausch-wirtschaftsfoerderungen/',
};
const WIDTHS = [375, 1280];
const OUT = join(ROOT, 'test-results', 'screenshots');

let session: Session;
beforeAll(async () => {
  session = await openSession();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => session?.close());

describe.each(WIDTHS)('at %i px', (width) => {
  it.each(Object.entries(PAGES))('%s renders without overflow, errors or third-party requests', async (name, path) => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } });
    const seen = watch(page, session.base);
    const response = await page.goto(session.base + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'Die Seite lässt sich seitlich verschieben').toBeLessThanOrEqual(0);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await page.close();
  });
});

it('shows the short link as text and enhances it with a copy button', async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.base}${PAGES.massnahme}`);
  await expect(page.locator('#kurzlink-url').textContent()).resolves.toMatch(/\/regionalbudgets\/nordsachsen-2022\/massnahmen\/1\/$/);
  await expect(page.locator('[data-copy]').isVisible()).resolves.toBe(true);
  await page.close();
  const noJs = await session.browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(`${session.base}${PAGES.massnahme}`);
  await expect(plain.locator('#kurzlink-url').isVisible()).resolves.toBe(true);
  await expect(plain.locator('[data-copy]').isVisible()).resolves.toBe(false);
  await noJs.close();
});

it('follows a short link to the measure page', async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.base}/regionalbudgets/nordsachsen-2022/massnahmen/7/`);
  await page.waitForURL(/fokus-fachpublikationen\/$/);
  // Soft hyphens are layout: "Fach\u00adpu\u00adbli\u00adka\u00adtio\u00adnen" is the word.
  expect(((await page.locator('h1').textContent()) ?? '').replaceAll('\u00ad', '')).toContain('Fokus Fachpublikationen');
  await page.close();
});

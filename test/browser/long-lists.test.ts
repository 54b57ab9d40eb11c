/**
 * Lists longer than a page (src/lib/pagination.ts) as readers meet them: on a generated project with a
 * Handlungsfeld of 135 measures, 110 measures without a field and 230 news items (test/helpers/long-lists.ts),
 * the pages that show the start of a list and the list pages themselves pass axe at 375 px (light and dark)
 * and 1280 px without overflowing; the page links are large enough to hit and lead through the list by keyboard.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/chromium.ts';
import { buildRepo } from '../helpers/site.ts';
import { generateLongLists, type LongLists } from '../helpers/long-lists.ts';
import { axe, describeViolations } from './axe.ts';
import { openSession, watch, type Session } from './browser.ts';

const work = mkdtempSync(join(tmpdir(), 'rb-long-lists-'));
const out = join(work, 'site', 'dist');
let site: LongLists;
let session: Session;
let browser: Browser;
let base = '';

beforeAll(async () => {
  site = generateLongLists(join(work, 'root'));
  const built = buildRepo(join(work, 'root'), out);
  expect(built.status, `${built.stdout}${built.stderr}`.slice(-4000)).toBe(0);
  session = await openSession(out);
  ({ browser, base } = session);
}, 600_000);

afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!chromiumPath())('long lists', () => {
  const pages = () => {
    const field = `/massnahmen/handlungsfeld/${site.rb}/${site.fields[0]}/`;
    const unassigned = `/massnahmen/ohne-zuordnung/${site.rb}/`;
    return [
      `/regionalbudgets/${site.rb}/`,
      `/regionalbudgets/${site.rb}/handlungsfelder/${site.fields[0]}/`,
      field,
      `${field}seite/2/`,
      unassigned,
      `${unassigned}seite/2/`,
      '/aktuelles/',
      '/aktuelles/seite/2/',
      '/aktuelles/seite/3/',
    ];
  };

  it('pass axe and fit a 375 px phone (light and dark) and a 1280 px screen', async () => {
    const report: string[] = [];
    for (const [width, colorScheme] of [[375, 'light'], [375, 'dark'], [1280, 'light']] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true });
      for (const url of pages()) {
        const page = await context.newPage();
        const seen = watch(page, base);
        await page.goto(base + url);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${url} ${width}`).toBeLessThanOrEqual(0);
        report.push(...describeViolations(`${url} ${width} ${colorScheme}`, await axe(page)));
        expect(seen.errors, url).toEqual([]);
        await page.close();
      }
      await context.close();
    }
    expect(report).toEqual([]);
  }, 600_000);

  it('give measure numbers of three and four digits room beside their titles on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${base}/massnahmen/handlungsfeld/${site.rb}/${site.fields[0]}/seite/2/`);
    const rows = await page.locator('.measure-list li').evaluateAll((lis) =>
      lis.map((li) => {
        const no = li.querySelector('.no')!.getBoundingClientRect();
        const title = li.querySelector('a')!.getBoundingClientRect();
        return { text: li.querySelector('.no')!.textContent, lines: Math.round(no.height / parseFloat(getComputedStyle(li).lineHeight)), gap: title.left - no.right };
      }),
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.text).toMatch(/^\d{3,4}$/);
      expect(row.lines, row.text ?? '').toBe(1);
      expect(row.gap, row.text ?? '').toBeGreaterThanOrEqual(4);
    }
    await page.close();
  });

  it('lead through a list by keyboard, with page links of at least 44 px and the current page marked', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${base}/aktuelles/seite/2/`);
    const nav = page.locator('nav.pagination').first();
    const links = nav.locator('a');
    expect(await links.count()).toBe(5);
    // Names without the arrows, which are decoration.
    for (const name of ['Vorherige Seite', 'Seite 1', 'Seite 2', 'Seite 3', 'Nächste Seite']) expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    expect(await nav.locator('a[aria-current="page"]').textContent()).toBe('Seite 2');
    // Tab until the "next" link has the focus (every link on the way shows the site's focus style), then Enter.
    let rel = '';
    for (let i = 0; i < 60 && rel !== 'next'; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cs = getComputedStyle(el);
        return { rel: el.getAttribute('rel') ?? '', tag: el.tagName, shown: (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || (cs.boxShadow !== 'none' && cs.boxShadow !== '') };
      });
      if (focus.tag === 'A') expect(focus.shown, `Fokus nach ${i + 1}× Tab`).toBe(true);
      rel = focus.rel;
    }
    expect(rel).toBe('next');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/aktuelles/seite/3/`);
    expect(await page.locator('[data-list-position]').textContent()).toContain('Seite 3 von 3');
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
    await page.close();
  });
});

/**
 * A keyboard-only walk through the real site in Chromium: the skip link comes first and is visible when
 * focused, Enter moves focus to the main content; the header navigation and the search field are reachable
 * with Tab; a search submitted with Enter goes to /suche/?q=…; from a Regionalbudget page a measure link is
 * reached with Tab and opened with Enter. Every focused element shows a focus indicator (outline or
 * box-shadow, from the computed style). Without JavaScript, everything needed to read and navigate is there.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_NAV } from '../../src/lib/site-links.ts';
import { openSession, type Session } from './browser.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

interface Focused {
  tag: string;
  id: string;
  cls: string;
  href: string;
  text: string;
  /** Outline or box-shadow drawn, and a box on screen. */
  indicator: boolean;
  inViewport: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', id: '', cls: '', href: '', text: '', indicator: false, inViewport: false };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      cls: el.className,
      href: el.getAttribute('href') ?? '',
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
      indicator: outline || shadow,
      inViewport: r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth,
    };
  });
}

/** Presses Tab until `match` is focused (at most `limit` times); every stop must show a focus indicator. */
async function tabTo(page: Page, match: (f: Focused) => boolean, limit = 120): Promise<{ target: Focused; path: Focused[] }> {
  const path: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    path.push(f);
    expect(f.indicator, `Kein sichtbarer Fokus auf <${f.tag}> „${f.text}“ ${f.href}`).toBe(true);
    if (match(f)) return { target: f, path };
  }
  throw new Error(`Nach ${limit}× Tab nicht erreicht; besucht: ${path.map((f) => f.text || f.tag).join(' → ')}`);
}

describe('keyboard only', () => {
  it('reaches the skip link first, shows it, and Enter moves focus to the main content', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.base}/regionalbudgets/`);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.cls).toContain('skip-link');
    expect(first.text).toBe('Zum Inhalt springen');
    expect(first.indicator).toBe(true);
    expect(first.inViewport, 'Der Sprunglink ist beim Fokussieren nicht sichtbar').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhalt');
    expect(new URL(page.url()).hash).toBe('#inhalt');
    // The next Tab continues inside the main content, not at the top of the page.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('main')?.id)).resolves.toBe('inhalt');
    await page.close();
  });

  it('reaches the search field and every header navigation link with Tab, each with a visible focus', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.base}/`);
    const last = MAIN_NAV[MAIN_NAV.length - 1]?.href ?? '';
    const { path } = await tabTo(page, (f) => f.href === last, 20);
    expect(path.some((f) => f.id === 'site-search')).toBe(true);
    for (const item of MAIN_NAV) expect(path.map((f) => f.href), item.label).toContain(item.href);
    for (const f of path) expect(f.inViewport, `<${f.tag}> „${f.text}“ ist fokussiert, aber nicht zu sehen`).toBe(true);
    await page.close();
  });

  it('opens a header navigation link with Enter', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.base}/`);
    await tabTo(page, (f) => f.href === '/projekte/', 20);
    await Promise.all([page.waitForURL(`${session.base}/projekte/`), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Projekte');
    await page.close();
  });

  it('submits a search typed into the search field with Enter', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.base}/kontakt/`);
    await tabTo(page, (f) => f.id === 'site-search', 10);
    await page.keyboard.type('Marketing');
    await Promise.all([page.waitForURL(/\/suche\/\?q=Marketing$/), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/suche/');
    expect(url.searchParams.get('q')).toBe('Marketing');
    await page.close();
  });

  it('tabs from a Regionalbudget page to a measure link and opens the measure with Enter', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.base}/regionalbudgets/nordsachsen-2022/`);
    const { target } = await tabTo(page, (f) => f.tag === 'a' && /^\/regionalbudgets\/nordsachsen-2022\/massnahmen\/[a-z0-9-]+\/$/.test(f.href));
    await Promise.all([page.waitForURL(session.base + target.href), page.keyboard.press('Enter')]);
    const h1 = (await page.locator('h1').textContent()) ?? '';
    expect(h1).toContain(target.text.replace(/^Maßnahme \d+: /, '').slice(0, 20));
    // On the measure page, the keyboard still starts at the skip link.
    await page.keyboard.press('Tab');
    await expect(focused(page).then((f) => f.cls)).resolves.toContain('skip-link');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows the navigation, the search form and the full content of every kind of page', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/', '/regionalbudgets/nordsachsen-2022/', '/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/', '/projekte/region-der-mitte/']) {
      await page.goto(session.base + path);
      await expect(page.locator('h1').isVisible(), path).resolves.toBe(true);
      await expect(page.locator('#site-search').isVisible(), path).resolves.toBe(true);
      for (const item of MAIN_NAV) await expect(page.locator(`.site-nav a[href="${item.href}"]`).isVisible(), `${path} ${item.label}`).resolves.toBe(true);
      const text = (await page.locator('main').innerText()).length;
      expect(text, path).toBeGreaterThan(200);
    }
    await page.goto(`${session.base}/regionalbudgets/nordsachsen-2022/`);
    await page.locator('main a[href*="/massnahmen/"]').first().click();
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Maßnahme|\w/);
    await context.close();
  });
});

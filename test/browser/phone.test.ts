/**
 * Every built page on a 320 and a 375 px phone: charts fit their box (no scroll box, no label cut off at its
 * edge, text ≥ 12 px at 375 px), no amount runs over two lines, no word breaks except at a hyphen or soft
 * hyphen, and the key facts of Regionalbudget, Handlungsfeld, project and programme pages lie within the
 * first screen and a half.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sitePaths } from '../helpers/urls.ts';
import { openSession, type Session } from './browser.ts';

const HEIGHT = 812;
const { paths } = sitePaths();
const KEY_FACT_PAGES = /^\/(regionalbudgets\/[^/]+\/(handlungsfelder\/[^/]+\/)?|projekte\/[^/]+\/|programme\/[^/]+\/|regionalbudgets\/[^/]+\/massnahmen\/[^/]+\/)$/;

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

/** Problems on the open page, as readable strings (empty when all is well). */
async function problems(page: Page): Promise<{ charts: string[]; amounts: string[]; words: string[]; fontPx: number[] }> {
  return page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0;
    const charts: string[] = [];
    const fontPx: number[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('.chart-figure svg.chart')) {
      if (!visible(svg)) continue;
      const box = svg.getBoundingClientRect();
      const parent = (svg.parentElement as HTMLElement).getBoundingClientRect();
      if (box.width > parent.width + 0.5) charts.push(`${svg.id || svg.getAttribute('aria-labelledby')}: ${box.width} > ${parent.width}`);
      for (let el: HTMLElement | null = svg.parentElement; el; el = el.parentElement) {
        const ox = getComputedStyle(el).overflowX;
        if ((ox === 'auto' || ox === 'scroll') && el.scrollWidth > el.clientWidth) charts.push(`${svg.getAttribute('aria-labelledby')}: in einer Scrollbox`);
      }
      // Text past the viewBox is cut off (a legend's "310.000 €" lost its "€"): every label stays inside.
      const vb = svg.viewBox.baseVal;
      for (const label of svg.querySelectorAll<SVGTextElement>('text')) {
        const b = label.getBBox();
        if (b.x < vb.x - 0.5 || b.x + b.width > vb.x + vb.width + 0.5) charts.push(`${svg.getAttribute('aria-labelledby')}: Text abgeschnitten: „${label.textContent}“`);
      }
      const viewBoxWidth = svg.viewBox.baseVal.width;
      const size = Number(svg.getAttribute('font-size') ?? '13');
      fontPx.push((size * box.width) / viewBoxWidth);
    }
    const amounts = [...document.querySelectorAll('main .amount')]
      .filter((el) => visible(el) && !el.closest('details:not([open])'))
      .filter((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size > 1)
      .map((el) => el.textContent ?? '');
    const words: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('svg, script, style, code, cite, .shortlink, [hidden], .visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size < 2) continue;
      const text = node.data;
      for (const m of text.matchAll(/\S{2,}/g)) {
        const token = m[0];
        if (/[/@]|\.\w/.test(token)) continue; // addresses break where the browser must
        let lastTop: number | undefined;
        for (let i = 0; i < token.length; i++) {
          const at = (m.index ?? 0) + i;
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (!rect) continue;
          const top = Math.round(rect.top);
          if (lastTop !== undefined && top > lastTop + 2) {
            // Chromium reports the rect of the character after a soft hyphen on either line; one character of slack.
            const before = text.slice(Math.max(0, at - 2), at);
            if (!/[-\u00ad\u2013\u2010]/.test(before)) words.push(`${token.replace(/\u00ad/g, '')} (Umbruch vor „${token.slice(i).replace(/\u00ad/g, '')}“)`);
          }
          lastTop = top;
        }
      }
    }
    return { charts, amounts, words, fontPx };
  });
}

describe.each([320, 375])('every page at %i px', (width) => {
  it(`has charts that fit, whole amounts and words broken only at hyphens (${paths.length} pages)`, async () => {
    const context = await session.browser.newContext({ viewport: { width, height: HEIGHT } });
    const page = await context.newPage();
    const found: string[] = [];
    let smallest = Infinity;
    for (const path of paths) {
      await page.goto(session.base + path);
      const p = await problems(page);
      found.push(...p.charts.map((c) => `${path}: Diagramm ${c}`), ...p.amounts.map((a) => `${path}: Betrag auf zwei Zeilen: ${a}`), ...p.words.map((w) => `${path}: Wort ohne Trennstrich umbrochen: ${w}`));
      smallest = Math.min(smallest, ...p.fontPx);
    }
    expect(found).toEqual([]);
    if (width === 375) expect(smallest, 'kleinste Diagrammschrift in px').toBeGreaterThanOrEqual(12);
    await context.close();
  });

  it('shows the key facts within the first screen and a half', async () => {
    const context = await session.browser.newContext({ viewport: { width, height: HEIGHT } });
    const page = await context.newPage();
    const late: string[] = [];
    const checked = paths.filter((p) => KEY_FACT_PAGES.test(p));
    expect(checked.length).toBeGreaterThan(10);
    for (const path of checked) {
      await page.goto(session.base + path);
      const top = await page.evaluate(() => {
        const facts = document.querySelector('main [data-key-facts]');
        return facts ? facts.getBoundingClientRect().top + window.scrollY : null;
      });
      if (top === null || top > 1.5 * HEIGHT) late.push(`${path}: Eckdaten ${top === null ? 'fehlen' : `erst bei ${Math.round(top)} px`}`);
      const euro = await page.evaluate(() => {
        const first = document.querySelector('main .amount');
        return first ? first.getBoundingClientRect().top + window.scrollY : null;
      });
      // Pages with a budget open with it; projects and programmes name amounts only in their text.
      if (path.startsWith('/regionalbudgets/') && euro !== null && euro > 1.5 * HEIGHT) late.push(`${path}: erster Eurobetrag ${euro === null ? 'fehlt' : `erst bei ${Math.round(euro)} px`}`);
    }
    expect(late).toEqual([]);
    await context.close();
  });
});

/**
 * Size budgets on the built files (gzip): HTML ≤ 20 KB per page (p95 printed), all CSS of a page ≤ 12 KB,
 * JavaScript on content pages ≤ 1 KB (the search page excepted), no inline style attributes or event handlers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, isRedirect, tags } from '../../scripts/lib/built-pages.ts';
import { BUDGETS, formatSizes, JS_EXCEPTIONS, measureSizes } from '../../scripts/size-report.ts';
import { DIST, ensureBuilt } from '../helpers/site.ts';

beforeAll(ensureBuilt);

describe('size budgets', () => {
  it('keeps every page within the HTML, CSS and JavaScript budgets', () => {
    const report = measureSizes(DIST);
    console.log(formatSizes(report, 10));
    expect(report.pages.length).toBeGreaterThan(40);
    expect(report.p95Html).toBeLessThanOrEqual(BUDGETS.html);
    expect(report.maxCss.css).toBeGreaterThan(0);
    expect(report.overBudget).toEqual([]);
  });
});

describe('the web editor stays out of the public pages', () => {
  it('no public page loads or links anything under /redaktion/, and no index lists it', () => {
    const found = builtPages(DIST).filter((p) => p.html.includes('/redaktion/')).map((p) => p.url);
    expect(found).toEqual([]);
    for (const file of ['sitemap.xml', 'aktuelles/feed.xml']) expect(readFileSync(join(DIST, file), 'utf8'), file).not.toContain('/redaktion/');
    const editor = readFileSync(join(DIST, 'redaktion', 'index.html'), 'utf8');
    expect(editor).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(editor).not.toContain('data-pagefind-body');
  });
});

describe('nothing that needs JavaScript or unsafe-inline', () => {
  const pages = () => builtPages(DIST).filter((p) => !isRedirect(p.html));

  it('has no style attributes, inline event handlers, javascript: links or inline scripts', () => {
    const found: string[] = [];
    for (const page of pages()) {
      for (const { tag, attrs } of tags(page.html)) {
        for (const name of Object.keys(attrs)) {
          if (name === 'style' || /^on[a-z]+$/.test(name)) found.push(`${page.url}: <${tag} ${name}>`);
        }
        if (Object.values(attrs).some((v) => /^\s*javascript:/i.test(v))) found.push(`${page.url}: <${tag}> mit javascript:`);
      }
      for (const m of page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const attrs = m[1] ?? '';
        if (!/\bsrc=/.test(attrs) && !/type="application\/ld\+json"/.test(attrs)) found.push(`${page.url}: Inline-Skript ${attrs.trim()}`);
      }
      if (/<style\b/i.test(page.html)) found.push(`${page.url}: <style>-Element`);
    }
    expect(found).toEqual([]);
  });

  it('puts Astro’s Content-Security-Policy on every page, without unsafe-inline', () => {
    for (const page of pages()) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html)?.[1];
      expect(csp, page.url).toBeDefined();
      expect(csp, page.url).toMatch(/script-src 'self'/);
      expect(csp, page.url).toMatch(/style-src 'self'/);
      expect(csp, page.url).not.toContain('unsafe-inline');
      expect(csp, page.url).not.toContain("'unsafe-eval'");
    }
  });

  it('loads no script on content pages except small enhancements (the search page excepted)', () => {
    const report = measureSizes(DIST);
    for (const p of report.pages.filter((x) => !JS_EXCEPTIONS.includes(x.url))) expect(p.js, p.url).toBeLessThanOrEqual(BUDGETS.js);
  });
});

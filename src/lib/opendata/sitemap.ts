/**
 * sitemap.xml (sitemaps.org 0.9) and robots.txt as text. The sitemap is made from the built pages
 * themselves (scripts/lib/sitemap.ts), so it lists every page whoever adds it: redirect pages (meta
 * refresh) and pages marked noindex (404) are left out, and lastmod is the date the page shows as
 * "Zuletzt aktualisiert" (the last git change of its sources), omitted where the page shows none.
 */
import { escapeXml } from '../escape.ts';

export interface SitemapEntry {
  loc: string;
  /** W3C date (YYYY-MM-DD); left out when unknown. */
  lastmod?: string | undefined;
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `  <url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ''}</url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

export function robotsTxt(baseUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${baseUrl}/sitemap.xml\n`;
}

/** Whether a built HTML page belongs in the sitemap. */
export function isIndexable(html: string): boolean {
  return !/<meta http-equiv="refresh"/i.test(html) && !/<meta name="robots" content="[^"]*noindex/i.test(html);
}

/** The page's "Zuletzt aktualisiert" date, if it shows one. */
export function shownLastUpdate(html: string): string | undefined {
  return /Zuletzt aktualisiert: <time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
}

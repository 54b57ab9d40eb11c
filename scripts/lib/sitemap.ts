/** Writes sitemap.xml from the built HTML pages (see src/lib/opendata/sitemap.ts for the rules). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isIndexable, shownLastUpdate, sitemapXml } from '../../src/lib/opendata/sitemap.ts';
import { folderPageUrls } from './built-pages.ts';
import { PageFacts } from './page-facts.ts';

/** What the sitemap needs of a page. */
export interface SitemapInfo {
  indexable: boolean;
  lastmod: string | undefined;
}

export function sitemapInfo(html: string): SitemapInfo {
  return { indexable: isIndexable(html), lastmod: shownLastUpdate(html) };
}

/**
 * `facts`: pages the previous build read, used for the same files (page-facts.ts); `redirects`: the redirect
 * pages the build wrote (redirect-pages.ts), never indexable, so not read.
 */
export function writeSitemap(dist: string, baseUrl: string, facts: PageFacts = new PageFacts(), redirects: ReadonlySet<string> = new Set()): number {
  const entries = folderPageUrls(dist).flatMap((path) => {
    const file = join(dist, path, 'index.html');
    const rel = relative(dist, file);
    if (redirects.has(rel)) return [];
    const info = facts.sitemap(file, rel, () => sitemapInfo(readFileSync(file, 'utf8')));
    return info.indexable ? [{ loc: `${baseUrl}${path}`, lastmod: info.lastmod }] : [];
  });
  writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(entries));
  return entries.length;
}

/** Writes sitemap.xml from the built HTML pages (see src/lib/opendata/sitemap.ts for the rules). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isIndexable, shownLastUpdate, sitemapXml } from '../../src/lib/opendata/sitemap.ts';
import { folderPageUrls } from './built-pages.ts';

export function writeSitemap(dist: string, baseUrl: string): number {
  const entries = folderPageUrls(dist).flatMap((path) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    return isIndexable(html) ? [{ loc: `${baseUrl}${path}`, lastmod: shownLastUpdate(html) }] : [];
  });
  writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(entries));
  return entries.length;
}

/** Writes sitemap.xml from the built HTML pages (see src/lib/opendata/sitemap.ts for the rules). */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isIndexable, shownLastUpdate, sitemapXml } from '../../src/lib/opendata/sitemap.ts';

function htmlPages(dist: string, dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name.startsWith('_') ? [] : htmlPages(dist, path);
    return name === 'index.html' ? [`/${relative(dist, dir).split(sep).join('/')}/`.replace('//', '/')] : [];
  });
}

export function writeSitemap(dist: string, baseUrl: string): number {
  const entries = htmlPages(dist)
    .sort()
    .flatMap((path) => {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      return isIndexable(html) ? [{ loc: `${baseUrl}${path}`, lastmod: shownLastUpdate(html) }] : [];
    });
  writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(entries));
  return entries.length;
}

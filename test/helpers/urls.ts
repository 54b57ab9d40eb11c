/**
 * The pages a visitor can reach: every URL of the built sitemap.xml (as paths), plus the 404 page. Without
 * a sitemap in the build, the published URLs (test/published-urls.txt) that are not redirect pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, page } from './site.ts';

export function sitePaths(): { paths: string[]; source: string } {
  const sitemap = join(DIST, 'sitemap.xml');
  if (existsSync(sitemap)) {
    const paths = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
    return { paths: [...new Set([...paths, '/404.html'])], source: 'sitemap.xml' };
  }
  const paths = readFileSync(join(ROOT, 'test/published-urls.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('/'))
    .filter((url) => !page(url).includes('http-equiv="refresh"'));
  return { paths, source: 'test/published-urls.txt' };
}

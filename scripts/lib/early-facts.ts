/**
 * Reads a page as soon as Astro reports it written (astro-progress.ts), for the search index (its cleaned form)
 * and the sitemap (whether it is listed, its date), so that neither reads the page again after Astro
 * (page-facts.ts uses this only while the file is still the same).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PageFacts } from './page-facts.ts';
import { candidate } from './search-index.ts';
import { cleanPage } from './search-clean.ts';
import { sitemapInfo } from './sitemap.ts';

/**
 * Whether Astro has written the page at `sitePath` (a file with content). A page read while Astro is still
 * writing it is read again after Astro: its size and time then differ from those read with it (page-facts.ts).
 */
export function isWritten(siteDir: string, sitePath: string): boolean {
  try {
    return statSync(join(siteDir, sitePath)).size > 0;
  } catch {
    return false;
  }
}

/**
 * `sitePath`: as Astro prints it, "/a/b/index.html". A path outside the site, or a file that cannot be read, is
 * left for later. Returns whether the page was read.
 */
export function readWhenWritten(siteDir: string, sitePath: string, facts: PageFacts): boolean {
  const file = join(siteDir, sitePath);
  const rel = relative(siteDir, file);
  if (!file.endsWith('.html') || rel.startsWith('..')) return false;
  const indexed = candidate(siteDir, file) !== undefined;
  try {
    facts.early(file, rel, () => {
      const html = readFileSync(file, 'utf8');
      return { ...(indexed && { page: cleanPage(html) }), sitemap: sitemapInfo(html) };
    });
    return true;
  } catch {
    return false; // read again, and any error reported, after Astro
  }
}

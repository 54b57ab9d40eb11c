/**
 * Reads a page as soon as Astro reports it written (astro-progress.ts), for the search index (its cleaned form)
 * and the sitemap (whether it is listed, its date), so that neither reads the page again after Astro
 * (page-facts.ts uses this only while the file is still the same).
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PageFacts } from './page-facts.ts';
import { candidate, type WrittenPage } from './search-index.ts';
import { cleanPage, type CleanedPage } from './search-clean.ts';
import { sitemapInfo } from './sitemap.ts';

/**
 * Whether Astro has written the page at `sitePath`: a file with content, and an HTML page only once its end is
 * there. A finish mark in Astro's log does not say which of the pages in flight it is for (astro-progress.ts):
 * the other one may be half written (seen once in 13,000 pages). A page read early is checked once more after
 * Astro (page-facts.ts, search-index.ts); this keeps that check from failing.
 */
export function isWritten(siteDir: string, sitePath: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(join(siteDir, sitePath), 'r');
    const size = fstatSync(fd).size;
    if (size === 0) return false;
    if (!sitePath.endsWith('.html')) return true;
    const tail = Buffer.alloc(Math.min(size, 32));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return HTML_END.test(tail.toString('latin1'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const HTML_END = /<\/html>\s*$/i;

/**
 * `sitePath`: as Astro prints it, "/a/b/index.html". A path outside the site, or a file that cannot be read, is
 * left for later. Returns what was read (for the search index as it is fed: search-index.ts), or undefined.
 */
export function readWhenWritten(siteDir: string, sitePath: string, facts: PageFacts): WrittenPage | undefined {
  const file = join(siteDir, sitePath);
  const rel = relative(siteDir, file);
  if (!file.endsWith('.html') || rel.startsWith('..')) return undefined;
  const indexed = candidate(siteDir, file) !== undefined;
  try {
    let page: CleanedPage | null | undefined;
    const id = facts.early(file, rel, () => {
      const html = readFileSync(file, 'utf8');
      if (indexed) page = cleanPage(html);
      return { ...(indexed && { page }), sitemap: sitemapInfo(html) };
    });
    return { rel, id, ...(indexed && { page }) };
  } catch {
    return undefined; // read again, and any error reported, after Astro
  }
}

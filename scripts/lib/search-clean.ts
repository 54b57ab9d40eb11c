/**
 * Reading and cleaning built pages for the search index (search-index.ts). Measured and left out: cleaning in
 * worker threads (2,500 measures: cleaning is 1.2 s CPU, the threads cost 2 s more than they save) and a cache of
 * cleaned pages keyed by each page's hash (62 MB, no CPU saved: hashing and (de)serialising cost what cleaning
 * costs). Kept instead: cleaned pages of the published version, recognised by file identity (page-facts.ts).
 */
import { indexedText, mainHeading, maskAttributeMarkup, removeElements } from '../../src/lib/search/html-text.ts';

/**
 * Page furniture that is left out of the index: it repeats on many pages and says nothing about the topic
 * (charts and their data tables, which repeat the budget table; short link; citation; press kit; the change
 * history of the data). Opening tags as regular expressions, for removeElements().
 */
export const NOT_INDEXED_ELEMENTS = [
  // Pagefind skips navigation and forms itself; removing them here keeps the compound terms in step.
  /<nav\b[^>]*>/,
  /<form\b[^>]*>/,
  /<svg\b[^>]*>/,
  /<figure\b[^>]*\bclass="chart-figure"[^>]*>/,
  /<section\b[^>]*\baria-labelledby="(?:kurzlink|zitieren|presse)"[^>]*>/,
  /<section\b[^>]*\bclass="[^"]*\b(?:press-kit|change-history)\b[^"]*"[^>]*>/,
];

/** Soft hyphens are layout (src/lib/typography.ts), not part of the words: "Gewerbe\u00adflächen" must index as one word. */
export function withoutSoftHyphens(html: string): string {
  return html.replace(/\u00ad|&shy;|&#173;|&#xad;/gi, '');
}

const HAS_BODY = /\bdata-pagefind-body\b/;

/**
 * Of `<head>`, Pagefind reads only the title, as the page's title where it has no `<h1>`: indexed pages carry
 * their metadata in data-pagefind-* attributes, and the language is forced (search-index.ts). Without styles,
 * JSON-LD and meta tags a page is about half as big, for Pagefind to parse and for the facts kept between builds
 * (page-facts.ts); the index is the same byte for byte (test/build/search-index-head.test.ts).
 */
export function withoutHeadButTitle(html: string): string {
  return html.replace(/<head\b[^>]*>[\s\S]*?<\/head>/i, (head) => `<head>${/<title\b[^>]*>[\s\S]*?<\/title>/i.exec(head)?.[0] ?? ''}</head>`);
}

/** Soft hyphens, attribute markup and page furniture removed: what the index may see of a page. */
export function indexablePart(raw: string): string {
  return NOT_INDEXED_ELEMENTS.reduce(removeElements, maskAttributeMarkup(withoutSoftHyphens(raw)));
}

export interface CleanedPage {
  html: string;
  text: string;
  title: string;
}

/**
 * A page cleaned for the index (`<head>` but the title, soft hyphens, attribute markup and page furniture
 * removed; its text and main heading), or null when it has no indexed part. Called one page at a time, keeping only the cleaned page:
 * holding every raw page through a chain of array steps made the garbage collector 40 % of this work.
 */
export function cleanPage(raw: string): CleanedPage | null {
  // The body marker is checked before cleaning: cleaning only removes text, so a page without it stays without.
  if (!HAS_BODY.test(raw)) return null;
  const html = indexablePart(withoutHeadButTitle(raw));
  return HAS_BODY.test(html) ? { html, text: indexedText(html), title: mainHeading(html) } : null;
}


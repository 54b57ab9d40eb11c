/**
 * What the Pagefind index gets of a built site (German stemming; only `data-pagefind-body` is indexed); when
 * and in which order it gets it: search-index-feed.ts.
 *
 * Pages are added with `addHTMLFile`, after adding index-only terms to the HTML in memory:
 * the parts of German compounds and ASCII spellings of umlauts (src/lib/search/compounds.ts, index-terms.ts), so that
 * "Marketing" finds "Gewerbeflächenmarketing" and "Gewerbeflaechen" finds "Gewerbeflächen". The shipped
 * pages stay unchanged (docs/decisions/0002-suche-komposita.md).
 * Page furniture (charts, short link, citation, press kit, change history) is removed before indexing.
 * Pages without search metadata get a type from their address (typeOfPath: Programm, Kontakt, Übersicht …). The search page and the static browse pages
 * (/massnahmen/…) are not indexed: they only repeat what the other pages say.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { TYPES, typeOfPath } from '../../src/lib/search/facets.ts';
import { withIndexOnlyTerms } from '../../src/lib/search/html-text.ts';
import type { CleanedPage } from './search-clean.ts';
import { listPageOf } from '../../src/lib/pagination.ts';

/**
 * What a page of a type is about, though its text may not say so in these words: a programme page is about
 * "Förderung" even when it only says "Förderrichtlinie" (the stemmer keeps "förder" and "förd" apart).
 * Indexed with the title's weight.
 */
export const TYPE_TERMS: Partial<Record<string, string[]>> = {
  Programm: ['förderprogramm', 'förderung'],
};

/** URL prefixes that are never indexed (nor the later pages of a long list: src/lib/pagination.ts). */
export const NOT_INDEXED = ['/suche/', '/massnahmen/', '/404.html', '/pagefind/', '/_astro/', '/redaktion/'];

/** Weight of index-only terms from the page title (an h1 counts 7) and from the rest of the page (text counts 1). */
export const TITLE_TERM_WEIGHT = 5;
export const BODY_TERM_WEIGHT = 0.5;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

function urlOf(siteDir: string, file: string): string {
  const rel = `/${relative(siteDir, file).split(sep).join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

interface Candidate {
  file: string;
  rel: string;
  url: string;
}

/** The HTML file `file` of the site as a page that may be indexed, or undefined (by address; see NOT_INDEXED). */
export function candidate(siteDir: string, file: string): Candidate | undefined {
  const url = urlOf(siteDir, file);
  return NOT_INDEXED.some((prefix) => url.startsWith(prefix)) || listPageOf(url) ? undefined : { file, rel: relative(siteDir, file), url };
}

/** The files that may be indexed (by address; most redirect pages and browse pages are never read). */
export function indexCandidates(siteDir: string): Candidate[] {
  return htmlFiles(siteDir).flatMap((file) => candidate(siteDir, file) ?? []);
}

/** The page as Pagefind gets it: cleaned, with its index-only terms and, where it has no type, the type of its address. */
export function withTerms(p: { url: string } & CleanedPage, indexTerms: (text: string) => string[]): string {
  const titleTerms = indexTerms(p.title);
  const inTitle = new Set(titleTerms);
  const bodyTerms = indexTerms(p.text).filter((t) => !inTitle.has(t));
  const typ = /data-pagefind-filter="typ:([^"]+)"/.exec(p.html)?.[1] ?? TYPES[typeOfPath(p.url)];
  const typeTerms = (TYPE_TERMS[typ] ?? []).filter((t) => !inTitle.has(t));
  const defaults = /data-pagefind-filter="typ:/.test(p.html) ? [] : [`<span data-pagefind-filter="typ:${typ}"></span><span data-pagefind-meta="typ:${typ}"></span>`];
  return withIndexOnlyTerms(
    p.html,
    [
      { weight: TITLE_TERM_WEIGHT, terms: [...titleTerms, ...typeTerms] },
      { weight: BODY_TERM_WEIGHT, terms: bodyTerms },
    ],
    defaults,
  );
}

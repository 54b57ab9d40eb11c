/**
 * Builds the Pagefind index of a built site (German stemming; only `data-pagefind-body` is indexed).
 *
 * Pages are added one by one with `addHTMLFile`, after adding index-only terms to the HTML in memory:
 * the parts of German compounds and ASCII spellings of umlauts (src/lib/search/compounds.ts, index-terms.ts), so that
 * "Marketing" finds "Gewerbeflächenmarketing" and "Gewerbeflaechen" finds "Gewerbeflächen". The shipped
 * pages stay unchanged (docs/decisions/0002-suche-komposita.md).
 * Page furniture (charts, short link, citation, press kit, change history) is removed before indexing.
 * Pages without search metadata get a type from their address (typeOfPath: Programm, Kontakt, Übersicht …). The search page and the static browse pages
 * (/massnahmen/…) are not indexed: they only repeat what the other pages say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { buildVocabulary, learnParts } from '../../src/lib/search/compounds.ts';
import { createIndexTerms } from '../../src/lib/search/index-terms.ts';
import { TYPES, typeOfPath } from '../../src/lib/search/facets.ts';
import { withIndexOnlyTerms } from '../../src/lib/search/html-text.ts';
import { cleanPage } from './search-clean.ts';
import { listPageOf } from '../../src/lib/pagination.ts';
import { PageFacts } from './page-facts.ts';

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

export interface IndexedPage {
  url: string;
  /** The cleaned page with its index-only terms (computed when called). */
  html(): string;
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

/**
 * The pages to index with their index-only terms added (pure apart from reading the files). A page the
 * previous build read as the same file (taken over from the published version: page-facts.ts) is not read
 * and cleaned again.
 */
export function preparePages(siteDir: string, facts: PageFacts = new PageFacts()): IndexedPage[] {
  const candidates = indexCandidates(siteDir);
  const cleaned = candidates.map(({ file, rel }) => facts.cleaned(file, rel, () => cleanPage(readFileSync(file, 'utf8'))));
  const pages = candidates
    .flatMap((p, i) => {
      const page = cleaned[i];
      return page ? [{ url: p.url, ...page }] : [];
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  const vocabulary = learnParts(buildVocabulary(pages.map((p) => p.text)));
  const indexTerms = createIndexTerms(vocabulary);
  // Terms are added as each page is sent: Pagefind indexes on one core meanwhile (buildSearchIndex).
  return pages.map((p) => ({ url: p.url, html: () => withTerms(p) }));

  function withTerms(p: { url: string; html: string; text: string; title: string }): string {
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
}

export interface IndexFigures {
  pages: number;
  /** Seconds: reading and cleaning the pages with their index-only terms, adding them to Pagefind, writing. */
  prepare: number;
  add: number;
  write: number;
}

/** Pages sent to Pagefind before the first answer is awaited. */
const IN_FLIGHT = 64;

/**
 * `whileWriting` runs while Pagefind writes its files in its own process: work that would otherwise wait.
 * (Handing every page over at once, so that such work could run while Pagefind indexes, made the indexing
 * itself slower: 12 → 19 s at 10,000 measures.)
 */
export async function buildSearchIndex(
  siteDir: string,
  beforeWrite: () => Promise<void> = async () => {},
  facts?: PageFacts,
  whileWriting: () => Promise<void> = async () => {},
): Promise<IndexFigures> {
  const seconds = (since: number) => (performance.now() - since) / 1000;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
  if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
  try {
    let start = performance.now();
    const pages = preparePages(siteDir, facts);
    const prepare = seconds(start);
    start = performance.now();
    // A window of pages in flight: Pagefind indexes while the next ones are sent, and no page waits for the
    // slowest of a batch (10,000 pages: batches of 64 took 7.6 s, one by one 10.5 s). Pagefind numbers the
    // pages in the order they arrive, so they are sent in order; the index is the same as one by one.
    let next = 0;
    const sender = async () => {
      while (next < pages.length) {
        const page = pages[next++]!;
        const added = await index.addHTMLFile({ url: page.url, content: page.html() });
        if (added.errors.length > 0) throw new Error(`Pagefind (${page.url}): ${added.errors.join(', ')}`);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
    const add = seconds(start);
    await beforeWrite();
    start = performance.now();
    const [written] = await Promise.all([index.writeFiles({ outputPath: join(siteDir, 'pagefind') }), whileWriting()]);
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
    return { pages: pages.length, prepare, add, write: seconds(start) };
  } finally {
    await pagefind.close();
  }
}

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
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { createIndexTerms } from '../../src/lib/search/index-terms.ts';
import { TYPES, typeOfPath } from '../../src/lib/search/facets.ts';
import { withIndexOnlyTerms } from '../../src/lib/search/html-text.ts';
import { cleanPage, type CleanedPage } from './search-clean.ts';
import { listPageOf } from '../../src/lib/pagination.ts';
import { fileId, PageFacts } from './page-facts.ts';

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

export interface IndexFigures {
  pages: number;
  /** Pages Pagefind had while Astro was still writing pages. */
  early: number;
  /** Seconds after Astro: finding and reading the rest of the pages, adding them to Pagefind, writing. */
  prepare: number;
  add: number;
  write: number;
}

/** Pages sent to Pagefind before the first answer is awaited. */
const IN_FLIGHT = 64;

/** A page read as soon as Astro wrote it (early-facts.ts), with the identity of the file it was read from. */
export interface WrittenPage {
  rel: string;
  id: string;
  page?: CleanedPage | null;
}

/**
 * The search index, fed while Astro writes the pages (docs/performance.md, ninth round). Pagefind numbers pages
 * in the order they arrive, and a warm build must give the cold build's index; so the order is fixed by the
 * content, not by timing: first the keyed pages in the order Astro's routes list them (the key log of
 * src/lib/io/page-reuse.ts, the same in a warm and a cold build, taken-over pages included), then every other
 * page by address. A page goes to Pagefind once it and every page before it are read, so Pagefind indexes on
 * the core Astro leaves idle. Pages taken over from the published version are only there after Astro: from
 * the first of them on, the rest waits, as in a warm build everything does. After Astro each page sent early
 * must still be the file it was read from; if one is not, the index starts again after Astro.
 * The compound terms come from the vocabulary of the sources (indexVocabulary), known before the first page.
 */
export class SearchIndexFeed {
  private index: pagefind.PagefindIndex;
  private readonly keyLog: string;
  private readonly vocabulary: () => ReadonlySet<string>;
  private terms: ((text: string) => string[]) | undefined;
  private siteDir = '';
  /** Keyed files in the log's order, and how far the log was read. */
  private readonly order: string[] = [];
  private readonly inOrder = new Set<string>();
  private logBytes = 0;
  private logRest = '';
  /** Pages read early, not yet sent (null: read, nothing indexed). */
  private readonly ready = new Map<string, { id: string; page: CleanedPage | null }>();
  /** Pages sent, in order, with the identity of the file they were read from. */
  private readonly sent = new Map<string, string>();
  private next = 0;
  private inFlight = 0;
  private failure: Error | undefined;
  private idle: (() => void) | undefined;

  private constructor(index: pagefind.PagefindIndex, keyLog: string, vocabulary: () => ReadonlySet<string>) {
    this.index = index;
    this.keyLog = keyLog;
    this.vocabulary = vocabulary;
  }

  /** `keyLog`: the build's key log (reuse-files.ts); `vocabulary`: computed once, when the first page is sent. */
  static async open(keyLog: string, vocabulary: () => ReadonlySet<string>): Promise<SearchIndexFeed> {
    return new SearchIndexFeed(await newIndex(), keyLog, vocabulary);
  }

  private indexTerms(): (text: string) => string[] {
    this.terms ??= createIndexTerms(this.vocabulary());
    return this.terms;
  }

  /** A page Astro has written into `siteDir`, as read by early-facts.ts. */
  written(siteDir: string, written: WrittenPage): void {
    this.siteDir = siteDir;
    if (written.page === undefined) return; // not an indexed address
    this.ready.set(written.rel, { id: written.id, page: written.page });
    this.pump();
  }

  /** New complete lines of the key log (Astro appends a route's keyed files at once, before rendering it). */
  private readLog(): void {
    let fd: number;
    try {
      fd = openSync(this.keyLog, 'r');
    } catch {
      return; // no keyed route has run yet
    }
    try {
      const size = fstatSync(fd).size;
      if (size <= this.logBytes) return;
      const chunk = Buffer.alloc(size - this.logBytes);
      const read = readSync(fd, chunk, 0, chunk.length, this.logBytes);
      this.logBytes += read;
      const lines = (this.logRest + chunk.subarray(0, read).toString('utf8')).split('\n');
      this.logRest = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') continue;
        const file = (JSON.parse(line) as { f: string }).f;
        if (this.inOrder.has(file) || !file.endsWith('.html')) continue;
        this.inOrder.add(file);
        this.order.push(file);
      }
    } finally {
      closeSync(fd);
    }
  }

  /** Sends the pages that are next in order and read, a window at a time. */
  private pump(): void {
    while (this.inFlight < IN_FLIGHT && this.failure === undefined) {
      if (this.next >= this.order.length) this.readLog();
      const rel = this.order[this.next];
      if (rel === undefined) return;
      if (!candidate(this.siteDir, join(this.siteDir, rel))) {
        this.next++;
        continue;
      }
      const ready = this.ready.get(rel);
      if (!ready) return; // not written yet, or taken over (there only after Astro)
      this.ready.delete(rel);
      this.next++;
      if (ready.page) {
        this.sent.set(rel, ready.id);
        this.send(urlOf(this.siteDir, join(this.siteDir, rel)), ready.page);
      }
    }
  }

  private send(url: string, page: CleanedPage): void {
    this.inFlight++;
    this.index
      .addHTMLFile({ url, content: withTerms({ url, ...page }, this.indexTerms()) })
      .then(
        (added) => {
          if (added.errors.length > 0) this.failure ??= new Error(`Pagefind (${url}): ${added.errors.join(', ')}`);
        },
        (error: unknown) => {
          this.failure ??= error instanceof Error ? error : new Error(String(error));
        },
      )
      .finally(() => {
        this.inFlight--;
        if (this.inFlight === 0) this.idle?.();
        this.pump();
      });
  }

  private async drained(): Promise<void> {
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    this.idle = undefined;
    if (this.failure) throw this.failure;
  }

  /**
   * After Astro (and after the taken-over pages were linked): the rest of the pages in order, then the index is
   * written. `whileWriting` runs while Pagefind writes its files in its own process: work that would otherwise wait.
   */
  async finish(
    siteDir: string,
    facts: PageFacts = new PageFacts(),
    beforeWrite: () => Promise<void> = async () => {},
    whileWriting: () => Promise<void> = async () => {},
  ): Promise<IndexFigures> {
    const seconds = (since: number) => (performance.now() - since) / 1000;
    try {
      this.siteDir = siteDir;
      this.ready.clear();
      this.next = Number.POSITIVE_INFINITY; // nothing more is sent early
      await this.drained();
      let start = performance.now();
      this.readLog();
      const candidates = indexCandidates(siteDir);
      const byRel = new Map(candidates.map((c) => [c.rel, c]));
      const keyed = this.order.flatMap((rel) => byRel.get(rel) ?? []);
      const rest = candidates.filter((c) => !this.inOrder.has(c.rel)).sort((a, b) => a.url.localeCompare(b.url));
      const pages = [...keyed, ...rest].flatMap((c) => {
        const page = facts.cleaned(c.file, c.rel, () => cleanPage(readFileSync(c.file, 'utf8')));
        return page ? [{ ...c, page }] : [];
      });
      // The pages sent early must be the first ones, each still the file read: else the index starts again.
      const early = this.sent.size;
      const stale = pages.slice(0, early).some((p) => this.sent.get(p.rel) !== fileId(p.file)) || pages.slice(early).some((p) => this.sent.has(p.rel));
      if (stale) {
        console.log(`Suchindex: ${early} früh übergebene Seiten passen nicht mehr zur gebauten Fassung; der Index wird neu aufgebaut`);
        await this.index.deleteIndex();
        this.index = await newIndex();
        this.sent.clear();
      }
      const prepare = seconds(start);
      start = performance.now();
      const todo = pages.slice(this.sent.size);
      let i = 0;
      const sender = async () => {
        while (i < todo.length) {
          const p = todo[i++]!;
          const added = await this.index.addHTMLFile({ url: p.url, content: withTerms({ url: p.url, ...p.page }, this.indexTerms()) });
          if (added.errors.length > 0) throw new Error(`Pagefind (${p.url}): ${added.errors.join(', ')}`);
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
      const add = seconds(start);
      await beforeWrite();
      start = performance.now();
      const [written] = await Promise.all([this.index.writeFiles({ outputPath: join(siteDir, 'pagefind') }), whileWriting()]);
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
      return { pages: pages.length, early: stale ? 0 : early, prepare, add, write: seconds(start) };
    } finally {
      await pagefind.close();
    }
  }
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
  if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
  return index;
}

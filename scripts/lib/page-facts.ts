/**
 * What the search index and the sitemap take from each built page, kept from one build to the next. A page
 * taken over from the published version is a hard link to the very file the previous build read
 * (page-reuse.ts), so its cleaned form for the index (search-clean.ts) and its sitemap entry are known
 * without reading it again: the file is recognised by device, inode, size and modification time. The facts
 * are used only while the version they were read from is the one online (and its files still exist, so no
 * other file can have their inode). docs/decisions/0014.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { CleanedPage } from './search-clean.ts';
import type { SitemapInfo } from './sitemap.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** What is read of a page as soon as it is written: its cleaned form if it is indexed, its sitemap entry if it has one. */
export interface EarlyFacts {
  page?: CleanedPage | null;
  sitemap?: SitemapInfo;
}

interface Facts {
  id: string;
  /** Cleaned for the index (null: nothing indexed). */
  page?: CleanedPage | null;
  sitemap?: SitemapInfo;
  /** The page as the previous build stored it, saved again as it is. */
  storedPage?: StoredFacts['page'];
}

/** As stored: the page's long strings as UTF-8 (a quarter to half the bytes of V8's own form, copied as a block). */
interface StoredFacts {
  id: string;
  page?: { html: Uint8Array; text: Uint8Array; title: string } | null;
  sitemap?: SitemapInfo;
}

/**
 * Facts from other code are not used: the stored form (this file) and what is taken from a page (search-clean.ts,
 * sitemap.ts) are part of the format. (Code under src/ changes every page's key: no page is then taken over.)
 */
const FORMAT = createHash('sha256')
  .update('rb-page-facts-1')
  .update(['./page-facts.ts', './search-clean.ts', './sitemap.ts'].map((f) => readFileSync(new URL(f, import.meta.url), 'utf8')).join('\0'))
  .digest('hex');

const utf8 = new TextDecoder();
const toStoredPage = (page: CleanedPage): NonNullable<StoredFacts['page']> => ({ html: Buffer.from(page.html), text: Buffer.from(page.text), title: page.title });
const toStored = ({ id, page, sitemap, storedPage }: Facts): StoredFacts => ({
  id,
  sitemap,
  page: storedPage !== undefined ? storedPage : page && toStoredPage(page),
});

function fileId(file: string): string {
  const s = statSync(file, { bigint: true });
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}`;
}

export class PageFacts {
  private readonly previous: ReadonlyMap<string, StoredFacts>;
  private readonly next = new Map<string, Facts>();
  /**
   * Pages read while Astro was still building (early()), with the identity of the file they were read from;
   * cleaned pages as UTF-8, as they are stored: they are held while Astro's own memory is at its peak.
   */
  private readonly read = new Map<string, { id: string; page?: StoredFacts['page']; sitemap?: SitemapInfo }>();

  constructor(previous: ReadonlyMap<string, StoredFacts> = new Map()) {
    this.previous = previous;
  }

  /** The facts of the previous build, if they were read from `site` (the version online). */
  static load(path: string, site: string | undefined): PageFacts {
    if (site === undefined) return new PageFacts();
    try {
      const stored = deserialize(readFileSync(path)) as { format?: unknown; site?: unknown; pages?: unknown };
      const usable = stored.format === FORMAT && stored.site === site && stored.pages instanceof Map;
      return usable ? new PageFacts(stored.pages as Map<string, StoredFacts>) : new PageFacts();
    } catch {
      return new PageFacts(); // none or unreadable: every page is read
    }
  }

  /** This build's entry for `rel`, and the previous build's if it was read from the same file. */
  private entries(file: string, rel: string): { now: Facts; before: StoredFacts | undefined } {
    let now = this.next.get(rel);
    if (!now) this.next.set(rel, (now = { id: fileId(file) }));
    const before = this.previous.get(rel);
    return { now, before: before?.id === now.id ? before : undefined };
  }

  /**
   * Reads a page as soon as it is written, before the build knows which pages it will index or list
   * (scripts/lib/early-facts.ts): cleaned() and sitemap() use what was read only if the file at `rel` is then
   * still the one read here.
   */
  early(file: string, rel: string, read: () => EarlyFacts): void {
    const id = fileId(file);
    const { page, sitemap } = read();
    this.read.set(rel, { id, ...(page !== undefined && { page: page && toStoredPage(page) }), ...(sitemap && { sitemap }) });
  }

  /** What was read early of `rel`, if the file is still the same (`id`: its identity now). */
  private readEarly(rel: string, id: string): { page?: StoredFacts['page']; sitemap?: SitemapInfo } | undefined {
    const early = this.read.get(rel);
    return early?.id === id ? early : undefined;
  }

  cleaned(file: string, rel: string, clean: () => CleanedPage | null): CleanedPage | null {
    const { now, before } = this.entries(file, rel);
    if (now.page !== undefined) return now.page;
    // null (read, nothing indexed) is an answer too: only undefined means "not read".
    const early = this.readEarly(rel, now.id)?.page;
    const stored = early !== undefined ? early : before?.page;
    if (stored !== undefined) {
      now.storedPage = stored;
      now.page = stored && { html: utf8.decode(stored.html), text: utf8.decode(stored.text), title: stored.title };
    } else now.page = clean();
    return now.page;
  }

  sitemap(file: string, rel: string, read: () => SitemapInfo): SitemapInfo {
    const { now, before } = this.entries(file, rel);
    now.sitemap ??= this.readEarly(rel, now.id)?.sitemap ?? before?.sitemap ?? read();
    return now.sitemap;
  }

  /** Keeps this build's facts for the next one; `site`: the version folder they were read from. */
  save(path: string, site: string): void {
    writeFileAtomic(path, serialize({ format: FORMAT, site, pages: new Map([...this.next].map(([rel, f]) => [rel, toStored(f)])) }));
  }
}

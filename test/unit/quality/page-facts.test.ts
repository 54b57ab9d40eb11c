/**
 * What the build keeps of each page for the next one (scripts/lib/page-facts.ts): used only for the very same
 * file of the version online, never for a file with other bytes at the same address.
 */
import { appendFileSync, linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PageFacts } from '../../../scripts/lib/page-facts.ts';
import type { CleanedPage } from '../../../scripts/lib/search-clean.ts';

const work = mkdtempSync(join(tmpdir(), 'rb-page-facts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REL = join('regionalbudgets', 'a', 'index.html');
const store = join(work, 'pages.v8');

/** A site folder with one page; returns its path. */
function site(name: string, html: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'regionalbudgets', 'a'), { recursive: true });
  writeFileSync(join(dir, REL), html);
  return dir;
}

/** Counts how often the page had to be cleaned (read) instead of taken from the facts. */
function cleanedWith(facts: PageFacts, dir: string, label: string): { page: CleanedPage | null; calls: number } {
  let calls = 0;
  const page = facts.cleaned(join(dir, REL), REL, () => {
    calls++;
    return { html: `<main>${label}</main>`, text: `${label} – Gewerbeflächen „Zitat“`, title: label };
  });
  return { page, calls };
}

describe('page facts', () => {
  const published = site('v1', '<html>eins</html>');
  const first = new PageFacts();
  const read = cleanedWith(first, published, 'eins');
  first.sitemap(join(published, REL), REL, () => ({ indexable: true, lastmod: '2026-12-01' }));
  first.save(store, published);

  it('cleans each page once per build', () => {
    expect(read.calls).toBe(1);
    expect(cleanedWith(first, published, 'anders').calls).toBe(0);
  });

  it('takes a page over from the facts when the new version links the same file', () => {
    const next = site('v2', '');
    rmSync(join(next, REL));
    linkSync(join(published, REL), join(next, REL));
    const facts = PageFacts.load(store, published);
    const again = cleanedWith(facts, next, 'neu gelesen');
    expect(again.calls).toBe(0);
    expect(again.page).toEqual(read.page);
    expect(facts.sitemap(join(next, REL), REL, () => ({ indexable: false, lastmod: undefined }))).toEqual({ indexable: true, lastmod: '2026-12-01' });
  });

  it('reads a page again when the file at that address is another one, even with the same bytes', () => {
    const copy = site('v3', '<html>eins</html>');
    expect(cleanedWith(PageFacts.load(store, published), copy, 'kopie').calls).toBe(1);
  });

  it('reads a page again when the same file was changed in place', () => {
    appendFileSync(join(published, REL), '<!-- von Hand geändert -->');
    expect(cleanedWith(PageFacts.load(store, published), published, 'geändert').calls).toBe(1);
  });

  it('uses no facts of another version, nor an unreadable file', () => {
    expect(cleanedWith(PageFacts.load(store, join(work, 'v3')), published, 'x').calls).toBe(1);
    expect(cleanedWith(PageFacts.load(store, undefined), published, 'x').calls).toBe(1);
    writeFileSync(join(work, 'kaputt.v8'), 'kein v8');
    expect(cleanedWith(PageFacts.load(join(work, 'kaputt.v8'), published), published, 'x').calls).toBe(1);
  });

  it('saves facts taken over as they were, so a third build finds them too', () => {
    const v4 = site('v4', '');
    rmSync(join(v4, REL));
    const v5 = site('v5', '<html>fünf</html>');
    const facts = new PageFacts();
    const five = cleanedWith(facts, v5, 'fünf');
    facts.save(store, v5);
    linkSync(join(v5, REL), join(v4, REL));
    const second = PageFacts.load(store, v5);
    expect(cleanedWith(second, v4, 'y').page).toEqual(five.page);
    second.save(store, v4);
    expect(cleanedWith(PageFacts.load(store, v4), v4, 'z')).toEqual({ page: five.page, calls: 0 });
  });

  it('uses what was read of a page while it was written only while the file is still that one', () => {
    const early = { page: { html: '<main>früh</main>', text: 'früh', title: 'früh' }, sitemap: { indexable: true, lastmod: '2026-11-30' } };
    const dir = site('v6', '<html>sechs</html>');
    const facts = new PageFacts();
    facts.early(join(dir, REL), REL, () => early);
    expect(cleanedWith(facts, dir, 'spät')).toEqual({ page: early.page, calls: 0 });
    expect(facts.sitemap(join(dir, REL), REL, () => ({ indexable: false, lastmod: undefined }))).toEqual(early.sitemap);

    const other = site('v7', '<html>sieben</html>');
    const again = new PageFacts();
    again.early(join(other, REL), REL, () => early);
    appendFileSync(join(other, REL), '<p>danach geändert</p>');
    const late = cleanedWith(again, other, 'spät');
    expect(late.calls).toBe(1);
    expect(late.page?.title).toBe('spät');
    expect(again.sitemap(join(other, REL), REL, () => ({ indexable: false, lastmod: undefined }))).toEqual({ indexable: false, lastmod: undefined });
  });

  it('reads a page that was not indexed early for the index when asked (only its sitemap entry was read)', () => {
    const dir = site('v8', '<html>acht</html>');
    const facts = new PageFacts();
    facts.early(join(dir, REL), REL, () => ({ sitemap: { indexable: true, lastmod: undefined } }));
    expect(cleanedWith(facts, dir, 'acht').calls).toBe(1);
  });

  it('does not read again a page found to have nothing indexed, early or in the previous build', () => {
    const dir = site('v9', '<html>neun</html>');
    const facts = new PageFacts();
    facts.early(join(dir, REL), REL, () => ({ page: null }));
    const nothing = facts.cleaned(join(dir, REL), REL, () => {
      throw new Error('read again');
    });
    expect(nothing).toBeNull();
    facts.save(store, dir);

    const next = site('v10', '');
    rmSync(join(next, REL));
    linkSync(join(dir, REL), join(next, REL));
    const taken = PageFacts.load(store, dir).cleaned(join(next, REL), REL, () => {
      throw new Error('read again');
    });
    expect(taken).toBeNull();
  });
});

/**
 * The search index fed while Astro writes pages (scripts/lib/search-index.ts): whatever the order in which pages
 * arrive, and whether they arrive early or only after Astro, Pagefind must write the same index, byte for byte,
 * so a warm build still gives the cold build's site. A page that changes after it was fed must not stay in the
 * index as it was read. Real Pagefind on a small site of generated pages.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isWritten, readWhenWritten } from '../../../scripts/lib/early-facts.ts';
import { PageFacts } from '../../../scripts/lib/page-facts.ts';
import { SearchIndexFeed } from '../../../scripts/lib/search-index.ts';
import { buildVocabulary, learnParts } from '../../../src/lib/search/compounds.ts';

const work = mkdtempSync(join(tmpdir(), 'rb-index-feed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const VOCABULARY = learnParts(buildVocabulary(['Gewerbeflächen Marketing Radweg Beschilderung Förderung Kampagne']));

/** Keyed pages in the order a route lists them (not the order of their addresses), and one page without a key. */
const KEYED = ['c', 'a', 'e', 'b', 'd'].map((slug) => `regionalbudgets/rb/massnahmen/${slug}/index.html`);
const UNKEYED = 'impressum/index.html';
const TEXTS = ['Gewerbeflächenmarketing im Gewerbegebiet', 'Radwegbeschilderung an der Mulde', 'Förderkampagne für Betriebe', 'Marketing für Radwege', 'Beschilderung und Kampagne'];

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="de"><head><title>${title}</title></head><body><header>Portal</header><main><div data-pagefind-body><h1>${title}</h1><p>${body}</p></div></main></body></html>\n`;
}

/** A site folder with the pages and an empty key log beside it. */
function site(name: string): { dir: string; log: string } {
  const dir = join(work, name, 'site');
  KEYED.forEach((rel, i) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), page(`Maßnahme ${rel.split('/')[3]}`, TEXTS[i]!));
  });
  mkdirSync(join(dir, 'impressum'), { recursive: true });
  writeFileSync(join(dir, UNKEYED), page('Impressum', 'Herausgeber und Kontakt'));
  return { dir, log: join(work, name, 'keys.jsonl') };
}

const logLines = (files: string[]) => files.map((f) => `${JSON.stringify({ f, k: 'key', r: 0 })}\n`).join('');

const filesOf = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();

function sameIndex(a: string, b: string): void {
  const files = filesOf(join(a, 'pagefind'));
  expect(files.length).toBeGreaterThan(5);
  expect(filesOf(join(b, 'pagefind'))).toEqual(files);
  for (const f of files) expect(readFileSync(join(a, 'pagefind', f)).equals(readFileSync(join(b, 'pagefind', f))), f).toBe(true);
}

/** Feeds the site as a build does: the key log grows route by route, pages arrive in `arrival` order. */
async function feed(name: string, arrival: string[] | 'none', change?: (dir: string) => void) {
  const { dir, log } = site(name);
  const facts = new PageFacts();
  const index = await SearchIndexFeed.open(log, () => VOCABULARY);
  if (arrival !== 'none') {
    // The route lists its pages before it renders them; a feed.xml of the route is no page to index.
    appendFileSync(log, logLines(['regionalbudgets/rb/feed.xml', ...KEYED.slice(0, 3)]));
    for (const rel of arrival.slice(0, 2)) index.written(dir, readWhenWritten(dir, `/${rel}`, facts)!);
    appendFileSync(log, logLines(KEYED.slice(3)));
    for (const rel of arrival.slice(2)) index.written(dir, readWhenWritten(dir, `/${rel}`, facts)!);
  } else appendFileSync(log, logLines(['regionalbudgets/rb/feed.xml', ...KEYED]));
  change?.(dir);
  const figures = await index.finish(dir, facts);
  return { dir, figures };
}

describe('search index fed while pages are written', () => {
  it('writes the same index whether pages come early, in any order, or only after Astro', async () => {
    const after = await feed('after', 'none');
    expect(after.figures).toMatchObject({ pages: 6, early: 0 });

    const inOrder = await feed('in-order', [...KEYED]);
    // Every keyed page went to Pagefind before the end; the page without a key waits for the walk after Astro.
    expect(inOrder.figures).toMatchObject({ pages: 6, early: 5 });
    sameIndex(inOrder.dir, after.dir);

    const shuffled = await feed('shuffled', [KEYED[1]!, KEYED[4]!, KEYED[0]!, KEYED[3]!, KEYED[2]!]);
    expect(shuffled.figures).toMatchObject({ pages: 6, early: 5 });
    sameIndex(shuffled.dir, after.dir);

    // The first page in the log's order never arrives early (e.g. taken over from the published version):
    // nothing after it may go ahead of it.
    const blocked = await feed('blocked', KEYED.slice(1));
    expect(blocked.figures).toMatchObject({ pages: 6, early: 0 });
    sameIndex(blocked.dir, after.dir);
  }, 60_000);

  it('builds the index again when a page fed early changed before the end', async () => {
    const rewrite = (dir: string) => writeFileSync(join(dir, KEYED[1]!), page('Maßnahme a', 'Neuer Text über Kampagnen und Radwege, länger als vorher'));
    const after = await feed('changed-after', 'none', rewrite);
    const early = await feed('changed-early', [...KEYED], rewrite);
    expect(early.figures).toMatchObject({ pages: 6, early: 0 });
    sameIndex(early.dir, after.dir);
    // The page as it is now, not as it was read early.
    const fragments = filesOf(join(early.dir, 'pagefind', 'fragment')).map((f) => gunzipSync(readFileSync(join(early.dir, 'pagefind', 'fragment', f))).toString('utf8'));
    expect(fragments.filter((f) => f.includes('Neuer Text über Kampagnen'))).toHaveLength(1);
    expect(fragments.some((f) => f.includes('Radwegbeschilderung an der Mulde'))).toBe(false);
  }, 60_000);
});

describe('a page is written only once its end is there', () => {
  const dir = join(work, 'half');
  mkdirSync(join(dir, 'a'), { recursive: true });

  it('waits for the end of an HTML page, not for other files', () => {
    writeFileSync(join(dir, 'a', 'index.html'), '<!DOCTYPE html><html lang="de"><head><title>A</title></head><body><p>Ein langer Te');
    expect(isWritten(dir, '/a/index.html')).toBe(false);
    writeFileSync(join(dir, 'a', 'index.html'), '<!DOCTYPE html><html lang="de"><head><title>A</title></head><body><p>Text</p></body></html>\n');
    expect(isWritten(dir, '/a/index.html')).toBe(true);
    writeFileSync(join(dir, 'a', 'feed.xml'), '<rss');
    expect(isWritten(dir, '/a/feed.xml')).toBe(true);
    writeFileSync(join(dir, 'a', 'leer.html'), '');
    expect(isWritten(dir, '/a/leer.html')).toBe(false);
    expect(isWritten(dir, '/a/fehlt.html')).toBe(false);
  });
});

/**
 * The search index leaves out each page's <head> but its title (scripts/lib/search-clean.ts): Pagefind must build
 * exactly the same index from the pages with and without it. Both versions of every indexed page of the real
 * site go through Pagefind; the written files are compared byte for byte.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanPage, indexablePart } from '../../scripts/lib/search-clean.ts';
import { indexCandidates } from '../../scripts/lib/search-index.ts';
import { DIST, ensureBuilt } from '../helpers/site.ts';

const work = mkdtempSync(join(tmpdir(), 'rb-search-head-'));
let pages: { url: string; whole: string; cleaned: string }[] = [];

async function writeIndex(name: string, html: (p: (typeof pages)[number]) => string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
  if (!index) throw new Error(errors.join(', '));
  for (const p of pages) {
    const added = await index.addHTMLFile({ url: p.url, content: html(p) });
    expect(added.errors).toEqual([]);
  }
  const out = join(work, name);
  const written = await index.writeFiles({ outputPath: out });
  expect(written.errors).toEqual([]);
  return out;
}

const files = (dir: string) => (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();

beforeAll(() => {
  ensureBuilt();
  pages = indexCandidates(DIST).flatMap(({ file, url }) => {
    const raw = readFileSync(file, 'utf8');
    const cleaned = cleanPage(raw);
    return cleaned ? [{ url, whole: indexablePart(raw), cleaned: cleaned.html }] : [];
  });
});

afterAll(async () => {
  await pagefind.close();
  rmSync(work, { recursive: true, force: true });
});

describe('search index without <head>', () => {
  it('sends Pagefind much less of each page', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const p of pages) {
      expect(p.cleaned, p.url).toMatch(/<head><title>[^<]+<\/title><\/head>/);
      expect(p.whole, p.url).toMatch(/<head>[\s\S]*<meta\b[\s\S]*<\/head>/);
    }
    const bytes = (key: 'whole' | 'cleaned') => pages.reduce((sum, p) => sum + p[key].length, 0);
    expect(bytes('cleaned')).toBeLessThan(0.75 * bytes('whole'));
  });

  it('gives Pagefind the same index, file for file and byte for byte', async () => {
    const whole = await writeIndex('whole', (p) => p.whole);
    const cleaned = await writeIndex('cleaned', (p) => p.cleaned);
    const names = files(whole);
    expect(names.filter((f) => f.startsWith('fragment/')).length).toBe(pages.length);
    expect(files(cleaned)).toEqual(names);
    for (const f of names) expect(readFileSync(join(cleaned, f)).equals(readFileSync(join(whole, f))), f).toBe(true);
  }, 120_000);
});

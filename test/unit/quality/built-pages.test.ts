/** The one walker over a built site (scripts/lib/built-pages.ts) that the sitemap, the published URLs and the checks use. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, folderPageUrls, htmlFiles, isAssetFolder, listFiles, urlOf } from '../../../scripts/lib/built-pages.ts';

let dist: string;
const FILES = ['index.html', '404.html', 'a/index.html', 'a-b/index.html', 'a/b/index.html', 'a/feed.xml', '_astro/x.html', 'pagefind/index.html', 'redaktion/index.html', 'a/_intern/index.html'];

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'rb-built-'));
  for (const file of FILES) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), `<p>${file}</p>`);
  }
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('built pages', () => {
  it('lists every file, sorted, leaving out the folders asked', () => {
    expect(listFiles(dist)).toEqual([...FILES].sort());
    expect(listFiles(dist, ['pagefind', '_astro'])).not.toContain('pagefind/index.html');
    expect(htmlFiles(dist, isAssetFolder)).toEqual(['404.html', 'a-b/index.html', 'a/b/index.html', 'a/index.html', 'index.html', 'redaktion/index.html']);
  });

  it('serves index.html at its folder and other files at their name', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('a/b/index.html')).toBe('/a/b/');
    expect(urlOf('404.html')).toBe('/404.html');
  });

  it('gives the folder pages for the sitemap and the published URLs, without assets at any depth', () => {
    expect(folderPageUrls(dist)).toEqual(['/', '/a-b/', '/a/', '/a/b/', '/redaktion/']);
  });

  it('reads the pages the checks look at, without Pagefind and the web editor', () => {
    const pages = builtPages(dist);
    expect(pages.map((p) => p.url)).toEqual(['/404.html', '/_astro/x.html', '/a-b/', '/a/_intern/', '/a/b/', '/a/', '/']);
    expect(pages.find((p) => p.url === '/a/')?.html).toBe('<p>a/index.html</p>');
  });
});

/**
 * The build writes Brotli siblings (`.br`) of the files a search loads (scripts/lib/pagefind-brotli.ts), which
 * nginx (`brotli_static`) and scripts/serve.ts send to clients that accept br. Each must unpack to exactly the
 * bytes Pagefind's JS would read from the original: the JS file itself, or for Pagefind's gzipped files their
 * unpacked content, which starts with Pagefind's signature "pagefind_dcd".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureBuilt } from '../helpers/site.ts';

let files: string[] = [];
const dir = join(DIST, 'pagefind');

beforeAll(() => {
  ensureBuilt();
  files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
});

describe('Brotli siblings of the search files', () => {
  it('exist for the JS, the WebAssembly, the metadata, every index chunk and the filter files', () => {
    const has = (re: RegExp) => files.filter((f) => re.test(f) && files.includes(`${f}.br`)).length;
    expect(has(/^pagefind\.js$/)).toBe(1);
    expect(has(/^pagefind-worker\.js$/)).toBe(1);
    expect(has(/^wasm\.de\.pagefind$/)).toBe(1);
    expect(has(/\.pf_meta$/)).toBe(1);
    const chunks = files.filter((f) => f.endsWith('.pf_index'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(has(/\.pf_index$/)).toBe(chunks.length);
    expect(has(/\.pf_filter$/)).toBeGreaterThan(0);
  });

  it('unpack to the bytes Pagefind reads, and are smaller than what a client gets without br', () => {
    const siblings = files.filter((f) => f.endsWith('.br'));
    for (const sibling of siblings) {
      const name = sibling.slice(0, -'.br'.length);
      expect(existsSync(join(dir, name)), `${sibling} ohne Original`).toBe(true);
      const original = readFileSync(join(dir, name));
      const br = readFileSync(join(dir, sibling));
      const unpacked = brotliDecompressSync(br);
      if (name.endsWith('.js')) {
        expect(unpacked.equals(original), sibling).toBe(true);
      } else {
        expect(unpacked.subarray(0, 12).toString('latin1'), sibling).toBe('pagefind_dcd');
        expect(unpacked.equals(gunzipSync(original)), sibling).toBe(true);
        expect(br.length, sibling).toBeLessThan(original.length);
      }
    }
  });

  it('are written only for files the search page loads, and not for the fragments (one per page: build time)', () => {
    const unused = files.filter((f) => f.endsWith('.br') && /pagefind-(?:component-|modular-)?ui|highlight|\.css\.br$|entry\.json|\.pf_fragment/.test(f));
    expect(unused).toEqual([]);
  });
});

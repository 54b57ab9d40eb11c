/** scripts/lib/pagefind-brotli.ts on a small Pagefind folder: which files get a sibling, what it holds, the cache. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBrotliSiblings } from '../../../scripts/lib/pagefind-brotli.ts';

const JS = 'export class Pagefind { search(term) { return this.backend.search(term); } }\n'.repeat(40);
const INDEX = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from('marketing massnahme regionalbudget '.repeat(200))]);

let dir: string;
let pf: string;
let cache: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rb-br-'));
  pf = join(dir, 'pagefind');
  cache = join(dir, 'cache');
  for (const sub of ['index', 'fragment']) mkdirSync(join(pf, sub), { recursive: true });
  writeFileSync(join(pf, 'pagefind.js'), JS);
  writeFileSync(join(pf, 'pagefind-ui.js'), JS);
  writeFileSync(join(pf, 'index', 'de_1234567.pf_index'), gzipSync(INDEX, { level: 9 }));
  writeFileSync(join(pf, 'fragment', 'de_1234567.pf_fragment'), gzipSync(INDEX, { level: 9 }));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const unpack = (file: string) => brotliDecompressSync(readFileSync(join(pf, file)));

describe('writeBrotliSiblings', () => {
  it('writes siblings that unpack to the JS itself and to the unpacked Pagefind file, not for fragments or the UI', async () => {
    const report = await writeBrotliSiblings(pf, { cacheDir: cache });
    expect(report).toMatchObject({ files: 2, written: 2, fromCache: 0 });
    expect(unpack('pagefind.js.br').toString()).toBe(JS);
    expect(unpack('index/de_1234567.pf_index.br').equals(INDEX)).toBe(true);
    expect(readdirSync(join(pf, 'fragment'))).toEqual(['de_1234567.pf_fragment']);
    expect(readdirSync(pf).filter((f) => f.endsWith('.br'))).toEqual(['pagefind.js.br']);
  });

  it('reuses cached siblings, recomputes a damaged one and drops entries no longer used', async () => {
    await writeBrotliSiblings(pf, { cacheDir: cache });
    const first = readFileSync(join(pf, 'index', 'de_1234567.pf_index.br'));
    rmSync(join(pf, 'index', 'de_1234567.pf_index.br'));
    expect(await writeBrotliSiblings(pf, { cacheDir: cache })).toMatchObject({ written: 2, fromCache: 2 });
    expect(readFileSync(join(pf, 'index', 'de_1234567.pf_index.br')).equals(first)).toBe(true);
    for (const entry of readdirSync(cache)) writeFileSync(join(cache, entry), 'kaputt');
    expect(await writeBrotliSiblings(pf, { cacheDir: cache })).toMatchObject({ written: 2, fromCache: 0 });
    expect(unpack('index/de_1234567.pf_index.br').equals(INDEX)).toBe(true);
    writeFileSync(join(pf, 'pagefind.js'), `${JS}// neu\n`);
    await writeBrotliSiblings(pf, { cacheDir: cache });
    expect(readdirSync(cache)).toHaveLength(2);
    expect(unpack('pagefind.js.br').toString()).toBe(`${JS}// neu\n`);
  });

  it('stops when an unpacked Pagefind file lacks Pagefind\u2019s signature', async () => {
    writeFileSync(join(pf, 'index', 'de_7654321.pf_index'), gzipSync('kein Pagefind'));
    await expect(writeBrotliSiblings(pf)).rejects.toThrow(/pagefind_dcd/);
  });
});

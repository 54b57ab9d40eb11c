/**
 * scripts/serve.ts negotiates the encoding like deploy/nginx.conf (brotli_static + gzip): a file's `.br`
 * sibling when the client accepts br, gzip for text when it accepts gzip, otherwise the file as it is; always
 * the type of the file itself and `Vary: Accept-Encoding`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accepts, startServer } from '../../../scripts/serve.ts';

const JS = 'export const greeting = "Guten Tag";\n'.repeat(50);
const INDEX = Buffer.from('pagefind_dcd and some index bytes');

let dir: string;
let server: Server;

function get(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rb-serve-'));
  mkdirSync(join(dir, 'pagefind', 'index'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Start</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Nicht gefunden</title>');
  writeFileSync(join(dir, 'pagefind', 'pagefind.js'), JS);
  writeFileSync(join(dir, 'pagefind', 'pagefind.js.br'), brotliCompressSync(JS));
  writeFileSync(join(dir, 'pagefind', 'index', 'de_1.pf_index'), 'gzip bytes of Pagefind');
  writeFileSync(join(dir, 'pagefind', 'index', 'de_1.pf_index.br'), brotliCompressSync(INDEX));
  writeFileSync(join(dir, 'pagefind', 'other.js'), JS);
  server = await startServer(dir, 0);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('accepts', () => {
  it('reads codings, q-values and refusals like nginx', () => {
    expect(accepts('gzip, deflate, br, zstd', 'br')).toBe(true);
    expect(accepts('gzip, deflate, br, zstd', 'gzip')).toBe(true);
    expect(accepts('gzip, deflate', 'br')).toBe(false);
    expect(accepts('BR;q=0.5', 'br')).toBe(true);
    expect(accepts('br;q=0, gzip', 'br')).toBe(false);
    expect(accepts('br; q=0.0', 'br')).toBe(false);
    expect(accepts('*', 'br')).toBe(false);
    expect(accepts('brotli', 'br')).toBe(false);
    expect(accepts(undefined, 'gzip')).toBe(false);
  });
});

describe('scripts/serve.ts encodings', () => {
  it('sends the .br sibling to a client that accepts br, with the type of the file itself', async () => {
    const res = await get('/pagefind/pagefind.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(res.body).toString()).toBe(JS);
    const index = await get('/pagefind/index/de_1.pf_index', 'br');
    expect(index.headers['content-encoding']).toBe('br');
    expect(index.headers['content-type']).toBe('application/octet-stream');
    expect(brotliDecompressSync(index.body)).toEqual(INDEX);
  });

  it('sends gzip (text) or the file as it is to a client without br', async () => {
    const gz = await get('/pagefind/pagefind.js', 'gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(gz.body).toString()).toBe(JS);
    const refused = await get('/pagefind/pagefind.js', 'br;q=0, gzip');
    expect(refused.headers['content-encoding']).toBe('gzip');
    // Pagefind's own gzip file: not compressed again, unpacked by Pagefind's JS.
    const index = await get('/pagefind/index/de_1.pf_index', 'gzip');
    expect(index.headers['content-encoding']).toBeUndefined();
    expect(index.body.toString()).toBe('gzip bytes of Pagefind');
    const plain = await get('/pagefind/pagefind.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(JS);
  });

  it('compresses a file without a sibling with gzip even when br is accepted, and answers a missing file with the 404 page', async () => {
    const other = await get('/pagefind/other.js', 'gzip, br');
    expect(other.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(other.body).toString()).toBe(JS);
    const missing = await get('/pagefind/missing.js', 'gzip, br');
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toContain('Nicht gefunden');
  });
});

/**
 * Brotli copies (`<file>.br`) of the Pagefind files a search loads, for servers that send a precompressed
 * sibling when the client accepts br (nginx `brotli_static on`, scripts/serve.ts).
 *
 * Pagefind writes its index, fragments and WebAssembly gzipped (gzip of "pagefind_dcd" + payload) and its JS
 * unpacks them itself; it skips that step for a file that already starts with "pagefind_dcd" (`decompress()` in
 * pagefind.js 1.6). So the `.br` of such a file is Brotli of the *unpacked* bytes: the browser undoes the Brotli,
 * Pagefind finds its signature and uses the bytes as they are. A client without br gets the gzipped file as before.
 * pagefind.js and its web worker are plain JavaScript; their `.br` is Brotli of the file itself.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { writeFileAtomic } from './write-atomic.ts';

const compress = promisify(brotliCompress);

/** The signature Pagefind puts before the payload of every file it gzips. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * The files a search fetches (path relative to pagefind/) where Brotli pays: its JS and web worker, the
 * WebAssembly, the metadata, the index chunks and the filter files. Not the result fragments: one per page
 * (13,000 at 10,000 measures), Brotli saves ~8 % of ~0.6 KB each (~0.4 KB for the eight a first search
 * shows) at ~2.5 ms CPU each, 30+ s per build. Not the Pagefind UI bundles, which this site does not load.
 */
export const SEARCH_FILES = /^(?:pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|index\/[\w-]+\.pf_index|filter\/[\w-]+\.pf_filter)$/;

/**
 * Brotli quality 11: on these files ~14–22 % below Pagefind's gzip (filter files ~45 %), where quality 5–9
 * saves 2–8 %; at 2,500 measures the 45 files take ~2.5 s CPU.
 */
export const BROTLI_QUALITY = 11;

/** What a client gets for a search file without br: Pagefind's gzip file as it is; JS gzipped by the server (level 6 in nginx). */
function withoutBrotli(path: string, bytes: Buffer): number {
  return path.endsWith('.js') ? gzipSync(bytes, { level: 6 }).length : bytes.length;
}

/** The Brotli sibling of a search file (path relative to pagefind/): Brotli of the bytes Pagefind's JS reads. */
export async function brotliSibling(path: string, bytes: Buffer, quality = BROTLI_QUALITY): Promise<Buffer> {
  const isJs = path.endsWith('.js');
  const payload = isJs ? bytes : gunzipSync(bytes);
  if (!isJs && payload.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE) {
    throw new Error(`pagefind/${path}: entpackt beginnt die Datei nicht mit „${PAGEFIND_SIGNATURE}“ – Pagefinds Dateiformat hat sich geändert`);
  }
  return compress(payload, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: isJs ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: payload.length,
    },
  });
}

function searchFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split('\\').join('/'))
    .filter((p) => SEARCH_FILES.test(p))
    .sort();
}

export interface BrotliReport {
  /** Search files found. */
  files: number;
  /** `.br` siblings written (only where smaller than what a client gets without br). */
  written: number;
  /** Bytes a client gets without br (Pagefind's gzip files; JS gzipped at level 6), and with br. */
  bytesWithout: number;
  bytesWith: number;
  /** Siblings taken from the cache (same input bytes and quality as in an earlier build). */
  fromCache: number;
}

const CACHE_ENTRY = /^[0-9a-f]{64}\.br$/;

/** A cached sibling, only if it unpacks to the bytes Pagefind reads from `bytes` (a damaged entry is recomputed). */
function readCached(cached: string, path: string, bytes: Buffer): Buffer | undefined {
  try {
    const br = readFileSync(cached);
    const expected = path.endsWith('.js') ? bytes : gunzipSync(bytes);
    return brotliDecompressSync(br).equals(expected) ? br : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes `<file>.br` next to each search file of `pagefindDir` where Brotli is smaller. With `cacheDir`, a
 * sibling is kept there under the hash of its input and reused by later builds (most index chunks and the
 * WebAssembly do not change between builds; quality 11 costs ~70 ms per index chunk); entries this build did
 * not use are removed.
 */
export async function writeBrotliSiblings(pagefindDir: string, options: { quality?: number; cacheDir?: string } = {}): Promise<BrotliReport> {
  const quality = options.quality ?? BROTLI_QUALITY;
  const { cacheDir } = options;
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const used = new Set<string>();
  const paths = searchFiles(pagefindDir);
  const report: BrotliReport = { files: paths.length, written: 0, bytesWithout: 0, bytesWith: 0, fromCache: 0 };
  let next = 0;
  // zlib's Brotli runs on libuv's thread pool: a few files in flight use the free cores.
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const file = join(pagefindDir, path);
      const bytes = readFileSync(file);
      const key = `${createHash('sha256').update(`${quality}\0${path.endsWith('.js') ? 'js' : 'pagefind'}\0`).update(bytes).digest('hex')}.br`;
      used.add(key);
      const cached = cacheDir ? join(cacheDir, key) : undefined;
      let br = cached ? readCached(cached, path, bytes) : undefined;
      if (br) report.fromCache++;
      else {
        br = await brotliSibling(path, bytes, quality);
        // Atomic: another build may read the cache at the same time.
        if (cached) writeFileAtomic(cached, br);
      }
      const without = withoutBrotli(path, bytes);
      report.bytesWithout += without;
      // Only where Brotli is smaller than what the client would get otherwise.
      if (br.length < without) {
        writeFileSync(`${file}.br`, br);
        report.written++;
      }
      report.bytesWith += Math.min(br.length, without);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) * 2 }, worker));
  if (cacheDir) for (const name of readdirSync(cacheDir)) if (CACHE_ENTRY.test(name) && !used.has(name)) rmSync(join(cacheDir, name), { force: true });
  return report;
}

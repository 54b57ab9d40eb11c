/**
 * Share images (Open Graph, 1200 × 630 PNG) for every Regionalbudget and measure, written into the built
 * site at the paths the pages reference (/og/regionalbudgets/<id>.png, …/<id>/<slug>.png).
 *
 * Cheap on a warm build, also for 10,000 images: each image's key is a SHA-256 of everything that decides
 * its pixels (the card's SVG with <text>, which contains all text and layout, plus the font files and the
 * versions of resvg and of the text shaper; the PNG itself is painted from glyph masks, og-raster.ts).
 * A PNG with that key in the cache (.cache/og/, or RB_OG_CACHE_DIR) is hard-linked (or copied) into the
 * output; only new keys are rendered, in worker threads when there are many. Cache files are written atomically, so parallel builds can share the cache; files unused for 30 days are removed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Model } from '../../src/lib/data/model.ts';
import { shareCards } from '../../src/lib/share-image/cards.ts';
import { fontMetrics } from '../../src/lib/share-image/font-metrics.ts';
import { cardSvg, type ShareCard } from '../../src/lib/share-image/svg.ts';
import { FONT_FILES, renderCardPng } from './og-render.ts';
import { REPO_ROOT } from './run.ts';

export interface OgResult {
  total: number;
  rendered: number;
  cached: number;
  seconds: number;
}

const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
/**
 * Part of the cache key: how the PNG is encoded (og-png.ts: palette, zlib RLE; RGBA for cards of more than
 * 256 colours) and how text is drawn (og-raster.ts: HarfBuzz glyphs as resvg coverage masks, blended per pixel).
 */
const PNG_ENCODER = 'encodePalettePng-rle';
const TEXT_DRAWING = 'harfbuzz-masks-1';

function sha256(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p);
  return hash.digest('hex');
}

function versionOf(pkg: string): string {
  try {
    return JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
  } catch {
    return 'unbekannt';
  }
}

/** Puts the cached file at `to`: a hard link where possible (same file system), else a copy. */
function place(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * A pool of worker threads over a queue of jobs; more threads can join later (`add`), e.g. once the Astro
 * build that ran alongside has finished and its core is free.
 */
function workerPool(jobs: { card: ShareCard; file: string }[]): { add(threads: number): void; pending(): number; done: Promise<void> } {
  const queue = jobs.map((job, id) => ({ ...job, id }));
  const workers: Worker[] = [];
  let inFlight = 0;
  let settled = false;
  let resolveDone!: () => void;
  let rejectDone!: (error: Error) => void;
  const done = new Promise<void>((res, rej) => {
    resolveDone = res;
    rejectDone = rej;
  });
  const finish = (error?: Error) => {
    if (settled) return;
    settled = true;
    void Promise.all(workers.map((w) => w.terminate())).then(() => (error ? rejectDone(error) : resolveDone()));
  };
  const next = (worker: Worker) => {
    const job = queue.shift();
    if (!job) {
      if (inFlight === 0) finish();
      return;
    }
    inFlight++;
    worker.postMessage(job);
  };
  if (queue.length === 0) finish();
  return {
    done,
    pending: () => queue.length + inFlight,
    add(threads: number) {
      for (let i = 0; i < threads && queue.length > 0 && !settled; i++) {
        const worker = new Worker(new URL('./og-worker.ts', import.meta.url));
        workers.push(worker);
        worker.on('message', (msg: { id: number; error?: string }) => {
          inFlight--;
          if (msg.error) finish(new Error(`Vorschaubild: ${msg.error}`));
          else next(worker);
        });
        worker.on('error', (error) => finish(error));
        next(worker);
      }
    },
  };
}

function prune(cacheDir: string, now: number): void {
  for (const shard of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    const dir = join(cacheDir, shard);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (now - statSync(file).mtimeMs > MAX_AGE_MS) rmSync(file, { force: true });
    }
  }
}

export interface ShareImageRun {
  /** Lets more worker threads join the rendering (e.g. after the Astro build has finished). */
  addThreads(threads: number): void;
  /** Images not rendered yet, of `toRender`. */
  progress(): { pending: number; toRender: number };
  /** Waits for the rendering, then links every image from the cache into the built site at `outDir`. */
  finish(outDir: string): Promise<OgResult>;
}

/**
 * Starts rendering the share images that are not in the cache yet, with `threads` worker threads (default 1),
 * in the background: scripts/build.ts starts it before the Astro build, which uses mostly one core.
 */
export function startShareImages(model: Model, options: { cacheDir?: string; threads?: number } = {}): ShareImageRun {
  const start = performance.now();
  const cacheDir = options.cacheDir ?? process.env['RB_OG_CACHE_DIR'] ?? join(REPO_ROOT, '.cache', 'og');
  const regular = readFileSync(FONT_FILES.regular);
  const bold = readFileSync(FONT_FILES.bold);
  const fonts = { regular: fontMetrics(regular), bold: fontMetrics(bold) };
  const inputsKey = sha256(regular, bold, versionOf('@resvg/resvg-js'), PNG_ENCODER, versionOf('harfbuzzjs'), TEXT_DRAWING);

  const cards = shareCards(model);
  const now = Date.now();
  const nowDate = new Date(now);
  const missing: { card: ShareCard; file: string }[] = [];
  const placements: { cached: string; path: string }[] = [];
  const seen = new Set<string>();
  for (const card of cards) {
    const svg = cardSvg(card, fonts);
    const key = sha256(inputsKey, svg);
    const cached = join(cacheDir, key.slice(0, 2), `${key}.png`);
    placements.push({ cached, path: card.path });
    if (seen.has(cached)) continue;
    seen.add(cached);
    if (existsSync(cached)) utimesSync(cached, nowDate, nowDate);
    else missing.push({ card, file: cached });
  }

  for (const dir of new Set(missing.map((m) => dirname(m.file)))) mkdirSync(dir, { recursive: true });
  // Few images: rendered on the main thread when finishing (starting workers costs more).
  const pool = missing.length >= 16 ? workerPool(missing) : undefined;
  pool?.add(Math.max(1, options.threads ?? 1));
  pool?.done.catch(() => undefined); // reported by finish()
  return {
    addThreads(threads: number) {
      pool?.add(threads);
    },
    progress: () => ({ pending: pool ? pool.pending() : missing.length, toRender: missing.length }),
    async finish(outDir: string) {
      if (pool) await pool.done;
      else {
        for (const job of missing) {
          const tmp = `${job.file}.${process.pid}.tmp`;
          writeFileSync(tmp, renderCardPng(job.card));
          renameSync(tmp, job.file);
        }
      }
      const outs = placements.map((p) => ({ cached: p.cached, out: join(outDir, p.path) }));
      for (const dir of new Set(outs.map((p) => dirname(p.out)))) mkdirSync(dir, { recursive: true });
      for (const p of outs) place(p.cached, p.out);
      prune(cacheDir, now);
      return { total: cards.length, rendered: missing.length, cached: cards.length - missing.length, seconds: (performance.now() - start) / 1000 };
    },
  };
}

export async function writeShareImages(model: Model, outDir: string, options: { cacheDir?: string; threads?: number } = {}): Promise<OgResult> {
  return startShareImages(model, { ...options, threads: options.threads ?? availableParallelism() }).finish(outDir);
}

/** Worker thread for og-images.ts: renders jobs { card, file } and writes each PNG atomically. */
import { renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { ShareCard } from '../../src/lib/share-image/svg.ts';
import { renderCardPng } from './og-render.ts';

// Share images are rendered beside the Astro build, which waits for nothing else: Astro's threads (file writes,
// hashes, garbage collection) get the CPU first. On Linux a nice value is per thread, so only this one yields.
try {
  setPriority(10);
} catch {
  // not allowed here: the images are rendered at normal priority
}

parentPort?.on('message', (job: { id: number; card: ShareCard; file: string }) => {
  try {
    const tmp = `${job.file}.${process.pid}-${job.id}.tmp`;
    writeFileSync(tmp, renderCardPng(job.card));
    renameSync(tmp, job.file);
    parentPort?.postMessage({ id: job.id });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});

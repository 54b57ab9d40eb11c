/** Worker thread for og-images.ts: renders jobs { svg, file } and writes each PNG atomically. */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { renderPng } from './og-render.ts';

parentPort?.on('message', (job: { id: number; svg: string; file: string }) => {
  try {
    const tmp = `${job.file}.${process.pid}-${job.id}.tmp`;
    writeFileSync(tmp, renderPng(job.svg));
    renameSync(tmp, job.file);
    parentPort?.postMessage({ id: job.id });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});

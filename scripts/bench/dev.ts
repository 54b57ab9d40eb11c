/**
 * `npm run dev` at scale: generates content (scripts/bench/generate.ts), starts `astro dev` on it with an empty
 * cache and measures, in Chromium (playwright-core, /usr/bin/chromium or CHROMIUM_PATH):
 *   - start: from starting the server to its first answer, and to the first measure page shown in the browser;
 *   - a second page (other Regionalbudget): what every further first visit of a page costs;
 *   - edit: from saving a measure's Markdown (one sentence added) to that sentence in the open page, and from
 *     saving its Regionalbudget's budget file (data/) to the reloaded page; `--edits` times each, median shown;
 *     with each, the CPU seconds the dev server process spent meanwhile (steadier than wall time on a shared machine);
 *   - restart: the server stopped and started again with the cache it left (what an editor's next `npm run dev`
 *     costs), until it answers and until the first measure page is shown.
 *   node scripts/bench/dev.ts [--regionalbudgets 400] [--measures 25] [--news 1000] [--edits 3] [--root <dir>] [--json <file>]
 * Figures: docs/performance.md ("npm run dev").
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BIN, REPO_ROOT, repoEnv } from '../lib/run.ts';
import { raiseFirstAmount } from './change-measure.ts';
import { generate } from './generate.ts';
import { median } from './median.ts';
import { sizeOf, sizeOptions } from './options.ts';
import { cpuOf } from './process-tree.ts';
import { freePort } from '../lib/free-port.ts';

const { values } = parseArgs({
  options: {
    ...sizeOptions,
    edits: { type: 'string', default: '3' },
    root: { type: 'string' },
    json: { type: 'string' },
  },
});


const log = (s: string) => console.error(`[dev-bench] ${s}`);

const work = mkdtempSync(join(tmpdir(), 'rb-dev-bench-'));
const root = values.root ?? join(work, 'content-root');
if (!values.root) {
  const size = sizeOf(values);
  log(`Erzeuge ${size.regionalbudgets} × ${size.measures} Maßnahmen, ${size.news} Meldungen`);
  generate(root, { ...size, seed: 1 });
}
const rbIds = readdirSync(join(root, 'content', 'regionalbudgets')).sort();
const rbId = rbIds[0] as string;
const otherRb = rbIds.at(-1) as string;
const slugOf = (rb: string) => (readdirSync(join(root, 'content', 'regionalbudgets', rb, 'massnahmen')).sort()[0] as string).replace(/\.mdx?$/, '');
const slug = slugOf(rbId);
const measureFile = join(root, 'content', 'regionalbudgets', rbId, 'massnahmen', readdirSync(join(root, 'content', 'regionalbudgets', rbId, 'massnahmen')).sort()[0] as string);
const budgetFile = join(root, 'data', 'budgets', `${rbId}.json`);

// The dev server writes .astro/ into its project: a copy of the site's code keeps it away from the working
// tree and from builds running there (they use .astro/ too).
const site = join(work, 'site');
for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) cpSync(join(REPO_ROOT, entry), join(site, entry), { recursive: true });
symlinkSync(join(REPO_ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let started = performance.now();
const since = (t: number) => (performance.now() - t) / 1000;
let serverLog = '';
const startServer = () => {
  const child = spawn(join(BIN, 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: site,
    env: repoEnv({ RB_REPO_ROOT: root, RB_CACHE_DIR: join(work, 'astro-cache') }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', (c: Buffer) => (serverLog += c.toString()));
  child.stderr.on('data', (c: Buffer) => (serverLog += c.toString()));
  return child;
};
let server = startServer();

/** Waits until the server answers (any status) once Vite listens. */
async function answering(): Promise<void> {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`astro dev endete:\n${serverLog.slice(-3000)}`);
    const ok = await fetch(`${base}/`, { signal: AbortSignal.timeout(600_000) }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  await answering();
  const listening = since(started);
  log(`Server antwortet nach ${listening.toFixed(1)} s`);
  const page = await browser.newPage();
  page.setDefaultTimeout(600_000);
  const measureUrl = `${base}/regionalbudgets/${rbId}/massnahmen/${slug}/`;
  let t = performance.now();
  const first = await page.goto(measureUrl, { waitUntil: 'load', timeout: 600_000 });
  if (first?.status() !== 200) throw new Error(`${measureUrl}: Status ${first?.status()}\n${serverLog.slice(-3000)}`);
  const firstPage = since(started);
  const firstRequest = since(t);
  log(`erste Maßnahmenseite nach ${firstPage.toFixed(1)} s (Anfrage ${firstRequest.toFixed(1)} s)`);

  const page2 = await browser.newPage();
  t = performance.now();
  const other = await page2.goto(`${base}/regionalbudgets/${otherRb}/massnahmen/${slugOf(otherRb)}/`, { waitUntil: 'load', timeout: 600_000 });
  if (other?.status() !== 200) throw new Error(`zweite Seite: Status ${other?.status()}`);
  const secondPage = since(t);
  t = performance.now();
  await page2.goto(`${base}/regionalbudgets/${otherRb}/`, { waitUntil: 'load', timeout: 600_000 });
  const rbPage = since(t);
  await page2.close();
  log(`weitere Maßnahmenseite ${secondPage.toFixed(2)} s, Regionalbudget-Seite ${rbPage.toFixed(2)} s`);

  const markdownEdits: number[] = [];
  const dataEdits: number[] = [];
  const markdownCpu: number[] = [];
  const dataCpu: number[] = [];
  let cpu0 = 0;
  const original = readFileSync(measureFile, 'utf8');
  const originalBudget = readFileSync(budgetFile, 'utf8');
  try {
    for (let i = 0; i < Number(values.edits); i++) {
      const marker = `Geändert im Dev-Benchmark ${i} ${Date.now()}`;
      t = performance.now();
      cpu0 = cpuOf(server.pid);
      writeFileSync(measureFile, `${original}\n${marker}\n`);
      await page.waitForFunction((m) => document.body?.innerText.includes(m), marker, { timeout: 600_000, polling: 50 });
      markdownEdits.push(since(t));
      markdownCpu.push(cpuOf(server.pid) - cpu0);
      log(`Markdown gespeichert → Satz im Browser: ${markdownEdits.at(-1)?.toFixed(2)} s`);
      await page.waitForLoadState('load');
      await new Promise((r) => setTimeout(r, 1000));

      // data/: the measure's budget in its Regionalbudget's file, 1 € more in the first year each round (totals kept equal).
      const reloaded = page.waitForEvent('load', { timeout: 600_000 });
      t = performance.now();
      cpu0 = cpuOf(server.pid);
      raiseFirstAmount(budgetFile, 1, slug);
      await reloaded;
      dataEdits.push(since(t));
      dataCpu.push(cpuOf(server.pid) - cpu0);
      log(`Budgetdatei gespeichert → Seite neu geladen: ${dataEdits.at(-1)?.toFixed(2)} s`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    writeFileSync(measureFile, original);
    writeFileSync(budgetFile, originalBudget);
  }
  await page.close();

  // Restart with the cache the first run left (Astro's data store, Vite's dependencies).
  await new Promise((r) => setTimeout(r, 2000));
  const stopped = new Promise((r) => server.once('exit', r));
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  await stopped;
  started = performance.now();
  server = startServer();
  await answering();
  const restartListening = since(started);
  const again = await browser.newPage();
  const reopened = await again.goto(measureUrl, { waitUntil: 'load', timeout: 600_000 });
  if (reopened?.status() !== 200) throw new Error(`nach dem Neustart: Status ${reopened?.status()}`);
  const restartFirstPage = since(started);
  log(`Neustart: Server antwortet nach ${restartListening.toFixed(1)} s, erste Maßnahmenseite nach ${restartFirstPage.toFixed(1)} s`);
  const result = {
    size: { regionalbudgets: rbIds.length, measures: Number(values.measures) },
    listeningSeconds: listening,
    firstPageSeconds: firstPage,
    firstRequestSeconds: firstRequest,
    secondPageSeconds: secondPage,
    regionalbudgetPageSeconds: rbPage,
    markdownEditSeconds: markdownEdits,
    dataEditSeconds: dataEdits,
    markdownEditCpuSeconds: markdownCpu,
    dataEditCpuSeconds: dataCpu,
    restartListeningSeconds: restartListening,
    restartFirstPageSeconds: restartFirstPage,
  };
  console.log(
    [
      `npm run dev, ${rbIds.length} Regionalbudgets, leerer Cache:`,
      `  Server antwortet: ${listening.toFixed(1)} s; erste Maßnahmenseite im Browser: ${firstPage.toFixed(1)} s (davon Anfrage ${firstRequest.toFixed(1)} s)`,
      `  weitere Maßnahmenseite: ${secondPage.toFixed(2)} s; Regionalbudget-Seite: ${rbPage.toFixed(2)} s`,
      `  Markdown gespeichert → Änderung im Browser: Median ${median(markdownEdits).toFixed(2)} s (${markdownEdits.map((s) => s.toFixed(2)).join(', ')}); CPU des Servers Median ${median(markdownCpu).toFixed(2)} s`,
      `  Budgetdatei gespeichert → Seite neu geladen: Median ${median(dataEdits).toFixed(2)} s (${dataEdits.map((s) => s.toFixed(2)).join(', ')}); CPU des Servers Median ${median(dataCpu).toFixed(2)} s`,
      `  Neustart mit dem Cache: Server antwortet ${restartListening.toFixed(1)} s; erste Maßnahmenseite ${restartFirstPage.toFixed(1)} s`,
    ].join('\n'),
  );
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

/**
 * `npm run bench`: builds synthetic content (scripts/bench/generate.ts) with the real site and with the
 * floor (scripts/bench/floor/: the same collections, a trivial page per entry, then Pagefind with default
 * settings over its pages), cold and warm, measures the first search on the cold build, and prints
 * entries, pages, seconds per phase, peak RSS, dist size, p95 gzipped HTML, search index size and the
 * ratios full/floor. Figures and commands: docs/performance.md.
 *
 *   npm run bench -- --regionalbudgets 400 --measures 25 [--news 1000] [--seed 1]
 *     [--no-floor] [--no-warm] [--no-first-search] [--scale 2] [--work <dir>] [--keep] [--json <file>]
 *
 * Cold: fresh Astro cache (RB_CACHE_DIR) and share-image cache (RB_OG_CACHE_DIR). Warm: the caches of the
 * cold build, after one measure's body and amount were changed. --scale 2 also builds 2× the Regionalbudgets
 * cold, for the linearity target (time(2n) ≤ 2.1 × time(n)).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { removeSite } from '../lib/site-dir.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { isRedirect, listFiles } from '../lib/built-pages.ts';
import { BIN, REPO_ROOT, repoEnv } from '../lib/run.ts';
import { chromiumPath } from '../../test/helpers/chromium.ts';
import { formatFirstSearch, measureFirstSearch, type FirstSearch } from './first-search.ts';
import { generate } from './generate.ts';

export interface RunResult {
  seconds: number;
  /** Highest sum of VmRSS over the process tree (MB), sampled every 100 ms. */
  peakTreeMb: number;
  /** Highest VmRSS of a single process of the tree (MB). */
  peakProcessMb: number;
  /**
   * CPU seconds (user + system) of the whole process tree, from the shell's `times`. Steadier than wall time
   * on a shared machine, so the CI guard on the ratios (test/build/bench.test.ts) compares these.
   */
  cpuSeconds: number;
  output: string;
}

/** dash/bash `times`: second line = user and system time of the waited-for children, e.g. "0m1.230000s 0m0.120000s". */
export function childCpuSeconds(times: string): number {
  const line = times.trim().split('\n')[1] ?? '';
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

/** RSS (kB) and parent pid of every process, from /proc. */
function processTable(): Map<number, { ppid: number; rssKb: number }> {
  const table = new Map<number, { ppid: number; rssKb: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(name), { ppid, rssKb });
    } catch {
      // the process ended meanwhile
    }
  }
  return table;
}

function treeRss(root: number): { sumKb: number; maxKb: number } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, p] of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  let sumKb = 0;
  let maxKb = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const rss = table.get(pid)?.rssKb ?? 0;
    sumKb += rss;
    maxKb = Math.max(maxKb, rss);
    stack.push(...(children.get(pid) ?? []));
  }
  return { sumKb, maxKb };
}

/** Runs a command, measuring wall time, CPU time and peak RSS of its process tree; rejects on a non-zero exit. */
export function measure(command: string, args: string[], env: Record<string, string>, options: { quiet?: boolean } = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    // A shell runs the command and reports its children's CPU times on fd 3 (they include every descendant
    // that was waited for: Astro, Pagefind, worker threads).
    const child = spawn('/bin/sh', ['-c', '"$@"; status=$?; times >&3; exit $status', 'sh', command, ...args], {
      cwd: REPO_ROOT,
      // Without a test runner's variables (VITEST, NODE_ENV=test, …): under them Astro takes no page over, and
      // the CI guard (test/build/bench.test.ts) would measure a warm build that is not one.
      env: Object.fromEntries(Object.entries(repoEnv(env)).filter(([name]) => !/^(VITEST\w*|NODE_ENV|TEST|MODE)$/.test(name))),
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let times = '';
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => (times += chunk.toString()));
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stderr.write(chunk);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let peakTreeKb = 0;
    let peakProcessKb = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const { sumKb, maxKb } = treeRss(child.pid);
      peakTreeKb = Math.max(peakTreeKb, sumKb);
      peakProcessKb = Math.max(peakProcessKb, maxKb);
    };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    const seconds = { wall: 0 };
    child.on('exit', () => {
      seconds.wall = (performance.now() - start) / 1000;
    });
    // 'close' comes after fd 3 has delivered the times.
    child.on('close', (code, signal) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} endete mit ${signal ?? `Code ${code}`}\n${output.slice(-4000)}`));
      else resolvePromise({ seconds: seconds.wall, peakTreeMb: peakTreeKb / 1024, peakProcessMb: peakProcessKb / 1024, cpuSeconds: childCpuSeconds(times), output });
    });
  });
}

export interface DistStats {
  files: number;
  bytes: number;
  /** HTML pages with content (redirect pages not counted). */
  pages: number;
  redirectPages: number;
  /** 95th percentile of the gzipped size (level 6) of the content pages, bytes. */
  p95GzipHtml: number;
  searchFiles: number;
  searchBytes: number;
}

export function distStats(dist: string): DistStats {
  const files = listFiles(dist);
  let bytes = 0;
  let searchFiles = 0;
  let searchBytes = 0;
  let redirectPages = 0;
  const gz: number[] = [];
  for (const file of files) {
    const path = join(dist, file);
    const size = statSync(path).size;
    bytes += size;
    if (file.startsWith('pagefind/')) {
      searchFiles++;
      searchBytes += size;
    } else if (file.endsWith('.html')) {
      const html = readFileSync(path);
      if (isRedirect(html.toString('utf8', 0, Math.min(html.length, 600)))) redirectPages++;
      else gz.push(gzipSync(html, { level: 6 }).length);
    }
  }
  gz.sort((a, b) => a - b);
  const p95GzipHtml = gz.length === 0 ? 0 : (gz[Math.min(gz.length - 1, Math.ceil(gz.length * 0.95) - 1)] ?? 0);
  return { files: files.length, bytes, pages: gz.length, redirectPages, p95GzipHtml, searchFiles, searchBytes };
}

/** Changes one measure: a sentence more in its body and 25 € more in its first budget year (totals kept consistent). */
export function changeOneMeasure(root: string): string {
  const rbDir = join(root, 'content', 'regionalbudgets');
  const rb = readdirSync(rbDir).sort()[0] as string;
  const measureDir = join(rbDir, rb, 'massnahmen');
  const file = readdirSync(measureDir).sort()[0] as string;
  const path = join(measureDir, file);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\nGeändert für den warmen Build (${new Date().toISOString()}).\n`);
  const budgetPath = join(root, 'data', 'budgets', `${rb}.json`);
  const budget = JSON.parse(readFileSync(budgetPath, 'utf8')) as { totals: Record<string, number>; lines: { measure: string; amounts: Record<string, number> }[] };
  const line = budget.lines.find((l) => l.measure === file.replace(/\.mdx?$/, ''));
  const year = line ? Object.keys(line.amounts)[0] : undefined;
  if (line && year) {
    line.amounts[year] = (line.amounts[year] ?? 0) + 25;
    budget.totals[year] = (budget.totals[year] ?? 0) + 25;
    writeFileSync(budgetPath, `${JSON.stringify(budget, null, 2)}\n`);
  }
  return path;
}

interface BuildFigures {
  seconds: number;
  /** CPU seconds of the process tree (RunResult.cpuSeconds). */
  cpuSeconds: number;
  peakTreeMb: number;
  peakProcessMb: number;
  /** Phase times of scripts/build.ts (full build only). */
  phases?: Record<string, number>;
  og?: { total: number; rendered: number; cached: number; seconds: number } | null;
  dist: DistStats;
}

async function fullBuild(root: string, dist: string, caches: string, report: string): Promise<BuildFigures> {
  const run = await measure(join(BIN, 'node'), ['scripts/build.ts', '--root', root, '--out', dist, '--report', report], {
    RB_CACHE_DIR: join(caches, 'astro'),
    RB_OG_CACHE_DIR: join(caches, 'og'),
  });
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as { phases: Record<string, number>; og: BuildFigures['og'] };
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakTreeMb: run.peakTreeMb, peakProcessMb: run.peakProcessMb, phases: parsed.phases, og: parsed.og, dist: distStats(dist) };
}

/**
 * The floor: bare Astro over the same entries, then Pagefind with its default settings over the built pages
 * (the CLI, `pagefind --site <dist>`), so that the ratio compares a searchable site with a searchable site.
 * Both steps are timed on their own ("Astro", "Suchindex"); the seconds are their sum.
 */
async function floorBuild(root: string, dist: string, caches: string): Promise<BuildFigures> {
  const astro = await measure(join(BIN, 'astro'), ['build', '--root', join(REPO_ROOT, 'scripts', 'bench', 'floor'), '--outDir', dist], {
    RB_REPO_ROOT: root,
    RB_CACHE_DIR: join(caches, 'astro'),
  });
  const search = await measure(join(BIN, 'pagefind'), ['--site', dist], {}, { quiet: true });
  return {
    seconds: astro.seconds + search.seconds,
    cpuSeconds: astro.cpuSeconds + search.cpuSeconds,
    peakTreeMb: Math.max(astro.peakTreeMb, search.peakTreeMb),
    peakProcessMb: Math.max(astro.peakProcessMb, search.peakProcessMb),
    phases: { Astro: astro.seconds, Suchindex: search.seconds },
    dist: distStats(dist),
  };
}

/** Seconds of the phases in the issue's four groups. */
export function phaseGroups(phases: Record<string, number> = {}): { validation: number; astro: number; search: number; other: number } {
  const validation = phases['Prüfung'] ?? 0;
  const astro = phases['Astro'] ?? 0;
  const search = phases['Suchindex'] ?? 0;
  const other = Object.values(phases).reduce((a, b) => a + b, 0) - validation - astro - search;
  return { validation, astro, search, other };
}

export interface BenchReport {
  size: { regionalbudgets: number; measures: number; news: number; seed: number };
  machine: { cpus: number; memGb: number; loadBefore: number[]; loadAfter: number[]; node: string };
  entries: number;
  check: { seconds: number; reported: number };
  full: { cold: BuildFigures; warm?: BuildFigures };
  floor?: { cold: BuildFigures; warm?: BuildFigures };
  ratios?: { cold: number; warm?: number };
  /** The same ratios in CPU seconds of the process trees. */
  cpuRatios?: { cold: number; warm?: number };
  scaled?: { factor: number; measures: number; cold: BuildFigures; ratio: number };
  /** Bytes of the first search on the cold build (scripts/bench/first-search.ts), phone and desktop. */
  firstSearch?: FirstSearch[];
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function formatReport(r: BenchReport): string {
  const rows: string[][] = [['', 'Sekunden', 'Prüfung', 'Astro', 'Suchindex', 'andere', 'Peak RSS (Baum/Prozess, MB)', 'Seiten', 'Weiterl.', 'dist (MB)', 'p95 HTML gz (KB)', 'Suchindex (Dateien/MB)']];
  const row = (name: string, b: BuildFigures) => {
    const g = phaseGroups(b.phases);
    rows.push([
      name,
      b.seconds.toFixed(1),
      b.phases ? g.validation.toFixed(1) : '–',
      b.phases ? g.astro.toFixed(1) : '–',
      b.phases ? g.search.toFixed(1) : '–',
      b.phases ? g.other.toFixed(1) : '–',
      `${b.peakTreeMb.toFixed(0)}/${b.peakProcessMb.toFixed(0)}`,
      String(b.dist.pages),
      String(b.dist.redirectPages),
      mb(b.dist.bytes),
      (b.dist.p95GzipHtml / 1024).toFixed(1),
      `${b.dist.searchFiles}/${mb(b.dist.searchBytes)}`,
    ]);
  };
  row('voll, kalt', r.full.cold);
  if (r.full.warm) row('voll, warm', r.full.warm);
  if (r.floor) row('Boden, kalt', r.floor.cold);
  if (r.floor?.warm) row('Boden, warm', r.floor.warm);
  if (r.scaled) row(`voll ×${r.scaled.factor}, kalt`, r.scaled.cold);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((cells) => (cells[i] ?? '').length)));
  const lines = rows.map((cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  const s = r.size;
  return [
    `Benchmark: ${s.regionalbudgets} Regionalbudgets × ${s.measures} Maßnahmen, ${s.news} Meldungen (seed ${s.seed}); ${r.entries} Einträge`,
    `Maschine: ${r.machine.cpus} Kerne, ${r.machine.memGb} GB, Node ${r.machine.node}; Last vorher ${r.machine.loadBefore.map((l) => l.toFixed(2)).join(' ')}, nachher ${r.machine.loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
    `npm run check: ${r.check.seconds.toFixed(2)} s (Prozess), ${r.check.reported.toFixed(2)} s (Prüfung selbst)`,
    ...lines,
    r.full.cold.og ? `Vorschaubilder (Sekunden ab Start, parallel zu Astro) kalt: ${r.full.cold.og.rendered} gerendert in ${r.full.cold.og.seconds.toFixed(1)} s; warm: ${r.full.warm?.og ? `${r.full.warm.og.rendered} gerendert, ${r.full.warm.og.cached} aus dem Cache in ${r.full.warm.og.seconds.toFixed(1)} s` : '–'}` : '',
    r.ratios ? `Verhältnis voll/Boden: kalt ${r.ratios.cold.toFixed(2)} (Ziel ≤ 3)${r.ratios.warm !== undefined ? `, warm ${r.ratios.warm.toFixed(2)} (Ziel ≤ 1,5)` : ''}` : '',
    r.cpuRatios ? `Verhältnis voll/Boden in CPU-Sekunden: kalt ${r.cpuRatios.cold.toFixed(2)}${r.cpuRatios.warm !== undefined ? `, warm ${r.cpuRatios.warm.toFixed(2)}` : ''}` : '',
    `Peak RSS voll: ${Math.max(r.full.cold.peakTreeMb, r.full.warm?.peakTreeMb ?? 0).toFixed(0)} MB Prozessbaum (Ziel ≤ 2560)`,
    r.scaled ? `Linearität: ${r.scaled.measures} Maßnahmen kalt ${r.scaled.cold.seconds.toFixed(1)} s = ${r.scaled.ratio.toFixed(2)} × (Ziel ≤ 2,1)` : '',
    r.firstSearch ? formatFirstSearch(r.firstSearch) : '',
  ]
    .filter(Boolean)
    .join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      regionalbudgets: { type: 'string', default: '400' },
      measures: { type: 'string', default: '25' },
      news: { type: 'string' },
      seed: { type: 'string', default: '1' },
      work: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-floor': { type: 'boolean', default: false },
      'no-warm': { type: 'boolean', default: false },
      'no-first-search': { type: 'boolean', default: false },
      scale: { type: 'string' },
      json: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const regionalbudgets = Number(values.regionalbudgets);
  const measures = Number(values.measures);
  const news = values.news !== undefined ? Number(values.news) : Math.round((regionalbudgets * measures) / 10);
  const seed = Number(values.seed);
  const work = values.work ? resolve(values.work) : mkdtempSync(join(tmpdir(), 'rb-bench-'));
  mkdirSync(work, { recursive: true });
  const os = await import('node:os');
  const quiet = values.quiet;
  const log = (s: string) => console.error(`\n[bench] ${s}`);

  try {
    const root = join(work, 'content-root');
    rmSync(root, { recursive: true, force: true });
    log(`Erzeuge ${regionalbudgets} × ${measures} Maßnahmen, ${news} Meldungen in ${root}`);
    const counts = generate(root, { regionalbudgets, measures, news, seed });
    const loadBefore = os.loadavg();

    log('npm run check');
    const check = await measure(join(BIN, 'node'), ['scripts/check.ts', root], {}, { quiet: true });
    const reported = Number(/in ([\d.]+) s:/.exec(check.output)?.[1] ?? NaN);
    const entries = counts.regionalbudgets * 5 + counts.measures + counts.news + 1; // + Handlungsfelder (4 je RB) + 1 Programm

    const caches = join(work, 'full-cache');
    rmSync(caches, { recursive: true, force: true });
    log('voller Build, kalt');
    const fullDist = join(work, 'full-dist');
    const fullCold = await fullBuild(root, fullDist, caches, join(work, 'full-cold.json'));
    let firstSearch: FirstSearch[] | undefined;
    if (!values['no-first-search'] && chromiumPath()) {
      log('erste Suche (Chromium)');
      firstSearch = await measureFirstSearch(fullDist);
    } else if (!values['no-first-search']) log('erste Suche übersprungen: kein Chromium (apt-get install -y chromium)');
    let floorCold: BuildFigures | undefined;
    const floorCaches = join(work, 'floor-cache');
    const floorDist = join(work, 'floor-dist');
    if (!values['no-floor']) {
      rmSync(floorCaches, { recursive: true, force: true });
      log('Boden, kalt');
      floorCold = await floorBuild(root, floorDist, floorCaches);
    }
    let fullWarm: BuildFigures | undefined;
    let floorWarm: BuildFigures | undefined;
    if (!values['no-warm']) {
      log(`eine Maßnahme geändert: ${changeOneMeasure(root)}`);
      log('voller Build, warm');
      fullWarm = await fullBuild(root, fullDist, caches, join(work, 'full-warm.json'));
      if (!values['no-floor']) {
        log('Boden, warm');
        floorWarm = await floorBuild(root, floorDist, floorCaches);
      }
    }
    let scaled: BenchReport['scaled'];
    if (values.scale) {
      const factor = Number(values.scale);
      const bigRoot = join(work, 'content-root-scaled');
      rmSync(bigRoot, { recursive: true, force: true });
      generate(bigRoot, { regionalbudgets: regionalbudgets * factor, measures, news: news * factor, seed });
      const bigCaches = join(work, 'scaled-cache');
      rmSync(bigCaches, { recursive: true, force: true });
      log(`voller Build ×${factor}, kalt`);
      const cold = await fullBuild(bigRoot, join(work, 'scaled-dist'), bigCaches, join(work, 'scaled-cold.json'));
      scaled = { factor, measures: regionalbudgets * factor * measures, cold, ratio: cold.seconds / fullCold.seconds };
      if (!values.keep) removeSite(join(work, 'scaled-dist'));
    }

    const report: BenchReport = {
      size: { regionalbudgets, measures, news, seed },
      machine: { cpus: os.availableParallelism(), memGb: Math.round(os.totalmem() / 1024 ** 3), loadBefore, loadAfter: os.loadavg(), node: process.version },
      entries,
      check: { seconds: check.seconds, reported },
      full: { cold: fullCold, ...(fullWarm ? { warm: fullWarm } : {}) },
      ...(floorCold ? { floor: { cold: floorCold, ...(floorWarm ? { warm: floorWarm } : {}) } } : {}),
      ...(floorCold ? { ratios: { cold: fullCold.seconds / floorCold.seconds, ...(fullWarm && floorWarm ? { warm: fullWarm.seconds / floorWarm.seconds } : {}) } } : {}),
      ...(floorCold
        ? { cpuRatios: { cold: fullCold.cpuSeconds / floorCold.cpuSeconds, ...(fullWarm && floorWarm ? { warm: fullWarm.cpuSeconds / floorWarm.cpuSeconds } : {}) } }
        : {}),
      ...(scaled ? { scaled } : {}),
      ...(firstSearch ? { firstSearch } : {}),
    };
    if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    if (!quiet) console.log(`\n${formatReport(report)}`);
    else console.log(formatReport(report));
  } finally {
    if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true });
    else if (!values.keep) for (const d of ['full-dist', 'floor-dist', 'full-cache', 'floor-cache', 'scaled-cache', 'content-root', 'content-root-scaled']) removeSite(join(work, d));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}

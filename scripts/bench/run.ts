/**
 * `npm run bench`: builds synthetic content (scripts/bench/generate.ts) with the real site and with the
 * floor (scripts/bench/floor/: the same collections, a trivial page per entry, then Pagefind with default
 * settings over its pages), cold and warm, measures the first search on the cold build, and prints
 * entries, pages, seconds per phase, peak RSS, dist size, p95 gzipped HTML, search index size and the
 * ratios full/floor. Figures and commands: docs/performance.md.
 *
 *   npm run bench -- --regionalbudgets 400 --measures 25 [--news 1000] [--seed 1]
 *     [--runs 3] [--no-floor] [--no-warm] [--no-first-search] [--scale 2] [--work <dir>] [--keep] [--json <file>]
 *
 * Cold: fresh Astro cache (RB_CACHE_DIR) and share-image cache (RB_OG_CACHE_DIR). Warm: the caches of the
 * cold build, after one measure's body and amount were changed. --scale 2 also builds 2× the Regionalbudgets
 * cold, for the linearity target (time(2n) ≤ 2.1 × time(n)).
 *
 * The parts: options.ts (arguments), process-tree.ts (time, CPU and memory of a command's process tree),
 * builds.ts (the full build and the floor), dist-stats.ts (sizes of the built site), change-measure.ts (the
 * edit before the warm builds), report.ts (the JSON report and the printed table).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../test/helpers/chromium.ts';
import { removeSite } from '../lib/site-dir.ts';
import { BIN } from '../lib/run.ts';
import { floorBuild, fullBuild, type BuildFigures } from './builds.ts';
import { changeOneMeasure } from './change-measure.ts';
import { measureFirstSearch, type FirstSearch } from './first-search.ts';
import { generate } from './generate.ts';
import { median, medianRun } from './median.ts';
import { benchArgs } from './options.ts';
import { measure } from './process-tree.ts';
import { formatReport, type BenchReport } from './report.ts';

/** Cold builds of the floor per benchmark, at least; the median one counts (see below). */
const FLOOR_COLD_RUNS = 3;

/** The run with the median CPU time, with the CPU seconds of every run (several runs only). */
function withRuns(runs: BuildFigures[]): BuildFigures {
  const middle = medianRun(runs, (r) => r.cpuSeconds)!;
  return runs.length > 1 ? { ...middle, cpuRuns: runs.map((r) => r.cpuSeconds) } : middle;
}

const CHECK_RUNS = 3;

async function main(): Promise<void> {
  const values = benchArgs();
  const { regionalbudgets, measures, news, seed } = values;
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

    // Three runs, the median counts: the first one alone (right after the files were written) moved by a third
    // between two benchmark runs on this shared machine (2.29 / 3.07 s at 10,000 measures).
    const checks: { seconds: number; reported: number }[] = [];
    for (let i = 1; i <= CHECK_RUNS; i++) {
      log(`npm run check (${i}/${CHECK_RUNS})`);
      const run = await measure(join(BIN, 'node'), ['scripts/check.ts', root], {}, { quiet: true });
      checks.push({ seconds: run.seconds, reported: Number(/in ([\d.]+) s:/.exec(run.output)?.[1] ?? NaN) });
    }
    const check = { seconds: median(checks.map((c) => c.seconds)), reported: median(checks.map((c) => c.reported)), runs: checks.map((c) => c.seconds) };
    const entries = counts.regionalbudgets * 5 + counts.measures + counts.news + 1; // + Handlungsfelder (4 je RB) + 1 Programm

    // Runs alternate full and floor, so that a slow spell of this shared machine falls on both sides of a ratio.
    // The floor's cold build runs at least three times, every other build --runs times (1 by default; the CI
    // guard takes 3: one full run alone gave the guard's cold CPU ratio 2.46 to 3.30 on the same code). Of each,
    // the run with the median CPU time counts. Each cold full run starts from an empty output folder (otherwise
    // it would take its pages from the previous run's site, docs/decisions/0014) and empty caches.
    const caches = join(work, 'full-cache');
    const fullDist = join(work, 'full-dist');
    const floorCaches = join(work, 'floor-cache');
    const floorDist = join(work, 'floor-dist');
    const fullRuns = values.runs;
    const floorRuns = values['no-floor'] ? 0 : Math.max(FLOOR_COLD_RUNS, fullRuns);
    const fulls: BuildFigures[] = [];
    const floors: BuildFigures[] = [];
    for (let i = 1; i <= Math.max(fullRuns, floorRuns); i++) {
      if (i <= fullRuns) {
        rmSync(caches, { recursive: true, force: true });
        removeSite(fullDist);
        log(`voller Build, kalt (${i}/${fullRuns})`);
        fulls.push(await fullBuild(root, fullDist, caches, join(work, 'full-cold.json')));
      }
      if (i <= floorRuns) {
        rmSync(floorCaches, { recursive: true, force: true });
        log(`Boden, kalt (${i}/${floorRuns})`);
        floors.push(await floorBuild(root, floorDist, floorCaches));
      }
    }
    const fullCold = withRuns(fulls);
    const floorCold = floors.length ? withRuns(floors) : undefined;
    // Measured on the last full run's site: every run builds the same pages.
    let firstSearch: FirstSearch[] | undefined;
    if (!values['no-first-search'] && chromiumPath()) {
      log('erste Suche (Chromium)');
      firstSearch = await measureFirstSearch(fullDist);
    } else if (!values['no-first-search']) log('erste Suche übersprungen: kein Chromium (apt-get install -y chromium)');
    let fullWarm: BuildFigures | undefined;
    let floorWarm: BuildFigures | undefined;
    if (!values['no-warm']) {
      // Each warm run follows a change of the same measure (another sentence, another 25 €), so every run has
      // one measure changed since the build before it: the same work, repeatable without a cold build between.
      const fullWarms: BuildFigures[] = [];
      const floorWarms: BuildFigures[] = [];
      for (let i = 1; i <= values.runs; i++) {
        log(`eine Maßnahme geändert: ${changeOneMeasure(root)}`);
        log(`voller Build, warm (${i}/${values.runs})`);
        fullWarms.push(await fullBuild(root, fullDist, caches, join(work, 'full-warm.json')));
        if (!values['no-floor']) {
          log(`Boden, warm (${i}/${values.runs})`);
          floorWarms.push(await floorBuild(root, floorDist, floorCaches));
        }
      }
      fullWarm = withRuns(fullWarms);
      floorWarm = floorWarms.length ? withRuns(floorWarms) : undefined;
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
      check,
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

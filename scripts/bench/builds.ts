/** The two builds the benchmark compares: the real site (scripts/build.ts) and the floor (scripts/bench/floor/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, REPO_ROOT } from '../lib/run.ts';
import { distStats, type DistStats } from './dist-stats.ts';
import { measure } from './process-tree.ts';

export interface BuildFigures {
  seconds: number;
  /** CPU seconds of the process tree (RunResult.cpuSeconds). */
  cpuSeconds: number;
  peakTreeMb: number;
  peakProcessMb: number;
  /** Phase times of scripts/build.ts (full build only). */
  phases?: Record<string, number>;
  og?: { total: number; rendered: number; cached: number; seconds: number } | null;
  /** CPU seconds of each run, where the figures are those of the median run of several (the cold builds). */
  cpuRuns?: number[];
  /** Pages read for the search index and sitemap while Astro was still building (full build only). */
  readEarly?: number;
  dist: DistStats;
}

export async function fullBuild(root: string, dist: string, caches: string, report: string): Promise<BuildFigures> {
  const run = await measure(join(BIN, 'node'), ['scripts/build.ts', '--root', root, '--out', dist, '--report', report], {
    RB_CACHE_DIR: join(caches, 'astro'),
    RB_OG_CACHE_DIR: join(caches, 'og'),
  });
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as { phases: Record<string, number>; og: BuildFigures['og']; readEarly: number };
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakTreeMb: run.peakTreeMb, peakProcessMb: run.peakProcessMb, phases: parsed.phases, og: parsed.og, readEarly: parsed.readEarly, dist: distStats(dist) };
}

/**
 * The floor: bare Astro over the same entries, then Pagefind with its default settings over the built pages
 * (the CLI, `pagefind --site <dist>`), so that the ratio compares a searchable site with a searchable site.
 * Both steps are timed on their own ("Astro", "Suchindex"); the seconds are their sum.
 */
export async function floorBuild(root: string, dist: string, caches: string): Promise<BuildFigures> {
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

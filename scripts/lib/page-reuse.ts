/**
 * The build's side of the incremental build (docs/decisions/0014; Astro's side: src/lib/io/page-reuse.ts).
 * Before Astro: which published version, if any, pages may be taken from. After Astro: hard links from that
 * version for the pages Astro skipped. After the swap: the record of the version now online. Until that last
 * step the record still describes the version that is online, so a build that fails or is killed at any point
 * leaves nothing that could make the next build take over a page it should render.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { REUSE_ENV, reuseFiles } from '../../src/lib/io/reuse-files.ts';
import { writeFileAtomic } from './write-atomic.ts';

export interface ReusePlan {
  /** This output folder's records (one folder per `--out`, so builds of other folders do not disturb them). */
  dir: string;
  /** The published version pages are taken from; undefined: every page is rendered. */
  from: string | undefined;
  /** Variables for the Astro process. */
  env: Record<string, string>;
}

/** Chooses the version to take pages from: the one online, if the record was written for it. */
export function planReuse(cacheDir: string, out: string, current: string | undefined): ReusePlan {
  const dir = join(cacheDir, 'rb-reuse', createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16));
  mkdirSync(dir, { recursive: true });
  const files = reuseFiles(dir);
  // What an earlier build that did not finish left: its keys. (The hyphenation records went with decision 0016.)
  for (const file of [files.log, join(dir, 'hyphenation.jsonl'), join(dir, 'hyphenation.pending.jsonl')]) rmSync(file, { force: true });
  let from: string | undefined;
  try {
    const record = JSON.parse(readFileSync(files.published, 'utf8')) as { site?: unknown };
    if (current !== undefined && record.site === realpathSync(current)) from = record.site;
  } catch {
    from = undefined;
  }
  return { dir, from, env: { [REUSE_ENV.dir]: dir, ...(from === undefined ? {} : { [REUSE_ENV.from]: from }) } };
}

export interface TakenOver {
  /** Files linked from the published version. */
  taken: number;
  /** Keyed files Astro rendered. */
  rendered: number;
  /** Every keyed file of the new version with its key. */
  keys: Record<string, string>;
}

/** Links the files Astro took over from the published version into `staging`. */
export function linkTakenOver(plan: ReusePlan, staging: string): TakenOver {
  let text = '';
  try {
    text = readFileSync(reuseFiles(plan.dir).log, 'utf8');
  } catch {
    // no keyed route ran (e.g. no Regionalbudget, no news)
  }
  const keys: Record<string, string> = {};
  const take = new Set<string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const { f, k, r } = JSON.parse(line) as { f: string; k: string; r: 0 | 1 };
    keys[f] = k;
    if (r === 1) take.add(f);
    else take.delete(f);
  }
  if (take.size > 0 && plan.from === undefined) throw new Error('Seiten sollen übernommen werden, aber es gibt keine veröffentlichte Fassung');
  for (const file of take) {
    const target = join(staging, file);
    // Astro skipped the page, so it cannot have written the file; if it did, the two disagree about the page.
    if (existsSync(target)) throw new Error(`Übernommene Seite wurde trotzdem gerendert: ${file}`);
    mkdirSync(dirname(target), { recursive: true });
    const source = join(plan.from as string, file);
    try {
      linkSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV' && (error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
      copyFileSync(source, target);
    }
  }
  return { taken: take.size, rendered: Object.keys(keys).length - take.size, keys };
}

/** After the swap: the record now describes `site` (the new version). */
export function recordPublished(plan: ReusePlan, site: string, keys: Record<string, string>): void {
  const files = reuseFiles(plan.dir);
  writeFileAtomic(files.published, `${JSON.stringify({ site: realpathSync(site), keys })}\n`);
  rmSync(files.log, { force: true });
}

/**
 * The date each content or data file first appeared in git (for `dct:issued` in the open-data catalogue),
 * read with one `git log` per build. Like git-dates.ts it gives no dates in a shallow clone.
 */
import { execFileSync } from 'node:child_process';
import { parseGitLog } from './git-dates.ts';

let cache: Map<string, string> | null | undefined;

export function gitFirstDates(cwd: string = process.cwd()): Map<string, string> | null {
  if (cache !== undefined) return cache;
  try {
    const git = (args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') return (cache = null);
    // Oldest commit first, so the first date parseGitLog keeps per file is the one that added it.
    cache = parseGitLog(git(['log', '--reverse', '--format=%x00%cs', '--name-only', '--', 'content', 'data']));
  } catch {
    cache = null;
  }
  return cache;
}

/** Oldest first-appearance date among the files. */
export function firstPublished(files: readonly string[], cwd?: string): string | undefined {
  const dates = gitFirstDates(cwd);
  if (!dates) return undefined;
  return files.map((f) => dates.get(f)).filter((d): d is string => d !== undefined).sort()[0];
}

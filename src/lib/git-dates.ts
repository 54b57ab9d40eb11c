/**
 * When each content or data file first appeared in git and when it last changed ("Zuletzt aktualisiert",
 * `dct:issued`/`dct:modified`), read with one `git log` per build. In a shallow clone the history is
 * incomplete, so no dates are given rather than wrong ones.
 */
import { execFileSync } from 'node:child_process';

export interface FileDates {
  /** Date of the commit that added the file. */
  first: string;
  /** Date of the newest commit that changed it. */
  last: string;
}

let cache: Map<string, FileDates> | null | undefined;

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
}

/** Parses `git log --format=%x00%cs --name-only` output (newest first) into file → first and last date. */
export function parseGitLogDates(output: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  for (const block of output.split('\0')) {
    const [date, ...files] = block.split('\n').filter((line) => line.trim() !== '');
    if (!date) continue;
    for (const file of files) {
      const known = dates.get(file);
      if (known) known.first = date;
      else dates.set(file, { first: date, last: date });
    }
  }
  return dates;
}

/** File → newest commit date (see parseGitLogDates). */
export function parseGitLog(output: string): Map<string, string> {
  return new Map([...parseGitLogDates(output)].map(([file, d]) => [file, d.last]));
}

/** Map of repository-relative path → dates, or null when git history is unavailable or shallow. */
export function gitDates(cwd: string = process.cwd()): Map<string, FileDates> | null {
  if (cache !== undefined) return cache;
  try {
    if (git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true') return (cache = null);
    cache = parseGitLogDates(git(['log', '--format=%x00%cs', '--name-only', '--', 'content', 'data'], cwd));
  } catch {
    cache = null;
  }
  return cache;
}

function datesOf(files: readonly string[], pick: (d: FileDates) => string, cwd?: string): string[] | undefined {
  const dates = gitDates(cwd);
  if (!dates) return undefined;
  return files
    .map((f) => dates.get(f))
    .filter((d): d is FileDates => d !== undefined)
    .map(pick)
    .sort();
}

/** Newest date among the files (a measure page depends on its Markdown and the budget/schedule files). */
export function lastUpdated(files: readonly string[], cwd?: string): string | undefined {
  return datesOf(files, (d) => d.last, cwd)?.at(-1);
}

/** Oldest first-appearance date among the files. */
export function firstPublished(files: readonly string[], cwd?: string): string | undefined {
  return datesOf(files, (d) => d.first, cwd)?.[0];
}

/**
 * "Zuletzt aktualisiert" per source file from git history, read with one `git log` per build.
 * In a shallow clone the history is incomplete, so no dates are given rather than wrong ones.
 */
import { execFileSync } from 'node:child_process';

let cache: Map<string, string> | null | undefined;

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
}

/** Parses `git log --format=%x00%cs --name-only` output into file → newest commit date. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of output.split('\0')) {
    const [date, ...files] = block.split('\n').filter((line) => line.trim() !== '');
    if (!date) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/** Map of repository-relative path → ISO date, or null when git history is unavailable or shallow. */
export function gitDates(cwd: string = process.cwd()): Map<string, string> | null {
  if (cache !== undefined) return cache;
  try {
    if (git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true') return (cache = null);
    cache = parseGitLog(git(['log', '--format=%x00%cs', '--name-only', '--', 'content', 'data'], cwd));
  } catch {
    cache = null;
  }
  return cache;
}

/** Newest date among the files (a measure page depends on its Markdown and the budget/schedule files). */
export function lastUpdated(files: readonly string[], cwd?: string): string | undefined {
  const dates = gitDates(cwd);
  if (!dates) return undefined;
  return files.map((f) => dates.get(f)).filter((d): d is string => d !== undefined).sort().at(-1);
}

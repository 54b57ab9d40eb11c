/**
 * The first and last commit date of every file under content/ and data/, read with one `git log` per build
 * and repo root. In a shallow clone the history is incomplete, so no dates are given rather than wrong ones.
 */
import { repoRoot } from '../data/get-model.ts';
import { newestOf, oldestOf, parseGitLogDates, type FileDates } from '../git-log-dates.ts';
import { perBuild } from './build-cache.ts';
import { git, isShallow } from './git.ts';

/** Map of project-relative path → dates, or null when git history is unavailable or shallow. */
export function gitDates(root: string = repoRoot()): ReadonlyMap<string, FileDates> | null {
  return perBuild(root, 'git-dates', () => {
    try {
      if (isShallow(root)) return null;
      return parseGitLogDates(git(['log', '--relative', '--format=%x00%cs', '--name-only', '--', 'content', 'data'], root).toString('utf8'));
    } catch {
      return null;
    }
  });
}

/** Newest date among the files (a measure page depends on its Markdown and the budget/schedule files). */
export function lastUpdated(files: readonly string[], root?: string): string | undefined {
  return newestOf(gitDates(root), files);
}

/** Oldest first-appearance date among the files. */
export function firstPublished(files: readonly string[], root?: string): string | undefined {
  return oldestOf(gitDates(root), files);
}

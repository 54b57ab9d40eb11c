/**
 * Reads the versions of data/budgets/*.json and data/schedules/*.json from git, once per build for all files:
 * one `git log` for the commits and one `git cat-file --batch` for the file contents. In a shallow clone the
 * early history is missing, so the history is reported as unavailable rather than wrong.
 */
import { buildHistory, type CommitFiles, type HistoryResult } from '../history/diff.ts';
import { LOG_FORMAT, parseCatFile, parseLog } from '../history/git.ts';
import { perBuild } from './build-cache.ts';
import { git, isShallow } from './git.ts';

/** The change history of all measures of the project at `root` (which may be a sub-folder of the repository). */
export function readDataHistory(root: string): HistoryResult {
  try {
    if (isShallow(root)) return { available: false, reason: 'shallow' };
    const prefix = git(['rev-parse', '--show-prefix'], root).toString().trim();
    const log = git(
      ['log', '--first-parent', '--diff-merges=first-parent', '--reverse', `--format=${LOG_FORMAT}`, '--name-only', '--', 'data/budgets', 'data/schedules'],
      root,
    ).toString('utf8');
    const commits = parseLog(log, prefix);
    const requests = commits.flatMap((c) => c.paths.map((p) => `${c.commit}:${prefix}${p}`));
    const texts = requests.length > 0 ? parseCatFile(git(['cat-file', '--batch'], root, `${requests.join('\n')}\n`), requests.length) : [];
    let i = 0;
    const withFiles: CommitFiles[] = commits.map((c) => ({
      commit: c.commit,
      date: c.date,
      message: c.message,
      files: c.paths.map((path) => ({ path, text: texts[i++] ?? null })),
    }));
    return { available: true, byMeasure: buildHistory(withFiles) };
  } catch {
    return { available: false, reason: 'no-git' };
  }
}

/** The history for a build: read once per build and root. */
export function dataHistory(root: string): HistoryResult {
  return perBuild(root, 'data-history', () => readDataHistory(root));
}

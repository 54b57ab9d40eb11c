/**
 * Reads the versions of data/budgets/*.json and data/schedules/*.json from git, once per build for all files:
 * one `git log` for the commits and one `git cat-file --batch` for the file contents. In a shallow clone the
 * early history is missing, so the history is reported as unavailable rather than wrong.
 */
import { execFileSync } from 'node:child_process';
import { buildHistory, dataFileId, type CommitFiles, type HistoryResult } from './diff.ts';

const RS = '\x1e';
const US = '\x1f';

function git(args: string[], cwd: string, input?: string): Buffer {
  return execFileSync('git', args, {
    cwd,
    input,
    stdio: ['pipe', 'pipe', 'ignore'],
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
  });
}

/** Parses `git log --format=%x1e%H%x1f%cs%x1f%s --name-only` output (oldest first with --reverse). */
export function parseLog(output: string, prefix = ''): { commit: string; date: string; message: string; paths: string[] }[] {
  return output
    .split(RS)
    .map((block) => block.split('\n'))
    .filter(([header]) => header !== undefined && header.includes(US))
    .map(([header, ...names]) => {
      const [commit = '', date = '', message = ''] = (header as string).split(US);
      const paths = names
        .map((n) => n.trim())
        .filter((n) => n.startsWith(prefix))
        .map((n) => n.slice(prefix.length))
        .filter((n) => dataFileId(n) !== undefined);
      return { commit, date, message, paths };
    })
    .filter((c) => c.paths.length > 0);
}

/** Parses `git cat-file --batch` output for the given requests, in order; missing objects give null. */
export function parseCatFile(output: Buffer, count: number): (string | null)[] {
  const texts: (string | null)[] = [];
  let pos = 0;
  for (let i = 0; i < count; i++) {
    const eol = output.indexOf(0x0a, pos);
    const header = output.subarray(pos, eol).toString('utf8');
    pos = eol + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      texts.push(null);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    texts.push(output.subarray(pos, pos + size).toString('utf8'));
    pos += size + 1;
  }
  return texts;
}

/** The change history of all measures of the project at `root` (which may be a sub-folder of the repository). */
export function readDataHistory(root: string): HistoryResult {
  try {
    if (git(['rev-parse', '--is-shallow-repository'], root).toString().trim() === 'true') return { available: false, reason: 'shallow' };
    const prefix = git(['rev-parse', '--show-prefix'], root).toString().trim();
    const log = git(
      ['log', '--first-parent', '--diff-merges=first-parent', '--reverse', `--format=${RS}%H${US}%cs${US}%s`, '--name-only', '--', 'data/budgets', 'data/schedules'],
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

/** Shared by every module instance in the process (the dev server loads this file more than once). */
const CACHE = Symbol.for('regionalbudget-portal.change-history');
type Store = { [CACHE]?: { root: string; result: HistoryResult } };

/** The history for a build: read once per process and root. */
export function dataHistory(root: string): HistoryResult {
  const store = globalThis as Store;
  const cached = store[CACHE];
  if (cached?.root === root) return cached.result;
  const result = readDataHistory(root);
  store[CACHE] = { root, result };
  return result;
}

export function resetDataHistory(): void {
  delete (globalThis as Store)[CACHE];
}

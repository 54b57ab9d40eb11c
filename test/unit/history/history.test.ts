/**
 * The change history from a real git repository made in the test: a budget file is committed, then one
 * amount and the schedule change with messages; the parsed history and the page's view must say so.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHistory, diffAmounts, parseBudgetFigures } from '../../../src/lib/history/diff.ts';
import { parseCatFile, parseLog } from '../../../src/lib/history/git.ts';
import { dataHistory, readDataHistory } from '../../../src/lib/io/data-history.ts';
import { gitDates, lastUpdated } from '../../../src/lib/io/git-dates.ts';
import { resetBuildCache } from '../../../src/lib/io/build-cache.ts';
import { historyView, UNAVAILABLE, UNCHANGED } from '../../../src/lib/history/view.ts';

const NBSP = '\u00a0';
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), name));
  temps.push(dir);
  return dir;
}

const budget = (lines: Record<string, Record<string, number>>) =>
  `${JSON.stringify({ regionalbudget: 'test-2023', currency: 'EUR', basis: 'brutto', source: 'Plan', years: [2023, 2024], totals: {}, lines: Object.entries(lines).map(([measure, amounts]) => ({ measure, amounts })) }, null, 2)}\n`;
const schedule = (rows: Record<string, string[]>) =>
  `${JSON.stringify({ regionalbudget: 'test-2023', source: 'Plan', from: '2023-Q1', to: '2024-Q4', rows: Object.entries(rows).map(([measure, quarters]) => ({ measure, quarters })) }, null, 2)}\n`;

/** A repository with dated commits; the project sits in a sub-folder to test path prefixes too. */
function fixtureRepo(): { repo: string; root: string } {
  const repo = tempDir('rb-history-');
  const root = join(repo, 'site');
  mkdirSync(join(root, 'data/budgets'), { recursive: true });
  mkdirSync(join(root, 'data/schedules'), { recursive: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: repo, GIT_AUTHOR_NAME: 'Redaktion', GIT_AUTHOR_EMAIL: 'r@example.org', GIT_COMMITTER_NAME: 'Redaktion', GIT_COMMITTER_EMAIL: 'r@example.org' };
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, { cwd: repo, env: { ...env, ...(date && { GIT_AUTHOR_DATE: `${date}T10:00:00Z`, GIT_COMMITTER_DATE: `${date}T10:00:00Z` }) }, stdio: 'pipe' });
  const commit = (date: string, message: string, files: Record<string, string>) => {
    for (const [rel, text] of Object.entries(files)) writeFileSync(join(root, rel), text);
    git(['add', '-A']);
    git(['commit', '-q', '-m', message], date);
  };
  git(['init', '-q', '-b', 'main']);
  commit('2023-01-10', 'Budgetplan übernommen', {
    'data/budgets/test-2023.json': budget({ kampagne: { '2023': 10000, '2024': 5000 }, messe: { '2023': 2000 } }),
    'data/schedules/test-2023.json': schedule({ kampagne: ['2023-Q1..2023-Q4'], messe: ['2023-Q2'] }),
  });
  commit('2023-03-01', 'Text der Kampagne ergänzt', { 'README.md': 'nur Text\n' });
  commit('2023-06-15', 'Budget Kampagne 2024 laut Änderungsbescheid erhöht', {
    'data/budgets/test-2023.json': budget({ kampagne: { '2023': 10000, '2024': 7500.5 }, messe: { '2023': 2000 }, neu: {} }),
  });
  commit('2023-09-30', 'Zeitplan verlängert', {
    'data/schedules/test-2023.json': schedule({ kampagne: ['2023-Q1..2024-Q2'], messe: ['2023-Q2'] }),
  });
  commit('2023-10-01', 'Kaputtes JSON (wird übersprungen)', { 'data/budgets/test-2023.json': '{ "lines": [ }' });
  commit('2023-11-20', 'Neue Maßnahme mit Beträgen, Messe gestrichen', {
    'data/budgets/test-2023.json': budget({ kampagne: { '2023': 10000, '2024': 7500.5 }, messe: {}, neu: { '2024': 300 } }),
  });
  return { repo, root };
}

describe('change history from git', () => {
  const { repo, root } = fixtureRepo();
  const history = readDataHistory(root);

  it('is available in a full clone', () => {
    expect(history.available).toBe(true);
  });

  it('lists the commit that changed an amount: date, message, old → new in cents', () => {
    if (!history.available) throw new Error('unavailable');
    const kampagne = history.byMeasure.get('test-2023/kampagne') ?? [];
    expect(kampagne.map((e) => e.date)).toEqual(['2023-09-30', '2023-06-15']);
    expect(kampagne[1]).toMatchObject({ date: '2023-06-15', message: 'Budget Kampagne 2024 laut Änderungsbescheid erhöht', changes: [{ year: 2024, oldCents: 500000, newCents: 750050 }] });
    expect(kampagne[1]?.scheduleChanged).toBeUndefined();
    expect(kampagne[0]).toMatchObject({ message: 'Zeitplan verlängert', changes: [] });
    expect(kampagne[0]?.scheduleChanged?.new.length).toBe(6);
  });

  it('does not count the first commit of a file, a new line, unchanged figures or unreadable versions as changes', () => {
    if (!history.available) throw new Error('unavailable');
    expect(history.byMeasure.get('test-2023/messe')?.map((e) => [e.date, e.changes])).toEqual([['2023-11-20', [{ year: 2023, oldCents: 200000, newCents: 0 }]]]);
    // "neu" came with {} on 2023-06-15 (baseline) and got 300 € on 2023-11-20, compared across the broken version
    expect(history.byMeasure.get('test-2023/neu')?.map((e) => [e.date, e.changes])).toEqual([['2023-11-20', [{ year: 2024, oldCents: 0, newCents: 30000 }]]]);
    const all = [...history.byMeasure.values()].flat();
    expect(all.some((e) => e.message.startsWith('Budgetplan übernommen') || e.message.startsWith('Text') || e.message.startsWith('Kaputtes'))).toBe(false);
  });

  it('gives the view the measure page renders', () => {
    const view = historyView(history, ['test-2023/kampagne']);
    expect(view).toEqual({
      kind: 'changes',
      items: [
        expect.objectContaining({ date: '2023-09-30', dateText: '30. September 2023', message: 'Zeitplan verlängert', lines: ['Zeitplan: 1. Quartal 2023 bis 4. Quartal 2023 → 1. Quartal 2023 bis 2. Quartal 2024'] }),
        expect.objectContaining({ date: '2023-06-15', dateText: '15. Juni 2023', message: 'Budget Kampagne 2024 laut Änderungsbescheid erhöht', lines: [`Budget 2024: 5.000${NBSP}€ → 7.500,50${NBSP}€`] }),
      ],
    });
    expect(historyView(history, ['test-2023/gibt-es-nicht'])).toEqual({ kind: 'unchanged', text: UNCHANGED });
    // after a rename the old slug's history is shown too
    const renamed = historyView(history, ['test-2023/umbenannt', 'test-2023/messe']);
    expect(renamed.kind === 'changes' && renamed.items[0]?.lines).toEqual([`Budget 2023: 2.000${NBSP}€ → 0${NBSP}€`]);
  });

  it('is reported unavailable in a shallow clone and outside git', () => {
    const shallow = join(tempDir('rb-shallow-'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { stdio: 'pipe' });
    const result = readDataHistory(join(shallow, 'site'));
    expect(result).toEqual({ available: false, reason: 'shallow' });
    expect(historyView(result, ['test-2023/kampagne'])).toEqual({ kind: 'unavailable', text: UNAVAILABLE });
    expect(readDataHistory(tempDir('rb-nogit-'))).toEqual({ available: false, reason: 'no-git' });
  });
});

describe('git dates and the build cache', () => {
  const { root } = fixtureRepo();
  const other = fixtureRepo();
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'leer'], { cwd: other.repo, stdio: 'pipe' });
  writeFileSync(join(other.root, 'data/kontakte.json'), '{}\n');
  execFileSync('git', ['add', '-A'], { cwd: other.repo, stdio: 'pipe' });
  execFileSync('git', ['-c', 'user.name=R', '-c', 'user.email=r@example.org', 'commit', '-q', '-m', 'Kontakte'], {
    cwd: other.repo,
    stdio: 'pipe',
    env: { ...process.env, GIT_COMMITTER_DATE: '2024-02-02T10:00:00Z', GIT_AUTHOR_DATE: '2024-02-02T10:00:00Z' },
  });

  it('dates files relative to the repo root, which may be a sub-folder of the repository', () => {
    expect(gitDates(root)?.get('data/budgets/test-2023.json')).toEqual({ first: '2023-01-10', last: '2023-11-20' });
    expect(lastUpdated(['data/schedules/test-2023.json', 'README.md'], root)).toBe('2023-09-30');
  });

  it('keeps one cache per repo root, so a second project is not given the first one’s dates', () => {
    expect(lastUpdated(['data/budgets/test-2023.json'], root)).toBe('2023-11-20');
    expect(lastUpdated(['data/kontakte.json'], other.root)).toBe('2024-02-02');
    expect(lastUpdated(['data/kontakte.json'], root)).toBeUndefined();
  });

  it('reads once per build until the cache is reset', () => {
    const first = dataHistory(root);
    expect(dataHistory(root)).toBe(first);
    resetBuildCache();
    expect(dataHistory(root)).not.toBe(first);
    expect(dataHistory(root)).toEqual(first);
  });
});

describe('history parsing (pure)', () => {
  it('diffs amounts per year, a missing year counting as 0', () => {
    expect(diffAmounts(new Map([[2023, 100], [2024, 5]]), new Map([[2023, 100], [2025, 7]]))).toEqual([
      { year: 2024, oldCents: 5, newCents: 0 },
      { year: 2025, oldCents: 0, newCents: 7 },
    ]);
  });

  it('reads euros exactly as cents and refuses amounts that are not', () => {
    expect(parseBudgetFigures(budget({ a: { '2023': 0.1, '2024': 558655.42 } }))?.get('a')).toEqual(new Map([[2023, 10], [2024, 55865542]]));
    expect(parseBudgetFigures(budget({ a: { '2023': 0.001 } }))).toBeUndefined();
    expect(parseBudgetFigures('nicht json')).toBeUndefined();
  });

  it('merges a commit that changes budget and schedule into one entry', () => {
    const files = (b: string, s: string) => [
      { path: 'data/budgets/x.json', text: b },
      { path: 'data/schedules/x.json', text: s },
    ];
    const h = buildHistory([
      { commit: 'a', date: '2024-01-01', message: 'Start', files: files(budget({ m: { '2023': 1 } }), schedule({ m: ['2023-Q1'] })) },
      { commit: 'b', date: '2024-02-01', message: 'Beides', files: files(budget({ m: { '2023': 2 } }), schedule({ m: ['2023-Q2'] })) },
    ]);
    expect(h.get('x/m')).toEqual([{ commit: 'b', date: '2024-02-01', message: 'Beides', changes: [{ year: 2023, oldCents: 100, newCents: 200 }], scheduleChanged: { old: [8092], new: [8093] } }]);
  });

  it('parses git log and cat-file output', () => {
    const log = '\x1eaaa\x1f2024-01-02\x1fZweiter\n\nsite/data/budgets/x.json\nsite/README.md\n\x1ebbb\x1f2024-01-01\x1fErster: mit Doppelpunkt\n\nsite/data/schedules/x.json\n\x1eccc\x1f2024-01-03\x1fNur Text\n\nsite/content/a.md\n';
    expect(parseLog(log, 'site/')).toEqual([
      { commit: 'aaa', date: '2024-01-02', message: 'Zweiter', paths: ['data/budgets/x.json'] },
      { commit: 'bbb', date: '2024-01-01', message: 'Erster: mit Doppelpunkt', paths: ['data/schedules/x.json'] },
    ]);
    // sizes are in bytes: "häl" is 4 bytes in UTF-8
    const out = Buffer.from('abc blob 4\nhäl\nx:y missing\ndef blob 2\n{}\n', 'utf8');
    expect(parseCatFile(out, 3)).toEqual(['häl', null, '{}']);
  });
});

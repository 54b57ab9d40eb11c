import { describe, expect, it } from 'vitest';
import { newestOf, oldestOf, parseGitLog, parseGitLogDates } from '../../../src/lib/git-log-dates.ts';

/** What `git log --format=%x00%cs --name-only` prints: newest commit first. */
const LOG = [
  '',
  '2024-05-02\n\ndata/budgets/nordsachsen-2022.json\ncontent/aktuelles/a.md\n',
  '2024-03-01\n\ncontent/aktuelles/a.md\ncontent/programme/fr-regio.md\n',
  '2023-12-24\n',
  '2023-01-10\n\ndata/kontakte.json\ndata/budgets/nordsachsen-2022.json\n',
].join('\0');

describe('parseGitLog', () => {
  it('maps each file to the date of its newest commit', () => {
    const dates = parseGitLog(LOG);
    expect(dates.get('data/budgets/nordsachsen-2022.json')).toBe('2024-05-02');
    expect(dates.get('content/aktuelles/a.md')).toBe('2024-05-02');
    expect(dates.get('content/programme/fr-regio.md')).toBe('2024-03-01');
    expect(dates.get('data/kontakte.json')).toBe('2023-01-10');
  });

  it('ignores commits without files and does not invent entries', () => {
    const dates = parseGitLog(LOG);
    expect(dates.size).toBe(4);
    expect([...dates.values()]).not.toContain('2023-12-24');
  });

  it('returns an empty map for empty output', () => {
    expect(parseGitLog('').size).toBe(0);
    expect(parseGitLog('\0').size).toBe(0);
  });

  it('tolerates extra blank lines between commits', () => {
    const dates = parseGitLog('\x002024-01-01\n\n\na.md\n\n\x002023-01-01\n\nb.md\n');
    expect(Object.fromEntries(dates)).toEqual({ 'a.md': '2024-01-01', 'b.md': '2023-01-01' });
  });
});

describe('parseGitLogDates', () => {
  it('keeps the oldest commit as first and the newest as last date of each file', () => {
    const log = '\0' + '2024-05-01\n\na.md\nb.json\n' + '\0' + '2023-02-01\n\na.md\n' + '\0' + '2022-09-30\n\na.md\nc.md\n';
    const dates = parseGitLogDates(log);
    expect(dates.get('a.md')).toEqual({ first: '2022-09-30', last: '2024-05-01' });
    expect(dates.get('b.json')).toEqual({ first: '2024-05-01', last: '2024-05-01' });
    expect(dates.get('c.md')).toEqual({ first: '2022-09-30', last: '2022-09-30' });
  });
});

describe('newestOf / oldestOf', () => {
  const dates = parseGitLogDates('\0' + '2024-05-01\n\na.md\nb.json\n' + '\0' + '2022-09-30\n\na.md\nc.md\n');

  it('gives the newest change and the oldest first appearance among the files, ignoring unknown files', () => {
    expect(newestOf(dates, ['c.md', 'a.md', 'unknown.md'])).toBe('2024-05-01');
    expect(oldestOf(dates, ['b.json', 'a.md'])).toBe('2022-09-30');
    expect(newestOf(dates, ['unknown.md'])).toBeUndefined();
  });

  it('gives no date without a history', () => {
    expect(newestOf(null, ['a.md'])).toBeUndefined();
    expect(oldestOf(null, ['a.md'])).toBeUndefined();
  });
});

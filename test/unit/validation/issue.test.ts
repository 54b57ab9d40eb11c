import { describe, expect, it } from 'vitest';
import { ValidationFailed, describeValue, formatIssue, formatPath, sortIssues, type Issue } from '../../../src/lib/validation/issue.ts';

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatPath(['lines', 3, 'amounts', '2023'])).toBe('lines[3].amounts.2023');
    expect(formatPath(['rows', 0, 'quarters', 1])).toBe('rows[0].quarters[1]');
    expect(formatPath(['funding', 'grant'])).toBe('funding.grant');
    expect(formatPath(['contacts', 0])).toBe('contacts[0]');
    expect(formatPath(['handlungsfeld'])).toBe('handlungsfeld');
    expect(formatPath([])).toBe('');
  });
});

describe('formatIssue', () => {
  const issue: Issue = {
    severity: 'error',
    file: 'data/budgets/x.json',
    path: ['lines', 3, 'amounts', '2023'],
    line: 12,
    column: 7,
    message: 'Der Wert ist ungültig.',
    expected: 'einen Betrag ≥ 0',
    found: 'die Zahl -5',
  };

  it('starts with file:line:column and names path, expectation and finding in German', () => {
    expect(formatIssue(issue)).toBe(
      'data/budgets/x.json:12:7 Fehler bei lines[3].amounts.2023: Der Wert ist ungültig. Erwartet: einen Betrag ≥ 0; gefunden: die Zahl -5.',
    );
  });

  it('labels warnings and notices', () => {
    expect(formatIssue({ ...issue, severity: 'warning' })).toContain(' Warnung bei lines[3].amounts.2023: ');
    expect(formatIssue({ ...issue, severity: 'notice' })).toContain(' Hinweis bei ');
  });

  it('gives the file alone when the line is unknown, and column 1 when only the line is known', () => {
    const { line: _l, column: _c, ...noPos } = issue;
    expect(formatIssue(noPos).startsWith('data/budgets/x.json Fehler bei ')).toBe(true);
    const { column: _c2, ...lineOnly } = issue;
    expect(formatIssue(lineOnly).startsWith('data/budgets/x.json:12:1 ')).toBe(true);
  });

  it('leaves out "bei" for issues about the whole file', () => {
    expect(formatIssue({ ...issue, path: [] })).toBe(
      'data/budgets/x.json:12:7 Fehler: Der Wert ist ungültig. Erwartet: einen Betrag ≥ 0; gefunden: die Zahl -5.',
    );
  });

  it('prints only the parts that are there', () => {
    const { found: _f, ...noFound } = issue;
    expect(formatIssue(noFound).endsWith('Erwartet: einen Betrag ≥ 0.')).toBe(true);
    const { expected: _e, found: _f2, ...bare } = issue;
    expect(formatIssue(bare).endsWith('Der Wert ist ungültig.')).toBe(true);
  });
});

describe('describeValue', () => {
  it('describes values as an editor sees them', () => {
    expect(describeValue(undefined)).toBe('nichts (das Feld fehlt)');
    expect(describeValue(null)).toBe('einen leeren Wert (null)');
    expect(describeValue('')).toBe('einen leeren Text');
    expect(describeValue('abc')).toBe('„abc“');
    expect(describeValue(-5)).toBe('die Zahl -5');
    expect(describeValue(true)).toBe('den Wahrheitswert true');
    expect(describeValue([1, 2])).toBe('eine Liste mit 2 Einträgen');
    expect(describeValue({ a: 1, b: 2 })).toBe('ein Objekt mit den Feldern a, b');
    expect(describeValue(new Date('2023-03-14T00:00:00Z'))).toBe('das Datum 2023-03-14 (ohne Anführungszeichen)');
  });

  it('shortens long texts', () => {
    const text = describeValue('x'.repeat(100));
    expect(text.length).toBeLessThan(70);
    expect(text.endsWith('…“')).toBe(true);
  });
});

describe('sortIssues / ValidationFailed', () => {
  const a: Issue = { severity: 'error', file: 'b.json', line: 2, message: 'm' };
  const b: Issue = { severity: 'error', file: 'a.json', line: 9, message: 'm' };
  const c: Issue = { severity: 'error', file: 'b.json', line: 1, message: 'm' };

  it('sorts by file, then line', () => {
    expect(sortIssues([a, b, c])).toEqual([b, c, a]);
  });

  it('lists every error in its message, not only the first', () => {
    const warning: Issue = { severity: 'warning', file: 'w.json', message: 'Warnhinweis' };
    const error = new ValidationFailed([a, b, c, warning]);
    expect(error.message).toMatch(/\(3 Fehler\)/);
    expect(error.message.split('\n')).toHaveLength(4);
    expect(error.message).not.toContain('Warnhinweis');
    expect(error.issues).toHaveLength(4);
  });
});

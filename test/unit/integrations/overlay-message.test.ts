/** The dev overlay shows exactly the lines of `npm run check`, with the first error's position. */
import { describe, expect, it } from 'vitest';
import { OVERLAY_PLUGIN, errorPageHtml, overlayError, terminalSummary } from '../../../src/integrations/overlay-message.ts';
import { formatIssue, type Issue } from '../../../src/lib/validation/issue.ts';

const budgetIssue: Issue = {
  severity: 'error',
  file: 'data/budgets/x-2023.json',
  path: ['lines', 0, 'amounts', '2025'],
  line: 10,
  column: 107,
  message: 'Der Wert ist ungültig.',
  expected: 'einen Betrag ≥ 0 mit höchstens zwei Nachkommastellen',
  found: 'die Zahl 7500.123',
};
const fileIssue: Issue = { severity: 'error', file: 'content/regionalbudgets/a', message: 'Die Beschreibung des Regionalbudgets fehlt.' };
const warning: Issue = { ...budgetIssue, severity: 'warning', message: 'Eine Warnung.' };

describe('overlayError', () => {
  it('lists every error as npm run check prints it, sorted, without warnings', () => {
    const err = overlayError([budgetIssue, warning, fileIssue], '/projekt');
    expect(err.message.split('\n')).toEqual(['Die Inhalte sind nicht gültig (2 Fehler):', formatIssue(fileIssue), formatIssue(budgetIssue)]);
    expect(err.message).toContain('data/budgets/x-2023.json:10:107 Fehler bei lines[0].amounts.2025: Der Wert ist ungültig. Erwartet: einen Betrag ≥ 0 mit höchstens zwei Nachkommastellen; gefunden: die Zahl 7500.123.');
    expect(err).toMatchObject({ stack: '', plugin: OVERLAY_PLUGIN });
    expect(err.hint).toContain('ohne Neustart');
  });

  it('points at the first error that has a position, as an absolute path', () => {
    expect(overlayError([budgetIssue], '/projekt').loc).toEqual({ file: '/projekt/data/budgets/x-2023.json', line: 10, column: 107 });
    expect(overlayError([fileIssue], '/projekt').loc).toBeUndefined();
    expect(overlayError([fileIssue, budgetIssue], '/projekt').loc?.line).toBe(10);
  });

  it('summarises for the terminal', () => {
    expect(terminalSummary(0, 3)).toBe('Inhalte geprüft: keine Fehler, 3 Warnungen.');
    expect(terminalSummary(2, 0)).toContain('2 Fehler');
  });
});

describe('error page of the dev server', () => {
  it('lists the German lines of npm run check, escaped, without stack or source', () => {
    const hostile: Issue = { ...budgetIssue, found: '„</li><script>alert(1)</script>“' };
    const html = errorPageHtml([hostile, { ...budgetIssue, severity: 'warning', message: 'Nur eine Warnung.' }]);
    expect(html).toContain('<h1>Die Inhalte sind nicht gültig</h1>');
    expect(html).toContain('1 Fehler');
    expect(html).toContain('data/budgets/x-2023.json:10:107 Fehler bei lines[0].amounts.2025: Der Wert ist ungültig.');
    expect(html).toContain('&lt;/li&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('Nur eine Warnung.');
  });
});

/** The VS Code set-up: schema mappings point at existing files, and the problem matcher reads `npm run check`. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue, type Issue } from '../../../src/lib/validation/issue.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** VS Code's JSON with comments; ours has whole-line comments only. */
const jsonc = (rel: string) => JSON.parse(readFileSync(join(ROOT, rel), 'utf8').replace(/^\s*\/\/.*$/gm, ''));

describe('.vscode', () => {
  it('maps every JSON Schema to existing files', () => {
    const settings = jsonc('.vscode/settings.json');
    const urls: string[] = [...settings['json.schemas'].map((s: { url: string }) => s.url), ...Object.keys(settings['yaml.schemas'])];
    for (const url of urls) expect(existsSync(join(ROOT, url)), url).toBe(true);
    expect(settings['json.schemas'].flatMap((s: { fileMatch: string[] }) => s.fileMatch)).toEqual(
      expect.arrayContaining(['/data/budgets/*.json', '/data/schedules/*.json', '/data/kontakte.json', '/data/site.json']),
    );
    expect(settings['astro.content-intellisense']).toBe(true);
  });

  it('recommends the Astro and MDX extensions', () => {
    expect(jsonc('.vscode/extensions.json').recommendations).toEqual(expect.arrayContaining(['astro-build.astro-vscode', 'unifiedjs.vscode-mdx']));
  });

  it('turns every line of npm run check into a problem with file, line, column and severity', () => {
    const task = jsonc('.vscode/tasks.json').tasks.find((t: { script?: string }) => t.script === 'check');
    const matchers = task.problemMatcher as { severity: string; pattern: { regexp: string; file: number; line?: number; column?: number; message: number; kind?: string } }[];
    const match = (line: string) => {
      for (const m of matchers) {
        const r = new RegExp(m.pattern.regexp).exec(line);
        if (r) return { severity: m.severity, file: r[m.pattern.file], line: m.pattern.line && r[m.pattern.line], column: m.pattern.column && r[m.pattern.column], message: r[m.pattern.message] };
      }
      return undefined;
    };
    const base: Issue = { severity: 'error', file: 'data/budgets/x-2023.json', path: ['lines', 3, 'amounts', '2023'], line: 12, column: 7, message: 'Der Wert ist ungültig.', expected: 'eine Zahl', found: 'einen Text' };
    expect(match(formatIssue(base))).toEqual({ severity: 'error', file: 'data/budgets/x-2023.json', line: '12', column: '7', message: 'Der Wert ist ungültig. Erwartet: eine Zahl; gefunden: einen Text.' });
    expect(match(formatIssue({ ...base, severity: 'warning' }))?.severity).toBe('warning');
    expect(match(formatIssue({ ...base, severity: 'notice', path: [] }))?.severity).toBe('info');
    const fileOnly = match(formatIssue({ severity: 'error', file: 'content/regionalbudgets/x', message: 'Die Beschreibung des Regionalbudgets fehlt.' }));
    expect(fileOnly).toMatchObject({ severity: 'error', file: 'content/regionalbudgets/x', message: 'Die Beschreibung des Regionalbudgets fehlt.' });
    expect(match('2 Regionalbudgets, 7 Handlungsfelder … geprüft in 0.08 s: 0 Fehler, 3 Warnungen.')).toBeUndefined();
  });
});

/**
 * What `npm run check` prints and its exit code, as data: the CLI (scripts/check.ts) writes it out, and the
 * tests call it in-process (a Node process per test case cost the unit suite about 45 s).
 */
import { resolve } from 'node:path';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import { formatIssue } from '../../src/lib/validation/issue.ts';

export interface CheckReport {
  /** The exit code: 1 when there is an error. */
  code: 0 | 1;
  /** Lines for stdout. */
  out: string[];
  /** Lines for stderr: every issue as `file:line:column …`, then the summary on failure. */
  err: string[];
}

export function checkReport(repoRoot: string): CheckReport {
  const root = resolve(repoRoot);
  const started = performance.now();
  const result = validateRepo(root);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);

  const err = [...result.errors, ...result.warnings, ...result.notices].map(formatIssue);
  const c = result.counts;
  const summary =
    `${c['regionalbudgets']} Regionalbudgets, ${c['handlungsfelder']} Handlungsfelder/Themenbereiche${c['begleitend'] ? ` und ${c['begleitend']} ${c['begleitend'] === 1 ? 'Gruppe' : 'Gruppen'} begleitender Maßnahmen` : ''}, ${c['massnahmen']} Maßnahmen, ` +
    `${c['projekte']} Projekte, ${c['aktuelles']} Meldungen, ${c['kontakte']} Kontakte geprüft in ${seconds} s: ` +
    `${result.errors.length} Fehler, ${result.warnings.length} Warnungen, ${result.notices.length} Hinweise.`;

  if (result.errors.length > 0) {
    err.push('', summary, 'Die Inhalte sind nicht gültig. Bitte beheben Sie die Fehler oben; docs/redaktion.md erklärt jede Meldung.');
    return { code: 1, out: [], err };
  }
  return { code: 0, out: [summary], err };
}

/**
 * The failed tests of a vitest JSON report as short lines (file, test, the error's first lines), which
 * scripts/test.ts repeats at the end of its output: a CI log is often read from its tail only.
 */
import { relative } from 'node:path';

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}

/** The first `lines` lines of an error that say something: no colour codes, blank lines or stack frames. */
export function errorHead(message: string | undefined, lines = 4): string[] {
  return (message ?? '')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^\s*at /.test(l))
    .slice(0, lines)
    .map((l) => (l.length > 300 ? `${l.slice(0, 299)}…` : l));
}

/**
 * One entry per failed test, and one per failed file for what failed outside a test: an import error has its
 * message in the report; a failing beforeAll has none, and vitest reports the tests it kept from running as
 * skipped (so a failed file with skipped tests gets an entry that says so).
 */
export function failedTests(report: VitestReport, label: string, root: string): string[] {
  const out: string[] = [];
  const entry = (what: string, error: string | undefined) => out.push([`✗ [${label}] ${what}`, ...errorHead(error).map((l) => `    ${l}`)].join('\n'));
  for (const file of report.testResults) {
    const rel = relative(root, file.name);
    const failed = file.assertionResults.filter((a) => a.status === 'failed');
    for (const a of failed) entry(`${rel} › ${a.fullName}`, a.failureMessages?.[0]);
    if (file.status !== 'failed') continue;
    const skipped = file.assertionResults.filter((a) => a.status === 'skipped' || a.status === 'pending');
    if (file.message) entry(rel, file.message);
    else if (skipped.length) entry(rel, `${skipped.length} Test(s) nicht ausgeführt (übersprungen oder wegen eines Fehlers in einem Hook wie beforeAll; dessen Meldung steht weiter oben): ${skipped.map((a) => a.fullName).join(', ')}`);
    else if (!failed.length) entry(rel, 'Fehler außerhalb eines Tests; die Meldung steht weiter oben in der Ausgabe.');
  }
  return out;
}

/**
 * `npm run check`: validates content/ and data/ without building. Prints every error and warning as
 * `file:line:column …` (clickable in VS Code and most terminals) and exits 1 when there is an error.
 * Usage: node scripts/check.ts [project-root]
 */
import { resolve } from 'node:path';
import { validateProject } from '../src/lib/data/validate-project.ts';
import { formatIssue } from '../src/lib/validation/issue.ts';

const root = resolve(process.argv[2] ?? process.cwd());
const started = performance.now();
const result = validateProject(root);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

for (const issue of result.errors) console.error(formatIssue(issue));
for (const issue of result.warnings) console.error(formatIssue(issue));
for (const issue of result.notices) console.error(formatIssue(issue));

const c = result.counts;
const summary =
  `${c['regionalbudgets']} Regionalbudgets, ${c['handlungsfelder']} Handlungsfelder, ${c['massnahmen']} Maßnahmen, ` +
  `${c['projekte']} Projekte, ${c['aktuelles']} Meldungen, ${c['kontakte']} Kontakte geprüft in ${seconds} s: ` +
  `${result.errors.length} Fehler, ${result.warnings.length} Warnungen.`;

if (result.errors.length > 0) {
  console.error(`\n${summary}\nDie Inhalte sind nicht gültig. Bitte beheben Sie die Fehler oben; docs/redaktion.md erklärt jede Meldung.`);
  process.exit(1);
}
console.log(summary);

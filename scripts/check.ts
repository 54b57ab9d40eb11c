/**
 * `npm run check`: validates content/ and data/ without building. Prints every error and warning as
 * `file:line:column …` (clickable in VS Code and most terminals) and exits 1 when there is an error.
 * Usage: node scripts/check.ts [project-root]
 */
import { checkReport } from './lib/check-report.ts';

const report = checkReport(process.argv[2] ?? process.cwd());
if (report.err.length > 0) console.error(report.err.join('\n'));
if (report.out.length > 0) console.log(report.out.join('\n'));
process.exit(report.code);

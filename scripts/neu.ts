/**
 * `npm run neu -- <art> …`: legt eine Maßnahme, ein Handlungsfeld, eine Meldung oder ein Regionalbudget an
 * (siehe docs/redaktion.md). The logic lives in scripts/lib/neu.ts.
 */
import { runNeu } from '../scripts/lib/neu.ts';

const result = runNeu(process.argv.slice(2));
if (result.out.length > 0) console.log(result.out.join('\n'));
if (result.err.length > 0) console.error(result.err.join('\n'));
process.exit(result.code);

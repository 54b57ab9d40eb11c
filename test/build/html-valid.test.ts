/**
 * Every built page is valid HTML according to the W3C Nu checker (vnu-jar on Java): zero errors. Warnings
 * are printed, not failed. Filtered messages are named with their reason in scripts/check-html.ts (FILTERED).
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, expect, it } from 'vitest';
import { checkHtml, FILTERED, formatMessage, javaCommand } from '../../scripts/check-html.ts';
import { DIST, ensureBuilt } from '../helpers/site.ts';

beforeAll(ensureBuilt);

// Like Chromium for the browser tests: without Java the check is skipped locally, but never in CI.
const hasJava = spawnSync(javaCommand(), ['-version']).status === 0;
if (!hasJava && process.env['CI'] !== 'true') console.warn('⚠ HTML-Prüfung übersprungen: kein Java gefunden (sudo apt-get install -y default-jre-headless).');

it.skipIf(!hasJava && process.env['CI'] !== 'true')('passes the W3C Nu HTML checker without errors', () => {
  const report = checkHtml(DIST);
  for (const w of report.warnings) console.warn(formatMessage(w));
  for (const f of FILTERED) console.log(`ausgeblendet (${report.filtered.filter((x) => x.reason === f.reason).length}×): ${f.reason}`);
  console.log(`HTML (W3C Nu): ${report.pages} Seiten, ${report.errors.length} Fehler, ${report.warnings.length} Warnungen`);
  expect(report.pages).toBeGreaterThan(50);
  expect(report.errors.map(formatMessage)).toEqual([]);
}, 300_000);

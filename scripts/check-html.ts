/**
 * Validates every HTML page of a built site with the W3C Nu HTML checker (npm package vnu-jar, needs Java 11+).
 * Pagefind's folder is left out. Errors fail; warnings are reported. Messages the checker gets wrong for this
 * site are filtered below, each with its reason.
 *   node scripts/check-html.ts [--dist dist]     exit 1 on any error
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { builtPages, builtSiteOrExit } from './lib/built-pages.ts';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Messages that are no finding, with the reason. Matched against the checker's message text. */
export const FILTERED: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/_astro\//,
    reason:
      'Der Prüfer liest die Seiten als file:-Adressen, für die \'self\' nie passt; im Browser über HTTP gilt \'self\' (geprüft in test/browser/csp.test.ts und nginx.test.ts).',
  },
  {
    pattern: /^Inline script violates Content Security Policy \(meta tag\)/,
    reason:
      'Gemeint ist <script type="application/ld+json"> (JSON-LD): ein Datenblock, der nie ausgeführt wird und für den CSP nicht gilt; ausführbare Skripte liegen alle als Dateien in /_astro/.',
  },
];

export interface HtmlMessage {
  file: string;
  line?: number;
  type: 'error' | 'warning';
  message: string;
  extract?: string;
}

export interface HtmlReport {
  pages: number;
  errors: HtmlMessage[];
  warnings: HtmlMessage[];
  filtered: { message: HtmlMessage; reason: string }[];
}

export function vnuJar(): string {
  return createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
}

export function javaCommand(): string {
  const home = process.env['JAVA_HOME'];
  return home && existsSync(join(home, 'bin', 'java')) ? join(home, 'bin', 'java') : 'java';
}

export function checkHtml(dist: string): HtmlReport {
  const files = builtPages(dist).map((p) => p.file);
  const report: HtmlReport = { pages: files.length, errors: [], warnings: [], filtered: [] };
  for (let i = 0; i < files.length; i += 400) {
    const chunk = files.slice(i, i + 400).map((f) => join(dist, f));
    const result = spawnSync(javaCommand(), ['-Xss4m', '-jar', vnuJar(), '--format', 'json', ...chunk], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.error) throw new Error(`Java konnte nicht gestartet werden (${result.error.message}); der HTML-Prüfer braucht Java 11 oder neuer (apt-get install -y default-jre-headless).`);
    let parsed: { messages: { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }[] };
    try {
      parsed = JSON.parse(result.stderr);
    } catch {
      throw new Error(`Der HTML-Prüfer lieferte keine lesbare Antwort (Code ${result.status}): ${result.stderr.slice(0, 500)}`);
    }
    for (const m of parsed.messages) {
      const file = m.url ? decodeURIComponent(new URL(m.url).pathname).slice(resolve(dist).length + 1) : '?';
      if (m.type === 'non-document-error') throw new Error(`HTML-Prüfer: ${file}: ${m.message}`);
      const isError = m.type === 'error' || (m.type === 'info' && m.subType === 'fatal');
      const isWarning = m.type === 'info' && m.subType === 'warning';
      if (!isError && !isWarning) continue;
      const message: HtmlMessage = { file, ...(m.lastLine !== undefined && { line: m.lastLine }), type: isError ? 'error' : 'warning', message: m.message, ...(m.extract && { extract: m.extract }) };
      const filter = FILTERED.find((f) => f.pattern.test(m.message));
      if (filter) report.filtered.push({ message, reason: filter.reason });
      else (isError ? report.errors : report.warnings).push(message);
    }
  }
  return report;
}

export function formatMessage(m: HtmlMessage): string {
  return `${m.file}${m.line !== undefined ? `:${m.line}` : ''}: ${m.type === 'error' ? 'Fehler' : 'Warnung'}: ${m.message}${m.extract ? ` → ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const dist = builtSiteOrExit(values.dist, ROOT);
  const report = checkHtml(dist);
  for (const m of [...report.errors, ...report.warnings]) console.error(formatMessage(m));
  const reasons = new Map<string, number>();
  for (const f of report.filtered) reasons.set(f.reason, (reasons.get(f.reason) ?? 0) + 1);
  for (const [reason, count] of reasons) console.log(`ausgeblendet (${count}×): ${reason}`);
  console.log(`HTML (W3C Nu): ${report.pages} Seiten, ${report.errors.length} Fehler, ${report.warnings.length} Warnungen, ${report.filtered.length} ausgeblendet.`);
  process.exit(report.errors.length > 0 ? 1 : 0);
}

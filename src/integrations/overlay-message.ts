/**
 * The error the dev server shows in the browser overlay: the same German lines as `npm run check`, with the
 * first error's file and position so the overlay can show the spot and open it in the editor.
 */
import { isAbsolute, join } from 'node:path';
import { escapeXml } from '../lib/escape.ts';
import { formatIssue, sortIssues, type Issue } from '../lib/validation/issue.ts';

export const OVERLAY_PLUGIN = 'regionalbudget-check';
/** Where the error page asks whether the content is valid again (answered by validation-overlay.ts). */
export const STATUS_PATH = '/__inhalte-pruefung';

export interface OverlayError {
  message: string;
  stack: string;
  plugin: string;
  hint: string;
  loc?: { file: string; line: number; column: number };
}

const HINT = 'Datei korrigieren und speichern: Die Meldung verschwindet dann von selbst, ohne Neustart. Was jede Meldung bedeutet, erklärt docs/redaktion.md.';

export function overlayError(errors: readonly Issue[], root: string): OverlayError {
  const sorted = sortIssues(errors.filter((e) => e.severity === 'error'));
  const first = sorted.find((issue) => issue.line !== undefined);
  const count = sorted.length;
  const message = [`Die Inhalte sind nicht gültig (${count} Fehler):`, ...sorted.map(formatIssue)].join('\n');
  return {
    message,
    stack: '',
    plugin: OVERLAY_PLUGIN,
    hint: HINT,
    ...(first?.line !== undefined && {
      loc: { file: isAbsolute(first.file) ? first.file : join(root, first.file), line: first.line, column: first.column ?? 1 },
    }),
  };
}

/** The line printed in the dev server's terminal after a change. */
export function terminalSummary(errors: number, warnings: number): string {
  if (errors === 0) return `Inhalte geprüft: keine Fehler${warnings > 0 ? `, ${warnings} Warnungen` : ''}.`;
  return `Inhalte geprüft: ${errors} Fehler – die Vorschau zeigt sie im Browser an.`;
}

/**
 * The page the dev server shows instead of any page while the content is invalid: the German messages of
 * `npm run check`, no stack trace, no source code. It reloads itself once the files are valid again.
 */
export function errorPageHtml(errors: readonly Issue[]): string {
  const sorted = sortIssues(errors.filter((e) => e.severity === 'error'));
  const items = sorted.map((issue) => `<li>${escapeXml(formatIssue(issue))}</li>`).join('');
  return (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="color-scheme" content="light dark"><title>Die Inhalte sind nicht gültig</title>' +
    // Asks the dev server every second whether the content is valid again, then reloads. (Vite's client would
    // miss a reload message sent before its connection is up.)
    `<script>setInterval(()=>fetch(${JSON.stringify(STATUS_PATH)},{cache:'no-store'}).then(r=>r.json()).then(s=>{if(s.fehler===0)location.reload()},()=>{}),1000)</script></head>` +
    '<body style="font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem">' +
    `<main><h1>Die Inhalte sind nicht gültig</h1><p>${sorted.length} Fehler – dieselben Meldungen wie bei <code>npm run check</code>:</p>` +
    `<ol style="overflow-wrap: anywhere">${items}</ol><p>${escapeXml(HINT)}</p></main></body></html>\n`
  );
}

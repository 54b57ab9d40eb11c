/**
 * The error the dev server shows in the browser overlay: the same German lines as `npm run check`, with the
 * first error's file and position so the overlay can show the spot and open it in the editor.
 */
import { isAbsolute, join } from 'node:path';
import { formatIssue, sortIssues, type Issue } from '../lib/validation/issue.ts';

export const OVERLAY_PLUGIN = 'regionalbudget-check';

export interface OverlayError {
  message: string;
  stack: string;
  plugin: string;
  hint: string;
  loc?: { file: string; line: number; column: number };
}

export function overlayError(errors: readonly Issue[], root: string): OverlayError {
  const sorted = sortIssues(errors.filter((e) => e.severity === 'error'));
  const first = sorted.find((issue) => issue.line !== undefined);
  const count = sorted.length;
  const message = [`Die Inhalte sind nicht gültig (${count} Fehler):`, ...sorted.map(formatIssue)].join('\n');
  return {
    message,
    stack: '',
    plugin: OVERLAY_PLUGIN,
    hint: 'Datei korrigieren und speichern: Die Meldung verschwindet dann von selbst, ohne Neustart. Was jede Meldung bedeutet, erklärt docs/redaktion.md.',
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

/**
 * The Markdown body below the frontmatter is checked for the characters that text fields refuse as well
 * (docs/decisions/0006): bidi embedding/override/isolate controls, which make a paragraph display
 * differently from what it says, and control characters other than tab and line break.
 */
import type { Issue } from './issue.ts';
import { positionOf } from './text-position.ts';

const FORBIDDEN = /[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** `fullText` gives the whole (normalised) file, `body` is its tail after the frontmatter. */
export function bodyCharacterIssue(file: string, fullText: () => string, body: string): Issue | undefined {
  const match = FORBIDDEN.exec(body);
  if (!match) return undefined;
  const text = fullText();
  const ch = match[0];
  const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const bidi = /[\u202A-\u202E\u2066-\u2069]/.test(ch);
  return {
    severity: 'error',
    file,
    ...positionOf(text, text.length - body.length + match.index),
    message: bidi
      ? 'Im Text steht ein unsichtbares Steuerzeichen für die Schreibrichtung; es lässt den Text anders erscheinen, als er lautet.'
      : 'Im Text steht ein unsichtbares Steuerzeichen.',
    expected: 'Text ohne Steuerzeichen (erlaubt sind Zeilenumbruch und Tabulator); die Stelle neu tippen',
    found: `das Zeichen ${code}`,
  };
}

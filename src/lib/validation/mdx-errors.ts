/**
 * The MDX compiler's syntax errors ("1:1: Expected a closing tag for `<div>` (1:1) (mdx-jsx:…)") as
 * German messages for editors, at the line in the file (the body's line plus the frontmatter's length).
 */
import type { Issue } from './issue.ts';

const EXPECTED = 'gültiges MDX: jedes <Tag> geschlossen (</Tag> oder <Tag />), geschweifte Klammern und „<“ als Text mit \\{, \\} und \\< geschrieben';

function translate(text: string): string {
  let m = /^Expected a closing tag for `<([^>]*)>`/.exec(text);
  if (m) return `Das Element <${m[1]}> wird nicht geschlossen.`;
  m = /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(text);
  if (m) return `Das schließende </${m[1]}> passt nicht: Offen ist noch <${m[2]}>.`;
  m = /^Unexpected closing tag `<\/([^>]*)>`/.exec(text);
  if (m) return `Zu </${m[1]}> gibt es kein öffnendes <${m[1]}>.`;
  if (/^Unexpected end of file in expression/.test(text)) return 'Zur geschweiften Klammer „{“ fehlt die schließende „}“.';
  if (/^Unexpected end of file/.test(text)) return 'Die Datei endet mitten in einem Tag oder Ausdruck.';
  if (/parse expression|expression/i.test(text)) return 'In den geschweiften Klammern {…} steht kein gültiger Ausdruck.';
  if (/import|export|ESM/i.test(text)) return 'Eine import- oder export-Zeile ist fehlerhaft.';
  if (/character/i.test(text)) return 'In einem Tag (<…>) steht ein Zeichen, das dort nicht stehen darf.';
  return 'Der MDX-Inhalt ist fehlerhaft und lässt sich nicht übersetzen.';
}

/** The issue for an error thrown by the MDX parser on `body`, which starts at line `lineOffset + 1` of `file`. */
export function mdxSyntaxIssue(file: string, body: string, lineOffset: number, error: unknown): Issue {
  const text = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text);
  const line = at ? Number(at[1]) : 1;
  const column = at ? Number(at[2]) : 1;
  const source = (body.split('\n')[line - 1] ?? '').trim();
  return {
    severity: 'error',
    file,
    line: line + lineOffset,
    column,
    message: translate(at ? (at[3] as string) : text),
    expected: EXPECTED,
    found: source === '' ? 'eine leere Zeile' : `die Zeile „${source.length > 60 ? `${source.slice(0, 57)}…` : source}“`,
  };
}

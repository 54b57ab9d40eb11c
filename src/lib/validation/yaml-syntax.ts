/**
 * German diagnoses for YAML syntax errors in a Markdown file's frontmatter. The `yaml` library reports an
 * error code and a position, often where it gave up rather than where the editor slipped (an unclosed
 * quote is reported at the end, a colon inside a value at the start of the value). Each code is turned
 * into one German message, and the position is moved to the character to change.
 */
import type { YAMLError } from 'yaml';

export interface YamlProblem {
  /** 1-based line and column inside the YAML text (without the opening `---`). */
  line: number;
  column: number;
  message: string;
  expected: string;
  found: string;
}

const QUOTED = /^["']/;
const KEY_LINE = /^(\s*)(-\s+)?([^\s#'"][^:#]*?):(\s+|$)(.*)$/;

/**
 * The last quote on lines `from`…0 that opens a value and is not closed on its line. A quote opens a value
 * after `key: `, `- `, `[`, `{` or `, `; an apostrophe inside a plain text (`Peter's`) opens nothing.
 */
function unclosedQuote(lines: string[], from: number): { line: number; column: number; quote: string } | undefined {
  for (let n = from; n >= 0; n--) {
    const line = lines[n] ?? '';
    let open: { column: number; quote: string } | undefined;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (open) {
        if (open.quote === '"' && ch === '\\') i++;
        else if (ch === open.quote) {
          if (ch === "'" && line[i + 1] === "'") i++;
          else open = undefined;
        }
      } else if ((ch === '"' || ch === "'") && /(^\s*|:\s+|^\s*-\s+|[[{,]\s*)$/.test(line.slice(0, i))) {
        open = { column: i, quote: ch };
      } else if (ch === '#' && /\s$/.test(line.slice(0, i))) break;
    }
    if (open) return { line: n, ...open };
  }
  return undefined;
}

/** A quoted value followed by more text on the same line: `title: "abc" def`. */
function textAfterQuote(line: string): number | undefined {
  const m = /^(\s*(?:-\s+)?[^\s#'"][^:#]*?:\s+)"((?:[^"\\]|\\.)*)"(\s*)([^\s#].*)?$/.exec(line);
  if (!m || m[4] === undefined) return undefined;
  return line.length - m[4].length;
}

/** An unquoted value that contains ": " (YAML reads it as a second key on the same line). */
function colonInValue(line: string): number | undefined {
  const m = KEY_LINE.exec(line);
  if (!m) return undefined;
  const value = m[5] ?? '';
  if (value === '' || QUOTED.test(value) || /^[[{|>&*!]/.test(value)) return undefined;
  const inner = /:(\s|$)/.exec(value);
  if (!inner) return undefined;
  return line.length - value.length + inner.index;
}

function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

/** A line indented deeper than the `key: value` line before it, which opens no block. */
function unexpectedIndent(lines: string[]): number | undefined {
  const first = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (first >= 0 && indentOf(lines[first] as string) > 0) return first;
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    let p = n - 1;
    while (p >= 0 && ((lines[p] as string).trim() === '' || (lines[p] as string).trim().startsWith('#'))) p--;
    if (p < 0) continue;
    const prev = lines[p] as string;
    const m = KEY_LINE.exec(prev);
    const opensBlock = m !== null && ((m[5] ?? '') === '' || /^[|>]/.test(m[5] ?? ''));
    if (indentOf(line) > indentOf(prev) && !opensBlock && !/^\s*-\s*$/.test(prev) && !/^\s*-\s/.test(prev)) return n;
    // a block scalar (| or >) keeps its deeper lines
    if (m && /^[|>]/.test(m[5] ?? '')) {
      while (n + 1 < lines.length && (indentOf(lines[n + 1] as string) > indentOf(prev) || (lines[n + 1] as string).trim() === '')) n++;
    }
  }
  return undefined;
}

/** Turns the first YAML error into one German message at the place of the mistake. */
export function diagnoseYaml(text: string, error: YAMLError): YamlProblem {
  const lines = text.split('\n');
  const at = error.linePos?.[0] ?? { line: 1, col: 1 };
  const errLine = Math.min(at.line, lines.length);
  const lineText = lines[errLine - 1] ?? '';
  const problem = (line: number, column: number, message: string, expected: string, found: string): YamlProblem => ({
    line,
    column,
    message,
    expected,
    found,
  });
  const key = (n: number) => KEY_LINE.exec(lines[n - 1] ?? '')?.[3]?.trim();

  switch (error.code) {
    case 'TAB_AS_INDENT':
      return problem(errLine, 1, 'Die Zeile ist mit einem Tabulator eingerückt.', 'Einrückung mit Leerzeichen (zwei je Ebene)', 'einen Tabulator');
    case 'DUPLICATE_KEY':
      return problem(errLine, at.col, `Das Feld „${key(errLine) ?? ''}“ steht zweimal im Kopfbereich.`, 'jedes Feld nur einmal', `„${key(errLine) ?? ''}“ ein zweites Mal`);
    case 'BAD_SCALAR_START': {
      const ch = lineText[at.col - 1] ?? '';
      return problem(errLine, at.col, `Ein Wert ohne Anführungszeichen darf nicht mit „${ch}“ beginnen.`, `den Wert in doppelten Anführungszeichen, z. B. "${ch}…"`, `„${ch}“ am Anfang des Wertes`);
    }
    case 'BAD_DQ_ESCAPE':
      return problem(errLine, at.col, 'Ein Rückstrich (\\) im Text in doppelten Anführungszeichen beginnt keine gültige Zeichenfolge.', 'einen Rückstrich als \\\\ oder den Text in einfachen Anführungszeichen', `„${lineText.slice(at.col - 1, at.col + 1)}“`);
    case 'MULTIPLE_DOCS':
      return problem(errLine, 1, 'Im Kopfbereich steht eine Trennzeile.', 'den Kopfbereich zwischen genau zwei Zeilen „---“', `„${lineText.trim()}“`);
    default:
      break;
  }

  if (/flow (sequence|collection|mapping)/.test(error.message) && /Missing ,|Unexpected ,/.test(error.message)) {
    return problem(errLine, at.col, error.message.startsWith('Missing') ? 'In der Liste in eckigen Klammern fehlt ein Komma.' : 'In der Liste in eckigen Klammern steht ein Komma an falscher Stelle.', 'Einträge durch genau ein Komma getrennt: [a, b]', `„${lineText.trim().slice(0, 40)}“`);
  }
  if (error.code === 'UNEXPECTED_TOKEN' && /[\]}]\s*\S/.test(lineText.slice(0, at.col))) {
    return problem(errLine, at.col, 'Nach der schließenden Klammer steht noch etwas.', 'nichts nach ] oder } (außer einem Kommentar mit #)', `„${lineText.slice(at.col - 1).trim().slice(0, 40)}“`);
  }
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const open = unclosedQuote(lines, errLine - 1);
    if (open) {
      return problem(open.line + 1, open.column + 1, 'Das Anführungszeichen wird nicht geschlossen.', `ein schließendes ${open.quote} am Ende des Wertes`, `den Wert ab ${open.quote} ohne Abschluss`);
    }
  }
  if (error.code === 'BAD_INDENT' && /Flow (sequence|mapping)/.test(error.message)) {
    const bracket = /sequence/.test(error.message) ? '[' : '{';
    const close = bracket === '[' ? ']' : '}';
    for (let n = errLine - 1; n >= 0; n--) {
      const col = (lines[n] ?? '').indexOf(bracket);
      if (col >= 0 && !(lines[n] ?? '').includes(close)) {
        return problem(n + 1, col + 1, `Die Klammer ${bracket} wird nicht geschlossen.`, `ein schließendes ${close} in derselben Zeile`, `${bracket} ohne ${close}`);
      }
    }
  }

  // Structural errors: look at the lines up to the reported one for the usual slips, in file order.
  for (let n = 0; n < Math.min(errLine, lines.length); n++) {
    const line = lines[n] as string;
    if (/^\t/.test(line)) return problem(n + 1, 1, 'Die Zeile ist mit einem Tabulator eingerückt.', 'Einrückung mit Leerzeichen (zwei je Ebene)', 'einen Tabulator');
    if (/^[^\s#'"\-[{][^:]*$/.test(line) && !/^\s*$/.test(line) && unclosedQuote(lines, n - 1) === undefined) {
      return problem(n + 1, 1, 'Die Zeile hat nicht die Form „feld: wert“.', '„feld: wert“, oder die Zeile eingerückt als Fortsetzung des Textes darüber', `„${line.trim().slice(0, 40)}“`);
    }
    const after = textAfterQuote(line);
    if (after !== undefined) {
      return problem(n + 1, after + 1, 'Nach dem schließenden Anführungszeichen steht noch Text.', 'den ganzen Wert innerhalb der Anführungszeichen, oder jedes Feld auf einer eigenen Zeile', `„${line.slice(after).trim().slice(0, 40)}“`);
    }
    const colon = colonInValue(line);
    if (colon !== undefined) {
      return problem(n + 1, colon + 1, 'Der Wert enthält einen Doppelpunkt und steht nicht in Anführungszeichen.', `den ganzen Wert in doppelten Anführungszeichen: ${key(n + 1)}: "${(KEY_LINE.exec(line)?.[5] ?? '').replace(/"/g, '\\"')}"`, '„: “ im Wert');
    }
    if (/^\s*(?:-\s+)?[A-Za-z_][\w-]*:[^\s:/]/.test(line) && !/^\s*(?:-\s+)?[A-Za-z_][\w-]*:\S*\/\//.test(line)) {
      const col = line.indexOf(':') + 2;
      return problem(n + 1, col, 'Nach dem Doppelpunkt fehlt ein Leerzeichen.', '„feld: wert“ mit einem Leerzeichen nach dem Doppelpunkt', `„${line.trim().slice(0, 40)}“`);
    }
  }
  const deeper = unexpectedIndent(lines.slice(0, Math.min(errLine + 1, lines.length)));
  if (deeper !== undefined) {
    return problem(deeper + 1, 1, 'Die Zeile ist tiefer eingerückt als die Zeile davor.', 'ein Feld in derselben Einrückung wie die Felder davor (Unterfelder nur nach „feld:“ ohne Wert)', `${indentOf(lines[deeper] as string)} Leerzeichen Einrückung`);
  }
  if (/^\s*-\s/.test(lineText) || (error.code === 'BAD_INDENT' && /sequence/.test(error.message))) {
    return problem(errLine, at.col, 'Der Listeneintrag ist falsch eingerückt.', 'alle Einträge einer Liste mit „- “ in derselben Einrückung, unter einem „feld:“ ohne Wert', `„${lineText.trim().slice(0, 40)}“`);
  }
  if (error.code === 'UNEXPECTED_TOKEN' && /["']/.test(lineText)) {
    return problem(errLine, at.col, 'Nach dem schließenden Anführungszeichen steht noch Text.', 'den ganzen Wert innerhalb der Anführungszeichen', `„${lineText.slice(at.col - 1).trim().slice(0, 40)}“`);
  }
  if (error.code === 'BAD_INDENT') {
    return problem(errLine, at.col, 'Die Zeile ist falsch eingerückt.', 'Einrückung mit Leerzeichen, gleich tief wie die Felder derselben Ebene', `${indentOf(lineText)} Leerzeichen Einrückung`);
  }
  return problem(
    errLine,
    at.col,
    'Der Kopfbereich (Frontmatter) ist hier kein gültiges YAML.',
    '„feld: wert“ je Zeile, Einrückung mit Leerzeichen, Texte mit „:“, „#“ oder Anführungszeichen in doppelten Anführungszeichen',
    `„${lineText.trim().slice(0, 40)}“`,
  );
}

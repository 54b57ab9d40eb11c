/**
 * German diagnoses for JSON files. `JSON.parse` does the parsing; when it fails, its English message is
 * never shown: a small scanner of the JSON grammar finds the first mistake again, names it in editors'
 * words and points at the character to change (for a missing comma: right after the value before it).
 * On valid JSON, one linear pass (json-valid.ts) finds what JSON.parse accepts silently.
 */
import { lineOf } from './text-position.ts';

export interface JsonProblem {
  offset: number;
  message: string;
  expected: string;
  found: string;
}

/** A number token that reads like a German thousands-separated amount: `12.000`, `1.250.000`. */
export const THOUSANDS_TOKEN = /^-?[1-9]\d{0,2}(?:\.\d{3})+$/;

export function thousandsProblem(offset: number, token: string): JsonProblem {
  const plain = token.replace(/\./g, '');
  return {
    offset,
    message: `${token} sieht aus wie eine Zahl mit Tausenderpunkt; in JSON ist der Punkt das Dezimalzeichen, ${token} wäre also ${Number(token.split('.').slice(0, 2).join('.')).toString().replace('.', ',')}.`,
    expected: `eine Zahl ohne Tausenderpunkt, also ${plain} (Cent nach einem Punkt: ${plain}.50)`,
    found: token,
  };
}

/** The whitespace JSON allows between tokens. */
export const WS = ' \t\n\r';
const QUOTE_LIKE = /^[„“”‚‘’«»]/;

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'das Ende der Datei';
  if (ch === '\n' || ch === '\r') return 'das Zeilenende';
  if (ch === '\t') return 'einen Tabulator';
  if (ch < ' ') return `das Steuerzeichen U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `„${ch}“`;
}

class Found extends Error {
  readonly problem: JsonProblem;
  constructor(problem: JsonProblem) {
    super(problem.message);
    this.problem = problem;
  }
}

/** The first syntax mistake in `text`, or undefined when it is valid JSON. */
export function diagnoseJson(text: string): JsonProblem | undefined {
  let i = 0;
  const fail = (offset: number, message: string, expected: string, found: string): never => {
    throw new Found({ offset, message, expected, found });
  };
  const ws = () => {
    for (;;) {
      while (i < text.length && WS.includes(text[i] as string)) i++;
      if (text.startsWith('//', i) || text.startsWith('/*', i)) {
        fail(i, 'JSON erlaubt keine Kommentare.', 'keine Kommentare (Hinweise gehören in die Quelle oder ein Textfeld)', `den Kommentar „${text.slice(i, i + 2)}“`);
      }
      return;
    }
  };
  const word = (at: number) => /^[^\s,:{}[\]"]+/.exec(text.slice(at, at + 60))?.[0] ?? '';

  const string = (what: 'Text' | 'Schlüssel') => {
    const start = i;
    i++;
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === '"') return void i++;
      if (ch === '\n' || ch === '\r') {
        fail(start, `Der ${what} wird nicht mit " geschlossen.`, `ein schließendes " vor dem Zeilenende (ein Zeilenumbruch im Text wird als \\n geschrieben)`, 'das Zeilenende');
      }
      if (ch < ' ') fail(i, 'Im Text steht ein Steuerzeichen.', ch === '\t' ? 'einen Tabulator als \\t geschrieben' : 'nur sichtbare Zeichen', describeChar(ch));
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail(i, 'Ein Rückstrich (\\) im Text beginnt keine gültige Zeichenfolge.', 'einen Rückstrich als \\\\ geschrieben, oder \\", \\n, \\t, \\uXXXX', `„\\${next ?? ''}“`);
      } else i++;
    }
    fail(start, `Der ${what} wird nicht mit " geschlossen.`, 'ein schließendes " am Ende des Textes', 'das Ende der Datei');
  };

  const number = () => {
    const start = i;
    const token = /^-?\d+(?:\.\d*)?(?:[eE][+-]?\d*)?/.exec(text.slice(i))?.[0] ?? '';
    const run = /^[-+\d.,eE]+/.exec(text.slice(i))?.[0] ?? token;
    const grouped = /^-?\d{1,3}(?:\.\d{3})+/.exec(run)?.[0];
    if (grouped && grouped.split('.').length > 2) throw new Found(thousandsProblem(start, grouped));
    if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(token)) {
      fail(start, 'Die Zahl ist in JSON nicht erlaubt.', 'eine Zahl wie 12000 oder 558655.42 (ohne führende Null, ohne Punkt am Ende)', `„${token}“`);
    }
    i += token.length;
  };

  const value = (context: string): void => {
    ws();
    const start = i;
    const ch = text[i];
    if (ch === undefined) return fail(i, 'Die Datei endet mitten im Inhalt.', context, 'das Ende der Datei');
    if (ch === '{' || ch === '[') return container(ch);
    if (ch === '"') return string('Text');
    if (ch === "'") fail(i, 'Texte stehen in JSON in doppelten Anführungszeichen, nicht in einfachen.', '"Text"', `'${word(i + 1).replace(/'.*$/, '')}'`);
    if (QUOTE_LIKE.test(ch)) fail(i, 'Der Text steht in typografischen Anführungszeichen.', 'gerade doppelte Anführungszeichen "…"', describeChar(ch));
    if (ch === '-' || (ch >= '0' && ch <= '9') || ch === '.' || ch === '+') return number();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i) && !/[\w]/.test(text[i + literal.length] ?? '')) return void (i += literal.length);
    }
    if (ch === ',' || ch === '}' || ch === ']' || ch === ':') fail(start, 'Hier fehlt ein Wert.', context, describeChar(ch));
    const w = word(i);
    const hint = /^(true|false|null)$/i.test(w) ? ` (klein geschrieben: ${w.toLowerCase()})` : ' (Text in doppelten Anführungszeichen)';
    fail(start, `„${w}“ ist kein gültiger JSON-Wert.`, `eine Zahl, einen Text in "…", true, false oder null${hint}`, `„${w}“`);
  };

  const container = (open: '{' | '['): void => {
    const openAt = i;
    const close = open === '{' ? '}' : ']';
    const name = open === '{' ? 'Die geschweifte Klammer {' : 'Die eckige Klammer [';
    i++;
    ws();
    if (text[i] === close) return void i++;
    let commaAt = -1;
    for (;;) {
      ws();
      if (i >= text.length) break;
      if (text[i] === close && commaAt >= 0) fail(commaAt, `Nach dem letzten Eintrag steht ein Komma zu viel.`, `kein Komma vor ${close}`, 'ein Komma');
      if (open === '{') {
        const ch = text[i] as string;
        if (ch === "'") fail(i, 'Der Schlüssel steht in einfachen Anführungszeichen.', 'den Schlüssel in doppelten Anführungszeichen, z. B. "title"', `'${word(i + 1).replace(/'.*$/, '')}'`);
        if (QUOTE_LIKE.test(ch)) fail(i, 'Der Schlüssel steht in typografischen Anführungszeichen.', 'gerade doppelte Anführungszeichen "…"', describeChar(ch));
        if (ch !== '"') {
          if (commaAt >= 0 && /[\d]/.test(ch) && /\d$/.test(text.slice(0, commaAt))) {
            fail(commaAt, 'Die Zahl ist mit Dezimalkomma geschrieben.', 'einen Punkt vor den Cent, z. B. 12000.50', `ein Komma vor „${word(i)}“`);
          }
          if (/[A-Za-z_$äöüÄÖÜß]/.test(ch)) fail(i, `Der Schlüssel „${word(i)}“ steht nicht in Anführungszeichen.`, `"${word(i)}" in doppelten Anführungszeichen`, `${word(i)} ohne Anführungszeichen`);
          fail(i, 'Hier wird ein Schlüssel in Anführungszeichen erwartet.', 'einen Schlüssel wie "title"', describeChar(ch));
        }
        const keyStart = i;
        string('Schlüssel');
        const keyEnd = i;
        ws();
        if (text[i] !== ':') fail(keyEnd, `Nach dem Schlüssel ${text.slice(keyStart, keyEnd)} fehlt der Doppelpunkt.`, `${text.slice(keyStart, keyEnd)}: Wert`, describeChar(text[i]));
        i++;
      }
      value(open === '{' ? 'einen Wert nach dem Doppelpunkt' : 'einen Listeneintrag');
      const valueEnd = i;
      ws();
      const next = text[i];
      if (next === close) return void i++;
      if (next === ',') {
        commaAt = i;
        i++;
        continue;
      }
      if (next === undefined) break;
      if (next === '}' || next === ']') {
        fail(i, `Die Klammer ${next} passt nicht: offen ist ${open} aus Zeile ${lineOf(text, openAt)}.`, `${close} oder ein Komma`, describeChar(next));
      }
      if (next === '.' && /\d$/.test(text.slice(0, valueEnd))) {
        const token = /-?[\d.]+$/.exec(text.slice(0, valueEnd))?.[0] ?? '';
        throw new Found(thousandsProblem(valueEnd - token.length, token + (/^[\d.]+/.exec(text.slice(i))?.[0] ?? '')));
      }
      if (next === ':') fail(i, 'In einer Liste steht ein Doppelpunkt.', 'Einträge durch Kommas getrennt (Felder gehören in { … })', '„:“');
      fail(valueEnd, 'Zwischen zwei Einträgen fehlt ein Komma.', `ein Komma nach diesem Wert (oder ${close}, wenn ${open === '{' ? 'das Objekt' : 'die Liste'} hier endet)`, `${describeChar(next)} ohne Komma davor`);
    }
    fail(openAt, `${name} aus Zeile ${lineOf(text, openAt)} wird nicht geschlossen.`, `ein schließendes ${close}`, 'das Ende der Datei');
  };

  try {
    ws();
    if (i >= text.length) return { offset: 0, message: 'Die Datei ist leer.', expected: 'ein JSON-Objekt { … }', found: 'keinen Inhalt' };
    value('ein JSON-Objekt { … }');
    ws();
    if (i < text.length) {
      const extra = text[i] as string;
      return {
        offset: i,
        message: extra === '}' || extra === ']' ? `Hier steht eine schließende Klammer ${extra} zu viel.` : 'Nach dem Ende des Inhalts steht noch etwas.',
        expected: 'das Dateiende nach der letzten schließenden Klammer',
        found: describeChar(extra),
      };
    }
  } catch (error) {
    if (error instanceof Found) return error.problem;
    throw error;
  }
  return undefined;
}

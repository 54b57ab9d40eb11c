/**
 * Parses the text of a JSON file or a Markdown file's YAML frontmatter and keeps what is needed to point
 * an editor at the right line later. Locating is done lazily: only files with a problem pay for it.
 */
import { parseDocument, visit } from 'yaml';
import type { Issue, PathSegment } from './issue.ts';
import { makeLocator, YAML_OPTIONS, type Position } from './locate.ts';
import { diagnoseJson, THOUSANDS_TOKEN, thousandsProblem, type JsonProblem } from './json-syntax.ts';
import { scanValidJson } from './json-valid.ts';
import { positionOf } from './text-position.ts';
import { diagnoseYaml, type YamlProblem } from './yaml-syntax.ts';
import { parsePlainFrontmatter } from './plain-frontmatter.ts';

export interface ParsedSource {
  data: unknown;
  /** Markdown body after the frontmatter (Markdown files only). */
  body?: string;
  locate(path: readonly PathSegment[]): Position | undefined;
}

export type ParseResult = { ok: true; source: ParsedSource } | { ok: false; issue: Issue };

/**
 * What editors' tools write and is still the same file: a UTF-8 byte-order mark (Windows editors), CRLF
 * line endings, and decomposed umlauts (macOS, some web forms: "a" + U+0308 instead of "ä"). All three are
 * taken out before parsing, so ids and references compare equal and values reach the pages in NFC.
 * Line numbers stay right (a CRLF is one line break); a column after a decomposed letter may differ by one.
 */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * A file saved in another encoding than UTF-8 (Windows-1252 from an old editor, UTF-16) arrives with
 * replacement characters where its umlauts were. Reported at the first one instead of showing "Gr�ne".
 */
function encodingIssue(file: string, text: string): Issue | undefined {
  const offset = text.indexOf('\uFFFD');
  if (offset < 0 && !text.includes('\u0000')) return undefined;
  const at = offset >= 0 ? offset : text.indexOf('\u0000');
  return {
    severity: 'error',
    file,
    ...positionOf(text, at),
    message: 'Die Datei ist nicht als UTF-8 gespeichert (Umlaute und Sonderzeichen wären verfälscht).',
    expected: 'die Datei in der Kodierung UTF-8 gespeichert (im Editor: „Speichern mit Kodierung“ → UTF-8)',
    found: offset >= 0 ? 'ein Zeichen, das in UTF-8 nicht lesbar ist' : 'Nullzeichen (vermutlich UTF-16)',
  };
}

/** Strict JSON (as editors' tools expect), with a German message at the line of a syntax error. */
export function parseJsonSource(file: string, raw: string): ParseResult {
  const text = normaliseText(raw);
  const encoding = encodingIssue(file, text);
  if (encoding) return { ok: false, issue: encoding };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // V8's message is English and often points past the mistake; diagnoseJson finds it again.
    const problem = diagnoseJson(text) ?? {
      offset: 0,
      message: 'Die Datei ist kein gültiges JSON.',
      expected: 'gültiges JSON (Texte in "doppelten Anführungszeichen", Kommas zwischen Einträgen, kein Komma vor } oder ])',
      found: 'einen Syntaxfehler',
    };
    return { ok: false, issue: jsonIssue(file, text, problem) };
  }
  const problem = scanValidJson(text);
  if (problem) return { ok: false, issue: jsonIssue(file, text, problem) };
  return { ok: true, source: { data, locate: makeLocator(text, 0) } };
}

function jsonIssue(file: string, text: string, problem: JsonProblem): Issue {
  const { message, expected, found } = problem;
  return { severity: 'error', file, ...positionOf(text, problem.offset), message, expected, found };
}

/** The first key repeated within an object of valid JSON text. */
export function findDuplicateKey(text: string): { key: string; offset: number } | undefined {
  const problem = scanValidJson(text);
  const key = problem && /^den doppelten Schlüssel "(.*)"$/.exec(problem.found)?.[1];
  return problem && key !== undefined ? { key, offset: problem.offset } : undefined;
}

/**
 * YAML between `---` lines at the very top of a Markdown/MDX file (group 1). A BOM and CRLF are allowed, so
 * the same rule serves the raw text (body checks) and the normalised text (this reader).
 */
export const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * One pass over the scalars of a frontmatter. YAML reads an unquoted `2023-02-30` as 2 March 2023: such a
 * value is put back to the text the editor wrote, so the date rules report it instead of silently showing
 * another day. And a plain number that reads like a German thousands-separated amount (`total: 12.000` is
 * twelve) is returned; `code: 52.140.004` stays a text, and `rate: 0.825` does not start like a thousands group.
 */
function visitScalars(doc: ReturnType<typeof parseDocument>): { offset: number; token: string } | undefined {
  let thousands: { offset: number; token: string } | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const source = (node as { source?: unknown }).source;
      if (typeof source !== 'string') return;
      if (node.value instanceof Date && /^\d{4}-\d{2}-\d{2}$/.test(source)) {
        if (Number.isNaN(node.value.getTime()) || node.value.toISOString().slice(0, 10) !== source) node.value = source;
      } else if (!thousands && typeof node.value === 'number' && THOUSANDS_TOKEN.test(source)) {
        thousands = { offset: node.range?.[0] ?? 0, token: source };
      }
    },
  });
  return thousands;
}

function frontmatterIssue(file: string, yamlText: string, offset: number, problem: Omit<YamlProblem, 'line' | 'column'>): Issue {
  const { line, column } = positionOf(yamlText, offset);
  return { severity: 'error', file, line: line + 1, column, ...problem };
}

/** YAML frontmatter between `---` lines at the top of a Markdown/MDX file. */
export function parseFrontmatterSource(file: string, raw: string): ParseResult {
  const text = normaliseText(raw);
  const encoding = encodingIssue(file, text);
  if (encoding) return { ok: false, issue: encoding };
  const match = FRONTMATTER.exec(text);
  if (!match) {
    const opened = /^---[ \t]*\n/.test(text);
    return {
      ok: false,
      issue: {
        severity: 'error',
        file,
        line: 1,
        column: 1,
        ...(opened
          ? {
              message: 'Der Kopfbereich (Frontmatter) wird nicht abgeschlossen.',
              expected: 'nach den Feldern eine Zeile, auf der nur „---“ steht',
              found: 'keine zweite Zeile „---“ bis zum Ende der Datei',
            }
          : {
              message: 'Der Kopfbereich (Frontmatter) fehlt.',
              expected: 'als erste Zeile „---“, dann die Felder, dann wieder „---“',
              found: `als erste Zeile „${text.split('\n', 1)[0]?.slice(0, 40) ?? ''}“`,
            }),
      },
    };
  }
  const yamlText = match[1] ?? '';
  const parsed = parsePlainFrontmatter(yamlText) ?? parseFrontmatterYaml(file, yamlText);
  if ('issue' in parsed) return { ok: false, issue: parsed.issue };
  return {
    ok: true,
    source: { data: parsed.data, body: text.slice(match[0].length), locate: makeLocator(yamlText, 1) },
  };
}

/**
 * The text between the `---` lines through the YAML library, with the reader's rules (dates that do not
 * exist stay text, German thousands are refused) and a German message for each mistake. Files in the
 * narrow form of ./plain-frontmatter.ts skip it.
 */
export function parseFrontmatterYaml(file: string, yamlText: string): { data: unknown } | { issue: Issue } {
  const doc = parseDocument(yamlText, YAML_OPTIONS);
  const thousands = visitScalars(doc);
  const firstError = doc.errors[0];
  if (firstError) {
    const { line, column, ...problem } = diagnoseYaml(yamlText, firstError);
    return { issue: { severity: 'error', file, line: line + 1, column, ...problem } };
  }
  if (thousands) {
    const { message, expected, found } = thousandsProblem(thousands.offset, thousands.token);
    return { issue: frontmatterIssue(file, yamlText, thousands.offset, { message, expected, found }) };
  }
  try {
    return { data: doc.toJS() ?? {} };
  } catch (error) {
    // an unquoted value starting with * is an alias to an anchor that does not exist
    const alias = /^\s*[^#\n]*?:\s+(\*)/m.exec(yamlText);
    const offset = alias ? alias.index + alias[0].length - 1 : 0;
    return {
      issue: frontmatterIssue(file, yamlText, offset, {
        message: 'Ein Wert ohne Anführungszeichen darf nicht mit „*“ oder „&“ beginnen.',
        expected: 'den Wert in doppelten Anführungszeichen',
        found: error instanceof ReferenceError ? '„*“ am Anfang des Wertes' : 'einen Verweis (Anker) in YAML',
      }),
    };
  }
}

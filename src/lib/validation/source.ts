/**
 * Parses the text of a JSON file or a Markdown file's YAML frontmatter and keeps what is needed to point
 * an editor at the right line later. Locating is done lazily: only files with a problem pay for it.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { Issue, PathSegment } from './issue.ts';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedSource {
  data: unknown;
  /** Markdown body after the frontmatter (Markdown files only). */
  body?: string;
  locate(path: readonly PathSegment[]): Position | undefined;
}

export type ParseResult = { ok: true; source: ParsedSource } | { ok: false; issue: Issue };

const YAML_OPTIONS = { customTags: ['timestamp' as const], uniqueKeys: true };

/** Finds the node for a path, or the deepest existing parent, and returns its start position. */
function makeLocator(text: string, lineOffset: number): (path: readonly PathSegment[]) => Position | undefined {
  let parsed: { doc: ReturnType<typeof parseDocument>; counter: LineCounter } | undefined;
  return (path) => {
    if (!parsed) {
      const counter = new LineCounter();
      parsed = { doc: parseDocument(text, { ...YAML_OPTIONS, lineCounter: counter }), counter };
    }
    let node: unknown = parsed.doc.contents;
    let offset = (node as YamlNode | null)?.range?.[0];
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        offset = (pair.key as YamlNode).range?.[0] ?? offset;
        node = pair.value;
        if (isMap(node) || isSeq(node)) continue;
        if (node && (node as YamlNode).range) offset = (node as YamlNode).range?.[0];
        node = undefined;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item) break;
        node = item;
        offset = (item as YamlNode).range?.[0] ?? offset;
      } else break;
    }
    if (offset === undefined) return undefined;
    const pos = parsed.counter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
}

/** Strict JSON (as editors' tools expect), with the line of a syntax error. */
export function parseJsonSource(file: string, text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = jsonErrorPosition(message, text);
    return {
      ok: false,
      issue: {
        severity: 'error',
        file,
        ...position,
        message: 'Die Datei ist kein gültiges JSON.',
        expected: 'gültiges JSON (Texte in "doppelten Anführungszeichen", Kommas zwischen Einträgen, kein Komma vor } oder ])',
        // V8 appends the position, or for "Unexpected token" a multi-line excerpt; both are dropped here.
        found: `den Syntaxfehler „${message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/,\s*(?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '')}“`,
      },
    };
  }
  // JSON.parse keeps the last of two equal keys without a word; a doubled year would silently drop money.
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    const before = text.slice(0, duplicate.offset).split('\n');
    return {
      ok: false,
      issue: {
        severity: 'error',
        file,
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
        message: 'Ein Schlüssel steht im selben Objekt zweimal.',
        expected: 'jeden Schlüssel (z. B. ein Jahr) nur einmal je Objekt',
        found: `den doppelten Schlüssel "${duplicate.key}"`,
      },
    };
  }
  return { ok: true, source: { data, locate: makeLocator(text, 0) } };
}

/** One linear pass over text that is already valid JSON: the first key repeated within an object. */
export function findDuplicateKey(text: string): { key: string; offset: number } | undefined {
  const objects: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') objects.push(new Set());
    else if (c === '[') objects.push(null);
    else if (c === '}' || c === ']') objects.pop();
    else if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const keys = objects.at(-1);
      if (!keys) continue;
      let j = i + 1;
      while (/\s/.test(text[j] ?? '')) j++;
      if (text[j] !== ':') continue;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      if (keys.has(key)) return { key, offset: start };
      keys.add(key);
    }
  }
  return undefined;
}

function jsonErrorPosition(message: string, text: string): Partial<Position> {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : jsonErrorOffset(text);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The closing `---` must stand on its own line (a value ending in " ---" must not end the frontmatter). */
/**
 * Offset of the first syntax error, for engine messages without a position (V8's "Unexpected token ']'"
 * for a trailing comma in a list gives none). A plain recursive-descent scan of the JSON grammar.
 */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(String(i));
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === '"') return void i++;
      if (ch < ' ') fail();
      i += ch === '\\' ? 2 : 1;
    }
    fail();
  };
  const value = (): void => {
    ws();
    const open = text[i];
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (open === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === close) return void i++;
        if (text[i] !== ',') fail();
        i++;
      }
    }
    if (open === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (!literal) fail();
    i += (literal as RegExpExecArray)[0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (error) {
    if (error instanceof SyntaxError && /^\d+$/.test(error.message)) return Number(error.message);
    throw error;
  }
  return text.length;
}

const FRONTMATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * YAML reads an unquoted `2023-02-30` as 2 March 2023. Such a value is put back to the text the editor
 * wrote, so the date rules report it instead of silently showing another day.
 */
function keepImpossibleDates(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Scalar(_key, node) {
      const source = (node as { source?: unknown }).source;
      if (node.value instanceof Date && typeof source === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(source)) {
        if (Number.isNaN(node.value.getTime()) || node.value.toISOString().slice(0, 10) !== source) node.value = source;
      }
    },
  });
}

/** YAML frontmatter between `---` lines at the top of a Markdown/MDX file. */
export function parseFrontmatterSource(file: string, text: string): ParseResult {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      issue: {
        severity: 'error',
        file,
        line: 1,
        column: 1,
        message: 'Der Kopfbereich (Frontmatter) fehlt.',
        expected: 'als erste Zeile „---“, dann die Felder, dann wieder „---“',
        found: `als erste Zeile „${text.split('\n', 1)[0]?.slice(0, 40) ?? ''}“`,
      },
    };
  }
  const yamlText = match[1] ?? '';
  const doc = parseDocument(yamlText, YAML_OPTIONS);
  keepImpossibleDates(doc);
  const firstError = doc.errors[0];
  if (firstError) {
    const [start] = firstError.linePos ?? [];
    return {
      ok: false,
      issue: {
        severity: 'error',
        file,
        line: (start?.line ?? 1) + 1,
        column: start?.col ?? 1,
        message: 'Der Kopfbereich (Frontmatter) ist kein gültiges YAML.',
        expected: 'gültiges YAML („feld: wert“, Einrückung mit Leerzeichen, Texte mit „:“ in Anführungszeichen)',
        found: `den Fehler „${firstError.message.split('\n')[0]}“`,
      },
    };
  }
  const data = doc.toJS() ?? {};
  return {
    ok: true,
    source: { data, body: text.slice(match[0].length), locate: makeLocator(yamlText, 1) },
  };
}

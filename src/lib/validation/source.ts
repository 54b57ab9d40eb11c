/**
 * Parses the text of a JSON file or a Markdown file's YAML frontmatter and keeps what is needed to point
 * an editor at the right line later. Locating is done lazily: only files with a problem pay for it.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
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
  try {
    return { ok: true, source: { data: JSON.parse(text), locate: makeLocator(text, 0) } };
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
        found: `den Syntaxfehler „${message.replace(/\s*\(line \d+ column \d+\)/, '')}“`,
      },
    };
  }
}

function jsonErrorPosition(message: string, text: string): Partial<Position> {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

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

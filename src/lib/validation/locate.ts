/**
 * Where a field stands in a JSON or YAML text, for pointing an editor at the right line. Locating is done
 * lazily: only files with a problem pay for parsing the text a second time with positions.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { PathSegment } from './issue.ts';

export interface Position {
  line: number;
  column: number;
}

/** How the reader parses YAML (JSON is YAML too): dates stay text for the date rules, keys are unique. */
export const YAML_OPTIONS = { customTags: ['timestamp' as const], uniqueKeys: true };

/** Finds the node for a path, or the deepest existing parent, and returns its start position. */
export function makeLocator(text: string, lineOffset: number): (path: readonly PathSegment[]) => Position | undefined {
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


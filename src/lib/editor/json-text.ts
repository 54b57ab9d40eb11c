/**
 * Writes a JSON value back into the text it was read from, changing only what changed: unchanged values keep
 * their exact text (spacing, one-line or multi-line layout, key order), new values take the layout of their
 * siblings. The web editor saves data files through this, so a save never reformats a file and opening and
 * saving without a change gives the same bytes. Pure (runs in the browser bundle).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Node {
  start: number;
  end: number;
  value: Json;
  /** Items of an array, or [key, node] pairs of an object, in file order. */
  items?: Node[];
  entries?: [string, Node][];
}

function parseWithPositions(text: string): Node {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  };
  const value = (): Node => {
    ws();
    const start = i;
    const ch = text[i];
    if (ch === '{') {
      i++;
      const entries: [string, Node][] = [];
      ws();
      if (text[i] === '}') i++;
      else
        for (;;) {
          const key = value();
          ws();
          i++; // ':'
          entries.push([key.value as string, value()]);
          ws();
          if (text[i++] === '}') break;
        }
      return { start, end: i, value: Object.fromEntries(entries.map(([k, n]) => [k, n.value])), entries };
    }
    if (ch === '[') {
      i++;
      const items: Node[] = [];
      ws();
      if (text[i] === ']') i++;
      else
        for (;;) {
          items.push(value());
          ws();
          if (text[i++] === ']') break;
        }
      return { start, end: i, value: items.map((n) => n.value), items };
    }
    if (ch === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      i++;
    } else {
      while (i < text.length && /[^\s,\]}]/.test(text[i] ?? '')) i++;
    }
    return { start, end: i, value: JSON.parse(text.slice(start, i)) as Json };
  };
  return value();
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => k in b && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A value the editor writes for an optional field that was left empty (`actual: null`, `contacts: []`). */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.values(value).every(isEmpty);
}

interface Style {
  multiline: boolean;
  /** Spaces inside one-line braces: `{ "a": 1 }` (true) or `{"a": 1}`. */
  padded: boolean;
}

function styleOf(text: string, node: Node | undefined): Style | undefined {
  if (!node || (!node.items && !node.entries)) return undefined;
  const src = text.slice(node.start, node.end);
  return { multiline: src.includes('\n'), padded: /^[[{] /.test(src) };
}

/** Layout for a value that has no text yet: like its sibling where there is one, else a readable default. */
function defaultStyle(value: Json, parentMultiline: boolean): Style {
  if (Array.isArray(value)) return { multiline: parentMultiline && value.some((v) => v !== null && typeof v === 'object'), padded: false };
  return { multiline: parentMultiline, padded: true };
}

function write(text: string, node: Node | undefined, value: Json, indent: string, hint: Node | undefined, parentMultiline: boolean): string {
  if (node && jsonEqual(node.value, value)) return text.slice(node.start, node.end);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const nodeMatches = node && (Array.isArray(value) ? node.items : node.entries && !Array.isArray(node.value));
  const own = nodeMatches ? node : undefined;
  const style = styleOf(text, own) ?? styleOf(text, hint) ?? defaultStyle(value, parentMultiline);
  const inner = `${indent}  `;
  let parts: string[];
  if (Array.isArray(value)) {
    const items = own?.items ?? [];
    // An item keeps its own text when the same value is still at that position; new items look like their neighbours.
    const sibling = items[items.length - 1] ?? hint?.items?.[0];
    parts = value.map((v, index) => write(text, items[index], v, inner, items[index] ?? sibling, style.multiline));
    if (parts.length === 0) return '[]';
  } else {
    const entries = new Map(own?.entries ?? []);
    const hintEntries = new Map(hint?.entries ?? []);
    const keys = [...[...entries.keys()].filter((k) => k in value), ...Object.keys(value).filter((k) => !entries.has(k))];
    parts = keys
      // An empty optional field the file did not have stays out; null never belongs in these files.
      .filter((k) => value[k] !== undefined && value[k] !== null && (entries.has(k) || !isEmpty(value[k])))
      .map((k) => `${JSON.stringify(k)}: ${write(text, entries.get(k), value[k] as Json, inner, entries.get(k) ?? hintEntries.get(k), style.multiline)}`);
    if (parts.length === 0) return '{}';
  }
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (style.multiline) return `${open}\n${parts.map((p) => `${inner}${p}`).join(',\n')}\n${indent}${close}`;
  return style.padded ? `${open} ${parts.join(', ')} ${close}` : `${open}${parts.join(', ')}${close}`;
}

/**
 * The text of `value` as JSON, in the layout of `original` (the file as read). Without an original, two-space
 * indentation with arrays of plain values on one line.
 */
export function writeJsonText(original: string | undefined, value: unknown): string {
  if (original === undefined) return `${write('', undefined, value as Json, '', undefined, true)}\n`;
  const root = parseWithPositions(original);
  const head = original.slice(0, root.start);
  const tail = original.slice(root.end);
  return `${head}${write(original, root, value as Json, '', undefined, true)}${tail}`;
}

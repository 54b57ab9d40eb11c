/**
 * Pure text helpers for `npm run neu`: YAML frontmatter, and adding one line to the arrays of the budget and
 * schedule JSON files without reformatting the rest of the file (slugs come from src/lib/slug.ts).
 */

/** A YAML scalar that is always read back as the same text (JSON strings are valid YAML double-quoted scalars). */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}

type YamlValue = string | number | boolean | string[] | { [key: string]: YamlValue | undefined } | undefined;

/** Fields whose values are ids; written bare like in the existing files (`programme: grw-infra`). */
const ID_FIELDS = new Set(['handlungsfeld', 'programme', 'status', 'contacts', 'regionalbudgets', 'projects', 'measures']);
const YAML_WORDS = /^(y|n|yes|no|on|off|true|false|null)$/;

function idValue(value: string): string {
  return /^[a-z][a-z0-9-]*(\/[a-z0-9-]+)?$/.test(value) && !YAML_WORDS.test(value) ? value : yamlString(value);
}

/** Frontmatter in the style of the existing files: one field per line, texts quoted, lists in flow style. */
export function frontmatter(fields: Record<string, YamlValue>): string {
  const lines: string[] = ['---'];
  const emit = (key: string, value: YamlValue, indent: string) => {
    if (value === undefined) return;
    const str = ID_FIELDS.has(key) ? idValue : yamlString;
    if (typeof value === 'string') lines.push(`${indent}${key}: ${str(value)}`);
    else if (typeof value === 'number' || typeof value === 'boolean') lines.push(`${indent}${key}: ${String(value)}`);
    else if (Array.isArray(value)) lines.push(`${indent}${key}: [${value.map(str).join(', ')}]`);
    else {
      lines.push(`${indent}${key}:`);
      for (const [k, v] of Object.entries(value)) emit(k, v, `${indent}  `);
    }
  };
  for (const [key, value] of Object.entries(fields)) emit(key, value, '');
  lines.push('---');
  return `${lines.join('\n')}\n`;
}

/** JSON on one line with spaces inside braces, as in data/budgets/*.json: `{ "measure": "x", "amounts": {} }`. */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Index just after the value that starts at `start` (a JSON text), skipping strings. */
function endOfValue(text: string, start: number): number {
  const open = text[start];
  if (open !== '[' && open !== '{') throw new Error('Array oder Objekt erwartet');
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('Die Datei endet mitten in einem Wert');
}

/** Start index of the value of a top-level key of a JSON object text. */
function topLevelValueStart(text: string, key: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth === 1 && JSON.parse(text.slice(start, i + 1)) === key) {
        const colon = text.slice(i + 1).search(/\S/) + i + 1;
        if (text[colon] === ':') return text.slice(colon + 1).search(/\S/) + colon + 1;
      }
    } else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
  }
  return undefined;
}

/**
 * Appends `item` to the top-level array `key` of a JSON text, written on its own line with the indentation of
 * the existing items, and leaves every other byte of the file as it was. Falls back to a complete re-write
 * (2 spaces, one line per item) when the file is laid out unusually; the result always parses to the same data.
 */
export function appendToJsonArray(text: string, key: string, item: unknown): string {
  const data = JSON.parse(text) as Record<string, unknown>;
  const list = data[key];
  if (!Array.isArray(list)) throw new Error(`Das Feld „${key}“ ist keine Liste`);
  const expected = { ...data, [key]: [...list, item] };
  const start = topLevelValueStart(text, key);
  if (start !== undefined && text[start] === '[') {
    const end = endOfValue(text, start);
    const inner = text.slice(start + 1, end - 1);
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const keyLineIndent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
    let result: string;
    if (inner.trim() === '') {
      result = `${text.slice(0, start)}[\n${keyLineIndent}  ${inlineJson(item)}\n${keyLineIndent}]${text.slice(end)}`;
    } else {
      const itemIndent = /\n([ \t]*)\S/.exec(inner)?.[1] ?? `${keyLineIndent}  `;
      const lastContent = start + 1 + inner.trimEnd().length;
      const separator = inner.includes('\n') ? `,\n${itemIndent}` : ', ';
      result = `${text.slice(0, lastContent)}${separator}${inlineJson(item)}${text.slice(lastContent)}`;
    }
    try {
      if (JSON.stringify(JSON.parse(result)) === JSON.stringify(expected)) return result;
    } catch {
      // fall through to the full re-write
    }
  }
  return formatDataFile(expected);
}

/** The layout of data/budgets and data/schedules: 2 spaces, short values inline, one line per array item. */
export function formatDataFile(data: Record<string, unknown>): string {
  const lines = Object.entries(data).map(([k, v]) => {
    if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object')) {
      const items = v.map((x) => `    ${inlineJson(x)}`).join(',\n');
      return `  ${JSON.stringify(k)}: [\n${items}\n  ]`;
    }
    return `  ${JSON.stringify(k)}: ${inlineJson(v)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

/**
 * A fast path for the frontmatter most files have: one `key: value` per line, each value a single-line text,
 * a whole number or a date. At 10,000 measures the YAML library's parser (a full document tree per file) was
 * about half of `npm run check`. Anything outside this narrow form returns undefined, and the caller parses
 * the text with the YAML library as before, which also reports every mistake; so the fast path only ever
 * answers where it gives the same data as `parseDocument(…).toJS()` with the reader's options plus the
 * date rule of source.ts (test/unit/validation/plain-frontmatter.test.ts compares the two).
 */

/** A key the YAML core schema reads as text: starts with a letter, no blanks, not a boolean or null. */
const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** Plain words the core schema reads as true, false or null (keys and values). */
const RESERVED = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
/** Characters YAML treats specially or that the reader refuses: leave those files to the full parser. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/;
/** A plain text value: starts with a letter (so never a number, date, indicator or `.inf`). */
const PLAIN_TEXT = /^\p{L}/u;
/** A whole number without sign or leading zero, small enough to stay exact. */
const WHOLE = /^(?:0|[1-9][0-9]{0,14})$/;
/** A date the timestamp tag reads (`2023-05-01`); other timestamp forms go to the full parser. */
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/**
 * The items of a one-line flow collection (`[a, "b c"]`, `{ start: "2023-01-01", end: 2026 }`), each a
 * scalar as below; plain ones may not hold `,` `[` `]` `{` `}` `:` or `#`, quoted ones no comma.
 */
function flowItems(inner: string): string[] | undefined {
  if (/^ *$/.test(inner)) return [];
  const items = inner.split(',').map((raw) => raw.replace(/^ +| +$/g, ''));
  return items.every((item) => item !== '' && !/[[\]{}]/.test(item)) ? items : undefined;
}

function flowScalar(item: string): { value: unknown } | undefined {
  if (item[0] !== '"' && item[0] !== "'" && /[:#]/.test(item)) return undefined;
  return scalar(item);
}

function flowList(value: string): { value: unknown } | undefined {
  const items = flowItems(value.slice(1, -1));
  const values: unknown[] = [];
  for (const item of items ?? [undefined]) {
    const parsed = item === undefined ? undefined : flowScalar(item);
    if (!parsed) return undefined;
    values.push(parsed.value);
  }
  return { value: values };
}

function flowMap(value: string): { value: unknown } | undefined {
  const items = flowItems(value.slice(1, -1));
  const map: Record<string, unknown> = {};
  for (const item of items ?? [undefined]) {
    const colon = item?.indexOf(': ') ?? -1;
    if (item === undefined || colon < 0) return undefined;
    const key = item.slice(0, colon);
    const parsed = flowScalar(item.slice(colon + 2).replace(/^ +/, ''));
    if (!isKey(key, map) || !parsed) return undefined;
    map[key] = parsed.value;
  }
  return { value: map };
}

function isKey(key: string, seen: Record<string, unknown>): boolean {
  return KEY.test(key) && !RESERVED.test(key) && !Object.hasOwn(seen, key);
}

function scalar(value: string): { value: unknown } | undefined {
  const first = value[0];
  if (first === '[') return value.at(-1) === ']' ? flowList(value) : undefined;
  if (first === '{') return value.at(-1) === '}' ? flowMap(value) : undefined;
  if (first === '"' || first === "'") {
    // one quoted text without escapes or inner quotes of its kind
    if (value.length < 2 || value.at(-1) !== first) return undefined;
    const inner = value.slice(1, -1);
    if (inner.includes(first) || (first === '"' && inner.includes('\\'))) return undefined;
    return { value: inner };
  }
  if (PLAIN_TEXT.test(value)) {
    // ": " would open a mapping, " #" a comment, a trailing ":" a key
    if (RESERVED.test(value) || value.includes(': ') || value.includes(' #') || value.endsWith(':')) return undefined;
    return { value };
  }
  if (WHOLE.test(value)) return { value: Number(value) };
  const date = DATE.exec(value);
  if (date) {
    // as yaml's timestamp tag resolves it; a day that does not exist stays the text (source.ts, visitScalars)
    const parsed = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
    return { value: Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value ? value : parsed };
  }
  return undefined;
}

/** The data of a frontmatter in the narrow form above, or undefined for the full parser. */
export function parsePlainFrontmatter(yamlText: string): { data: Record<string, unknown> } | undefined {
  if (yamlText.includes('\t') || CONTROL.test(yamlText.replace(/\n/g, ''))) return undefined;
  const data: Record<string, unknown> = {};
  let any = false;
  for (const line of yamlText.split('\n')) {
    if (/^ *$/.test(line)) continue;
    const colon = line.indexOf(': ');
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    if (!isKey(key, data)) return undefined;
    // YAML strips spaces around a plain value (not other white space, e.g. U+00A0)
    const value = line.slice(colon + 2).replace(/^ +| +$/g, '');
    if (value === '') return undefined;
    const parsed = scalar(value);
    if (!parsed) return undefined;
    data[key] = parsed.value;
    any = true;
  }
  return any ? { data } : undefined;
}

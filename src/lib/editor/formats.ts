/**
 * The file formats the web editor reads and writes (registered with `CMS.registerCustomFormat` in
 * src/editor/main.ts). They keep the text each file was read from under ORIGINAL_KEY, so that writing
 * changes only what the editor changed (see json-text.ts and frontmatter-text.ts).
 *
 * Year → amount maps (`{ "2022": 5000 }`) are shown as rows `{ jahr, betrag }`: the editor would otherwise
 * take all-digit keys for list positions and turn the map into an array.
 */
import { centsToEuros, eurosToCents } from '../money.ts';
import { readFrontmatterFile, writeFrontmatterFile } from './frontmatter-text.ts';
import { writeJsonText } from './json-text.ts';

/** Entry field holding the file as read; the editor keeps fields it has no widget for. */
export const ORIGINAL_KEY = '__original';
export const BODY_KEY = 'body';

export interface YearRow {
  jahr: number;
  betrag: number;
}

export interface JsonFormatOptions {
  /** Paths of year → amount maps, `*` for every array item: `lines.*.amounts`. */
  yearMaps: string[];
  /** Maps recomputed on save as the per-year sum of others: `{ target: 'totals', from: 'lines.*.amounts' }`. */
  sums?: { target: string; from: string }[];
}

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Calls `fn` on the parent object and key of every value at `path`. */
function forEachAt(data: unknown, path: string[], fn: (parent: Data, key: string) => void): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (head === '*') {
    if (Array.isArray(data)) for (const item of data) forEachAt(item, rest, fn);
    return;
  }
  if (!isRecord(data)) return;
  if (rest.length === 0) {
    if (head in data) fn(data, head);
  } else forEachAt(data[head], rest, fn);
}

export function mapToRows(map: unknown): YearRow[] | unknown {
  if (!isRecord(map)) return map;
  return Object.entries(map).map(([jahr, betrag]) => ({ jahr: Number(jahr), betrag: betrag as number }));
}

export function rowsToMap(rows: unknown): Data | unknown {
  if (!Array.isArray(rows)) return rows;
  const sorted = rows.filter((r): r is YearRow => isRecord(r) && r['jahr'] !== undefined && r['jahr'] !== null);
  return Object.fromEntries(sorted.map((r) => [String(r.jahr), r.betrag ?? 0]));
}

function valuesAt(data: unknown, path: string[]): unknown[] {
  const out: unknown[] = [];
  forEachAt(data, path, (parent, key) => out.push(parent[key]));
  return out;
}

/** Per-year sums of the maps at `from`, exact in cents, for the years the target lists and every year used. */
function sumMaps(target: unknown, maps: unknown[]): Data {
  const cents = new Map<string, number>();
  for (const year of Object.keys(isRecord(target) ? target : {})) cents.set(year, 0);
  for (const map of maps)
    if (isRecord(map))
      for (const [year, euros] of Object.entries(map)) cents.set(year, (cents.get(year) ?? 0) + (eurosToCents(Number(euros)) ?? 0));
  const years = [...cents.keys()].sort();
  return Object.fromEntries(years.map((y) => [y, centsToEuros(cents.get(y) ?? 0)]));
}

export function readJson(text: string, options: JsonFormatOptions): Data {
  const data = JSON.parse(text) as Data;
  for (const path of options.yearMaps) forEachAt(data, path.split('.'), (parent, key) => (parent[key] = mapToRows(parent[key])));
  return { ...data, [ORIGINAL_KEY]: text };
}

function withoutEditorKeys(value: Data): [Data, string | undefined] {
  const { [ORIGINAL_KEY]: original, ...data } = value;
  return [data, typeof original === 'string' ? original : undefined];
}

export function writeJson(value: Data, options: JsonFormatOptions): string {
  const [data, original] = withoutEditorKeys(structuredClone(value));
  for (const path of options.yearMaps) forEachAt(data, path.split('.'), (parent, key) => (parent[key] = rowsToMap(parent[key])));
  for (const { target, from } of options.sums ?? []) {
    const before = original === undefined ? undefined : (JSON.parse(original) as Data);
    const maps = valuesAt(data, from.split('.'));
    // Only when something the sum depends on changed, so that opening and saving never touches the file.
    if (!before || JSON.stringify(valuesAt(before, from.split('.'))) !== JSON.stringify(maps)) {
      forEachAt(data, target.split('.'), (parent, key) => (parent[key] = sumMaps(parent[key], maps)));
    }
  }
  return writeJsonText(original, data);
}

export function readMarkdown(text: string): Data {
  const { data, body } = readFrontmatterFile(text);
  return { ...data, [BODY_KEY]: body, [ORIGINAL_KEY]: text };
}

export function writeMarkdown(value: Data): string {
  const [rest, original] = withoutEditorKeys(value);
  const { [BODY_KEY]: body, ...data } = rest;
  return writeFrontmatterFile(original, { data, body: typeof body === 'string' ? body : '' });
}

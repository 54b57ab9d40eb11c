/**
 * Reads and writes Markdown/MDX files with a YAML frontmatter for the web editor. Writing goes through the
 * YAML document of the file as read, changing only the fields that changed: key order, quoting, comments and
 * the body stay as they were. New files get the style of `npm run neu` (texts in double quotes, ids bare).
 * Pure (runs in the browser bundle).
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode } from 'yaml';
import { isEmpty, jsonEqual } from './json-text.ts';

export interface FrontmatterFile {
  data: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;
/** Values written without quotes in new files, like `programme: grw-infra` (never a YAML keyword or number). */
const BARE = /^[a-z][a-z0-9-]*(\/[a-z0-9-]+)?$/;
const YAML_WORDS = /^(y|n|yes|no|on|off|true|false|null|nan|inf)$/;

export function readFrontmatterFile(text: string): FrontmatterFile {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text };
  const data = parseDocument(match[1] ?? '').toJS() as unknown;
  return { data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: text.slice(match[0].length) };
}

function scalarNode(doc: Document, value: unknown, like?: unknown): YamlNode {
  const node = doc.createNode(value) as YamlNode;
  const style = (s: Scalar) => {
    if (typeof s.value !== 'string') return;
    if (isScalar(like) && typeof like.value === 'string') s.type = like.type;
    else s.type = BARE.test(s.value) && !YAML_WORDS.test(s.value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
  };
  if (isScalar(node)) style(node);
  if (isSeq(node)) {
    node.flow = isSeq(like) ? Boolean(like.flow) : node.items.every(isScalar);
    const sample = isSeq(like) ? like.items[0] : undefined;
    for (const item of node.items) if (isScalar(item)) (isScalar(sample) ? (item.type = sample.type) : style(item));
  }
  return node;
}

/** Applies the changes from `before` to `after` to the map at `path`, leaving unchanged entries untouched. */
function patch(doc: Document, path: string[], before: Record<string, unknown>, after: Record<string, unknown>): void {
  for (const key of Object.keys(before)) {
    if (!(key in after) || after[key] === undefined) doc.deleteIn([...path, key]);
  }
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    if (jsonEqual(old, value) || (old === undefined && isEmpty(value))) continue;
    const existing = doc.getIn([...path, key], true) as unknown;
    if (isMap(existing) && value !== null && typeof value === 'object' && !Array.isArray(value) && old !== null && typeof old === 'object') {
      patch(doc, [...path, key], old as Record<string, unknown>, value as Record<string, unknown>);
    } else if (value === undefined || value === null || (old === undefined && isEmpty(value))) {
      doc.deleteIn([...path, key]);
    } else {
      doc.setIn([...path, key], scalarNode(doc, value, existing));
    }
  }
}

function newFrontmatter(data: Record<string, unknown>): string {
  const doc = new Document();
  doc.contents = doc.createNode({}) as never;
  for (const [key, value] of Object.entries(data)) if (!isEmpty(value)) doc.set(key, scalarNode(doc, value));
  return doc.toString(STRINGIFY);
}

/** The file text for `file`; `original` is the text it was read from (undefined for a new file). */
export function writeFrontmatterFile(original: string | undefined, file: FrontmatterFile): string {
  const read = original === undefined ? undefined : readFrontmatterFile(original);
  const match = original === undefined ? null : FRONTMATTER.exec(original);
  let head: string;
  if (read && match) {
    const doc = parseDocument(match[1] ?? '');
    if (!jsonEqual(read.data, file.data)) patch(doc, [], read.data, file.data);
    head = jsonEqual(read.data, file.data) ? match[0] : `---\n${doc.toString(STRINGIFY)}---\n`;
  } else {
    head = `---\n${newFrontmatter(file.data)}---\n`;
  }
  // The editor trims the body; a body with the same text keeps its exact spacing.
  const body = read && read.body.trim() === file.body.trim() ? read.body : file.body.trim() ? `\n${file.body.trim()}\n` : '';
  return `${head}${body}`;
}

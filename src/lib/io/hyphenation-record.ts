/**
 * Which long words each page hyphenated (src/lib/typography.ts) and how, kept in Astro's cache folder. The
 * hyphenation vocabulary is learnt from all content, so a new word anywhere may change where any page breaks a
 * compound; a page depends on it only through the words it hyphenated. A page whose words would now break
 * differently is rendered again even when its key is unchanged (src/lib/io/render-keys.ts `holds`); the words
 * follow from the page's inputs, which the rest of its key covers.
 *
 * The record describes the published version. A build appends one JSON line per page it renders to a pending
 * file; scripts/build.ts folds that into the record only after the new version is published (`adoptPending`),
 * so a build that fails or is killed leaves the record true to the pages still online. Reading keeps the last
 * line per page and writes the record back compacted.
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { REUSE_ENV, reuseFiles } from './reuse-files.ts';
import { hyphenateWord } from '../typography.ts';

/** Word and its hyphenated form when the page was rendered. */
export type Hyphenation = readonly [word: string, hyphenated: string];

let ready: string | undefined;

const forms = new Map<string, string>();

/**
 * Lines not yet appended: one synchronous append per page took 0.8 s of the Astro build's 75 s CPU at 10,000
 * measures. Written in blocks and when the process exits; lines lost with a killed process only mean that
 * those pages are rendered again next time (they have no record).
 */
let buffered = '';
const FLUSH_AT = 1 << 18;

function flush(): void {
  if (buffered === '' || ready === undefined) return;
  appendFileSync(ready, buffered);
  buffered = '';
}

/**
 * Appends a page's words with their hyphenation to the pending lines; only in a build by scripts/build.ts (dev
 * and a plain `astro build` take no page over, so they need no record).
 */
export function recordHyphenation(path: string, words: ReadonlySet<string>, vocabulary: ReadonlySet<string>, dir: string | undefined = process.env[REUSE_ENV.dir]): void {
  if (!import.meta.env.PROD || dir === undefined) return;
  const file = reuseFiles(dir).pending;
  if (ready !== file) {
    flush();
    if (ready === undefined) process.once('exit', flush);
    mkdirSync(dirname(file), { recursive: true });
    ready = file;
    forms.clear();
  }
  const w = [...words].sort().map((word) => {
    let h = forms.get(word);
    if (h === undefined) forms.set(word, (h = hyphenateWord(word, vocabulary)));
    return [word, h];
  });
  buffered += `${JSON.stringify({ p: path, w })}\n`;
  if (buffered.length >= FLUSH_AT) flush();
}

const isPair = (x: unknown): x is Hyphenation => Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'string';

/** Page path → words, from the lines (the last line per page counts; a torn line is skipped). */
export function parseRecord(text: string): Map<string, Hyphenation[]> {
  const pages = new Map<string, Hyphenation[]>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    try {
      const entry = JSON.parse(line) as { p?: unknown; w?: unknown };
      if (typeof entry.p === 'string' && Array.isArray(entry.w) && entry.w.every(isPair)) pages.set(entry.p, entry.w);
    } catch {
      // a line cut short by a killed build: that page has no record and is rendered again
    }
  }
  return pages;
}

/** Reads the record and writes it back with one line per page (atomically). */
export function readRecord(file: string): Map<string, Hyphenation[]> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new Map();
  }
  const pages = parseRecord(text);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, [...pages].map(([p, w]) => `${JSON.stringify({ p, w })}\n`).join(''));
  renameSync(tmp, file);
  return pages;
}

/** After a build is published: its pages' lines join the record (theirs win), and the pending file goes. */
export function adoptPending(record: string, pending: string): void {
  let lines: string;
  try {
    lines = readFileSync(pending, 'utf8');
  } catch {
    lines = ''; // no page rendered: the record stays as it is, but exists
  }
  appendFileSync(record, lines.endsWith('\n') || lines === '' ? lines : `${lines}\n`);
  readRecord(record);
  rmSync(pending, { force: true });
}

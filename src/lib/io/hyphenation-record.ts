/**
 * Which long words each page hyphenated (src/lib/typography.ts) and how, kept next to Astro's incremental
 * cache. The hyphenation vocabulary is learnt from all content, so a new word anywhere may change where any
 * page breaks a compound; a page depends on it only through the words it hyphenated. A page whose words would
 * now break differently gets a key of its own and is rendered again (src/lib/io/render-keys.ts); the words
 * follow from the page's inputs, which the rest of its key covers.
 *
 * One JSON line per rendered page, appended as it is rendered (before Astro writes its manifest at the end);
 * the next build reads the lines (the last one per page counts) and writes them back compacted.
 * scripts/build.ts forgets Astro's manifest when this file is missing or an Astro step did not finish.
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hyphenateWord } from '../typography.ts';

/** Word and its hyphenated form when the page was rendered. */
export type Hyphenation = readonly [word: string, hyphenated: string];

/** Astro's cacheDir as astro.config.mjs sets it: RB_CACHE_DIR, relative to the project root. */
export function astroCacheDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  return resolve(cwd, env['RB_CACHE_DIR'] ?? './node_modules/.astro');
}

export function recordFile(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  return join(astroCacheDir(env, cwd), 'rb-hyphenation.jsonl');
}

let ready: string | undefined;

const forms = new Map<string, string>();

/** Appends a page's words with their hyphenation (only in `astro build`; dev renders without keys). */
export function recordHyphenation(path: string, words: ReadonlySet<string>, vocabulary: ReadonlySet<string>, file: string = recordFile()): void {
  if (!import.meta.env.PROD) return;
  if (ready !== file) {
    mkdirSync(dirname(file), { recursive: true });
    ready = file;
    forms.clear();
  }
  const w = [...words].sort().map((word) => {
    let h = forms.get(word);
    if (h === undefined) forms.set(word, (h = hyphenateWord(word, vocabulary)));
    return [word, h];
  });
  appendFileSync(file, `${JSON.stringify({ p: path, w })}\n`);
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
export function readRecord(file: string = recordFile()): Map<string, Hyphenation[]> {
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

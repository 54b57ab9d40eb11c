/**
 * Result excerpts for the search page, from the text Pagefind stores for a page. The index-only terms
 * (compound parts, ASCII spellings) follow INDEX_ONLY_MARK and are never shown: a match there is shown on
 * the word of the page that contains it ("Marketing" → "Gewerbeflächenmarketing"). Pure functions; the page
 * renders the segments with DOM methods (no HTML strings).
 */
import { INDEX_ONLY_MARK } from './html-text.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Pagefind splits stored text into word positions at whitespace (U+FEFF excepted). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/** Lower case without diacritics and with umlauts and ß as plain letters, for comparing words loosely. */
export function fold(text: string): string {
  return text
    .toLocaleLowerCase('de-DE')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The search words of a query (letters and digits), folded, at least 2 characters. */
export function queryWords(query: string): string[] {
  return (query.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold).filter((w) => w.length >= 2);
}

/**
 * Builds an excerpt of about `length` words around the densest matches. `locations` are Pagefind's word
 * positions of the matches; those in the index-only part are replaced by the page's own words that contain
 * a query word. Without any match the excerpt starts at the beginning of the page.
 */
export function buildExcerpt(content: string, locations: readonly number[], query: string, length = 30): Segment[] {
  const all = content.split(WORD_SEPARATORS);
  const markAt = all.findIndex((w) => w.startsWith(INDEX_ONLY_MARK));
  const words = markAt === -1 ? all : all.slice(0, markAt);
  const marked = new Set(locations.filter((l) => l < words.length));
  if (markAt !== -1 || marked.size === 0) {
    const q = queryWords(query);
    if (q.length > 0) words.forEach((w, i) => { if (q.some((qw) => fold(w).includes(qw))) marked.add(i); });
  }
  let start = 0;
  if (marked.size > 0 && words.length > length) {
    // The window with the most matches; among equals the earliest.
    let bestCount = -1;
    const positions = [...marked].sort((a, b) => a - b);
    for (const p of positions) {
      const from = Math.max(0, Math.min(p - Math.floor(length / 3), words.length - length));
      const count = positions.filter((x) => x >= from && x < from + length).length;
      if (count > bestCount) {
        bestCount = count;
        start = from;
      }
    }
  }
  const end = Math.min(words.length, start + length);
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments[segments.length - 1];
    if (last && last.mark === mark && !mark) last.text += text;
    else segments.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    const word = words[i]!;
    if (i > start) push(' ', false);
    if (marked.has(i)) {
      // Keep punctuation around the word outside the highlight.
      const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
      if (m[1]) push(m[1], false);
      push(m[2]!, true);
      if (m[3]) push(m[3], false);
    } else {
      push(word, false);
    }
  }
  if (end < words.length) push(' …', false);
  return segments;
}

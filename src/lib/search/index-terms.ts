/**
 * The terms the search index gets beyond a page's own words: the parts of its compounds (compounds.ts), the
 * ASCII transcription of umlauts and ß ("Gewerbeflaechen"; "Gewerbeflachen" Pagefind matches itself) and
 * both readings of words with letters in brackets. They go into the search index only; they are never shown
 * or read aloud. Pure functions, no I/O.
 */
import { splitCompound, words } from './compounds.ts';

/**
 * ASCII spellings of a word with umlauts or ß: the transcription (ä → ae, ß → ss) and, with `plain`, the
 * plain letter (ä → a). Empty for words that are ASCII already. The index needs only the transcription:
 * Pagefind itself matches "a" with "ä" (diacritics are normalised when searching).
 */
export function asciiVariants(word: string, { plain = false } = {}): string[] {
  if (!/[äöüß]/.test(word)) return [];
  const transcribed = word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  if (!plain) return [transcribed];
  const plainLetters = word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
  return [...new Set([transcribed, plainLetters])];
}

/** "L(i)ebenswerte" → ["lebenswerte", "liebenswerte"]: both readings of a word with letters in brackets. */
export function bracketVariants(text: string): string[] {
  const variants = new Set<string>();
  const lower = text.toLocaleLowerCase('de-DE');
  // The letters before "(" are found by walking back, not by a leading \p{L}* in the pattern: that made the
  // engine retry every letter of every word (quadratic; the largest item of the index terms at 2,500 measures).
  // They are the letter run just before "(", but never letters an earlier match already took.
  let taken = 0;
  for (const m of lower.matchAll(/\((\p{L}+)\)(\p{L}+)/gu)) {
    let start = m.index;
    for (;;) {
      const unit = lower.charCodeAt(start - 1);
      const width = unit >= 0xdc00 && unit <= 0xdfff && start - 2 >= taken ? 2 : 1;
      if (start - width < taken || !LETTER.test(lower.slice(start - width, start))) break;
      start -= width;
    }
    const prefix = lower.slice(start, m.index);
    variants.add(`${prefix}${m[2]}`);
    variants.add(`${prefix}${m[1]}${m[2]}`);
    taken = m.index + m[0].length;
  }
  return [...variants];
}

const LETTER = /^\p{L}$/u;

/**
 * Every term a compound adds to the index: its parts, the parts of the parts (recursively), and the ASCII
 * spellings of the word and of all parts. The word itself is not included (it is in the text already).
 */
export function compoundTerms(word: string, vocabulary: ReadonlySet<string>): string[] {
  const w = word.toLocaleLowerCase('de-DE');
  const terms = new Set<string>(asciiVariants(w));
  const visit = (part: string, depth: number) => {
    const parts = splitCompound(part, vocabulary);
    if (!parts) return;
    for (const p of parts) {
      terms.add(p);
      for (const v of asciiVariants(p)) terms.add(v);
      if (depth < 3) visit(p, depth + 1);
    }
  };
  visit(w, 0);
  terms.delete(w);
  return [...terms];
}

/**
 * Index-only terms for texts: compound parts and ASCII spellings of all their words, without the words a
 * text already contains. Sorted, so the index is the same on every build. The returned function memoises
 * `compoundTerms` per word: the same words recur on thousands of pages (at 10,000 measures the index build
 * spent 18 s splitting them again on every page, ~2 s memoised). Use one function per vocabulary.
 */
export function createIndexTerms(vocabulary: ReadonlySet<string>): (text: string) => string[] {
  const memo = new Map<string, string[]>();
  const compound = (word: string): string[] => {
    let terms = memo.get(word);
    if (!terms) memo.set(word, (terms = compoundTerms(word, vocabulary)));
    return terms;
  };
  return (text) => {
    const own = new Set(words(text));
    const extra = new Set<string>();
    for (const variant of bracketVariants(text)) {
      if (!own.has(variant)) extra.add(variant);
      for (const term of compound(variant)) if (!own.has(term)) extra.add(term);
    }
    for (const word of own) for (const term of compound(word)) if (!own.has(term)) extra.add(term);
    // Pagefind matches the beginning of words, so a term that begins another word of the page adds nothing
    // ("gewerbeflächen" next to "gewerbeflächenmarketing"); leaving it out keeps the index small.
    const all = [...own, ...extra].sort();
    const position = new Map<string, number>();
    all.forEach((term, i) => {
      if (!position.has(term)) position.set(term, i);
    });
    const isPrefix = (term: string) => {
      const i = position.get(term) ?? -1;
      return i + 1 < all.length && all[i + 1]!.startsWith(term) && all[i + 1] !== term;
    };
    return [...extra].filter((t) => !isPrefix(t)).sort();
  };
}

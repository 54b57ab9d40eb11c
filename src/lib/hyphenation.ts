/**
 * Where German hyphenation allows a break in a word: Liang's patterns for the reformed spelling (hyph-de-1996
 * of TeX's hyph-utf8, via the `hyphen` package), which know syllables and the seams of compounds alike, plus
 * the stems below and one rule: no piece without a vowel. Used for the soft hyphens of the pages
 * (src/lib/typography.ts) and to check the seams the search finds in compounds (src/lib/search/compounds.ts).
 * A word's breaks depend on nothing but the word (docs/decisions/0016). Pure, no I/O.
 */
import patterns from 'hyphen/de-1996/index.js';

/**
 * Word stems the patterns divide wrongly, as a dictionary divides them; they hold inside longer words too
 * ("Projektagenturen", "Projektagenda"). Found by reading every hyphenated word of the site (patterns:
 * "Projekta-gentur").
 */
export const STEM_EXCEPTIONS: readonly string[] = ['pro-jekt-agen'];

const VOWEL = /[aeiouyäöüéèáàâêîôû]/iu;
/** The soft hyphen (U+00AD): the patterns mark breaks with it, and the pages carry it (src/lib/typography.ts). */
export const SOFT_HYPHEN = '\u00ad';

const { hyphenateSync } = patterns;

/** Positions (letters before the break) where the patterns allow a break in `word`. */
function patternBreaks(word: string): number[] {
  const pieces = hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 4 }).split(SOFT_HYPHEN);
  // The pieces must give back the word itself: anything else (a pattern file that changed letters) is not used.
  if (pieces.join('') !== word) return [];
  const breaks: number[] = [];
  let at = 0;
  for (const piece of pieces.slice(0, -1)) breaks.push((at += piece.length));
  return breaks;
}

/**
 * The positions in `word` (number of letters before each break, ascending) where a line may break: the
 * patterns, then the stems above; a piece without a vowel joins the piece after it (the last one, the piece
 * before): "Fachkräf-t-einitiative" → "Fach-kräf-te-initiative".
 */
export function breakPoints(word: string): number[] {
  let breaks = patternBreaks(word);
  const lower = word.toLocaleLowerCase('de-DE');
  if (lower.length === word.length) {
    for (const stem of STEM_EXCEPTIONS) {
      const plain = stem.replaceAll('-', '');
      for (let from = lower.indexOf(plain); from >= 0; from = lower.indexOf(plain, from + 1)) {
        const inside = (b: number) => b > from && b < from + plain.length;
        const own: number[] = [];
        let at = from;
        for (const piece of stem.split('-').slice(0, -1)) own.push((at += piece.length));
        breaks = [...breaks.filter((b) => !inside(b)), ...own].sort((a, b) => a - b);
      }
    }
  }
  const kept: number[] = [];
  let from = 0;
  for (const b of breaks) {
    // A break is kept only when the piece before it has a vowel; otherwise that piece runs on into the next.
    if (!VOWEL.test(word.slice(from, b))) continue;
    kept.push(b);
    from = b;
  }
  if (!VOWEL.test(word.slice(from))) kept.pop();
  return kept;
}

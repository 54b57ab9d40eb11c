/**
 * German compound words for the search index. Pagefind stems German but does not split compounds, so
 * "Marketing" would not find "Gewerbeflächenmarketing". This module splits words into parts that the site
 * itself uses (its vocabulary), allowing the German linking elements (Fugenelemente: -s-, -n-, -en-, -es-,
 * -e-, -er-), and adds the ASCII transcription of umlauts and ß ("Gewerbeflaechen"; "Gewerbeflachen" Pagefind matches itself).
 * The terms it returns go into the search index only; they are never shown or read aloud.
 * Pure functions, no I/O.
 */

/** Linking elements between the parts of a compound, longest first. */
export const LINKING_ELEMENTS = ['ens', 'es', 'en', 'er', 's', 'n', 'e'] as const;

/** Function words that must never count as a part of a compound ("Unter|nehmen" is not about "unter"). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bis da dabei dafür damit dann ' +
    'darum das dass dem den denen der des dessen die dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen ' +
    'einer eines er es für gegen hat hier hin hinter ihr ihre im in ins ist ja je jede jedem jeden jeder jedes kein keine man mehr ' +
    'mit nach neben nicht noch nur ob oder ohne sehr sein seine sich sie sind so soll sollen sowie über um und uns unter vom von ' +
    'vor war was weg wegen weil wenn wer wie wieder will wir wird wo zu zum zur zwischen ' +
    // prefixes that stand alone only in truncated pairs like „Ver- und Entsorgung“
    'ver ent zer ab'
  ).split(' '),
);

/** Shortest part of a compound that counts (shorter ones cause nonsense splits). */
export const MIN_PART = 3;
/** Words shorter than this are never split. */
export const MIN_COMPOUND = 7;

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words of a text; hyphenated words come apart ("Glas- und Keramik…" → "glas", "und", …). */
export function words(text: string): string[] {
  return (text.toLocaleLowerCase('de-DE').match(WORD) ?? []).filter((w) => /\p{L}/u.test(w));
}

/** A vocabulary of the site's own words (lower case, letters only, no function words). */
export function buildVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (word.length >= MIN_PART && !STOPWORDS.has(word) && /^\p{L}+$/u.test(word)) vocabulary.add(word);
    }
  }
  return vocabulary;
}

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

/** Word endings that are never a part of their own, even when the rest of the word is known ("Partner|schaft"). */
export const NOT_A_PART: ReadonlySet<string> = new Set(
  (
    'schaft schaften ungen heiten keiten liche lichen licher lichem liches ische ischen ischer isches ierung ierungen ' +
    'ation ationen tionen ismus nisse nissen ender enden endes igung igungen ' +
    // beginnings of participles ("vorge|sehen", "ausge|wählte")
    'ausge einge vorge abge zuge ange aufge umge nachge herge hinge durchge'
  ).split(' '),
);

/** Shortest part that may be unknown to the vocabulary (one per word, next to known parts of 5+ letters). */
export const MIN_UNKNOWN_PART = 5;

interface Split {
  parts: string[];
  /** Number of parts not in the vocabulary (0 or 1), and their letters. */
  unknown: number;
  unknownLetters: number;
  /** Letters in linking elements: fewer is better. */
  cost: number;
}

function better(a: Split | undefined, b: Split): boolean {
  if (!a) return true;
  if (b.unknown !== a.unknown) return b.unknown < a.unknown;
  if (b.parts.length !== a.parts.length) return b.parts.length < a.parts.length;
  // Fewest letters outside known parts; then no linking letters taken from an unknown part.
  const loose = (s: Split) => s.unknownLetters + s.cost;
  if (loose(b) !== loose(a)) return loose(b) < loose(a);
  return b.cost < a.cost;
}

/**
 * Splits a word into parts: "wirtschaftsförderung" → ["wirtschaft", "förderung"], "gewerbeflächenmarketing"
 * → ["gewerbeflächen", "marketing"] (the fewest parts; `compoundTerms` adds the parts of the parts).
 * Parts are words of the site's vocabulary; between them a linking element may stand. With `allowUnknown`,
 * one part may be a word the site never uses alone (at least 5 letters, no mere ending like "-schaft"), when
 * all other parts are known words of at least 5 letters: "technologietransfer" → ["technologie", "transfer"].
 * Returns undefined when the word is not a compound.
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>, { allowUnknown = true } = {}): string[] | undefined {
  const w = word.toLocaleLowerCase('de-DE');
  if (w.length < MIN_COMPOUND || !/^\p{L}+$/u.test(w)) return undefined;
  const known = (part: string) => part.length >= MIN_PART && part !== w && vocabulary.has(part) && !STOPWORDS.has(part);
  // An unknown part must not be a mere ending, not even with a letter taken as linking element ("partner|s|chaft").
  const isEnding = (i: number, j: number) => [...NOT_A_PART].some((e) => e.length >= j - i && i - (e.length - (j - i)) >= 0 && w.slice(i - (e.length - (j - i)), j) === e);
  const unknownOk = (part: string, i: number, j: number) => allowUnknown && part.length >= MIN_UNKNOWN_PART && !STOPWORDS.has(part) && !isEnding(i, j);
  // best[i]: best split of w.slice(i) (suffix dynamic programming).
  const best: (Split | undefined)[] = new Array(w.length + 1).fill(undefined);
  best[w.length] = { parts: [], unknown: 0, unknownLetters: 0, cost: 0 };
  for (let i = w.length - MIN_PART; i >= 0; i--) {
    for (let j = w.length; j >= i + MIN_PART; j--) {
      const part = w.slice(i, j);
      if (part === w) continue;
      const isKnown = known(part);
      if (!isKnown && !unknownOk(part, i, j)) continue;
      // A part may be followed by a linking element, unless it is the last part.
      for (const gap of j === w.length ? [''] : ['', ...LINKING_ELEMENTS]) {
        if (!w.startsWith(gap, j)) continue;
        const next = j + gap.length;
        const rest = best[next];
        if (!rest || (next === w.length && gap !== '')) continue;
        const unknown = rest.unknown + (isKnown ? 0 : 1);
        if (unknown > 1) continue;
        const parts = [part, ...rest.parts];
        if (unknown === 1 && parts.some((p) => p.length < MIN_UNKNOWN_PART)) continue;
        const candidate = { parts, unknown, unknownLetters: rest.unknownLetters + (isKnown ? 0 : part.length), cost: gap.length + rest.cost };
        if (better(best[i], candidate)) best[i] = candidate;
      }
    }
  }
  const split = best[0];
  return split && split.parts.length >= 2 ? split.parts : undefined;
}

/**
 * The vocabulary plus the parts that the site uses only inside compounds, learnt from compounds whose other
 * parts are known: "Wissenstransfer" teaches "transfer", which then splits "Technologietransfer".
 */
export function learnParts(vocabulary: ReadonlySet<string>): Set<string> {
  const learnt = new Set(vocabulary);
  for (const word of vocabulary) {
    for (const part of splitCompound(word, vocabulary) ?? []) if (!vocabulary.has(part)) learnt.add(part);
  }
  return learnt;
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

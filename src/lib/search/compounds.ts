/**
 * German compound words for the search index. Pagefind stems German but does not split compounds, so
 * "Marketing" would not find "Gewerbeflächenmarketing". This module splits words into parts that the site
 * itself uses (its vocabulary), allowing the German linking elements (Fugenelemente: -s-, -n-, -en-, -es-,
 * -e-, -er-). What goes into the index from the parts: index-terms.ts.
 * Pure functions, no I/O.
 */
import { breakPoints } from '../hyphenation.ts';

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

/** Word endings that are never a part of their own, even when the rest of the word is known ("Partner|schaft"). */
export const NOT_A_PART: ReadonlySet<string> = new Set(
  (
    'schaft schaften ungen heiten keiten liche lichen licher lichem liches ische ischen ischer isches ierung ierungen ' +
    'ation ationen tionen ismus nisse nissen ender enden endes igung igungen ' +
    // verb endings ("interess|ieren" once "position|ieren" had taught "ieren"); adverbs in -erweise ("möglicher|weise")
    'ieren iert ierte ierten iertes ierter ierend erweise ' +
    // beginnings of participles ("vorge|sehen", "ausge|wählte")
    'ausge einge vorge abge zuge ange aufge umge nachge herge hinge durchge'
  ).split(' '),
);

/**
 * Endings after which German links with -s- ("Wirtschaft|s|standort", "Aktion|s|reihe"): an "s"
 * after such a part is the linking element, never the first letter of the next part, also when that part is
 * unknown ("Wirtschaft|sstandort" split the word before its linking s, "Wirtschaft­sstandort").
 */
const ALWAYS_LINKED_BY_S = /(?:ung|heit|keit|schaft|ion|tät|ling|tum)$/u;

/** Shortest part that may be unknown to the vocabulary (one per word, next to known parts of 5+ letters). */
export const MIN_UNKNOWN_PART = 5;

/**
 * How a German word (or a loan word in German text) can begin: a vowel, one consonant, or a consonant cluster
 * that begins words. An unknown part that begins otherwise is a known part's tail: "mögliche|rweise" (for
 * "möglich|er|weise"), "Erfolg|skriterien" (for "Erfolg|s|kriterien"). The rare loan-word onsets sk, sl, sm, sn,
 * sw, sz are left out: after a part, an "s" before them is nearly always the linking element.
 */
const WORD_ONSET = /^(?:[aeiouyäöü]|[b-df-hj-np-tv-zß][aeiouyäöüh]|bl|br|cl|cr|dr|fl|fr|gl|gn|gr|kl|kn|kr|pf|pl|pr|ps|qu|sch|sp|st|tr|tw|vl|wr|zw)/u;

interface Split {
  parts: string[];
  /** Number of parts not in the vocabulary (0 or 1), and their letters. */
  unknown: number;
  unknownLetters: number;
  /** Letters in linking elements: fewer is better. */
  cost: number;
  /** Whether the unknown part begins with a known word of 5+ letters ("mittelher|steller" beside "mittel|hersteller"). */
  coarse: boolean;
}

function better(a: Split | undefined, b: Split): boolean {
  if (!a) return true;
  if (b.unknown !== a.unknown) return b.unknown < a.unknown;
  if (b.parts.length !== a.parts.length) return b.parts.length < a.parts.length;
  if (b.coarse !== a.coarse) return !b.coarse;
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
  const unknownOk = (part: string, i: number, j: number) => allowUnknown && part.length >= MIN_UNKNOWN_PART && !STOPWORDS.has(part) && WORD_ONSET.test(part) && !isEnding(i, j);
  // An unknown part begins and ends where German hyphenation may break the word (src/lib/hyphenation.ts):
  // "Verkehr|s|anbindung", not "Verkehr|sanbindung"; "Glas|herstellung", not "Glash|erstellung".
  let breaks: ReadonlySet<number> | undefined;
  const onBreak = (at: number) => at === 0 || at === w.length || (breaks ??= new Set(breakPoints(w))).has(at);
  // best[i]: best split of w.slice(i) (suffix dynamic programming).
  const best: (Split | undefined)[] = new Array(w.length + 1).fill(undefined);
  best[w.length] = { parts: [], unknown: 0, unknownLetters: 0, cost: 0, coarse: false };
  // Length of the shortest known word of 5+ letters that begins at each position (Infinity: none), found once.
  const shortestKnown: number[] = [];
  const beginsKnown = (i: number, j: number) => {
    if (shortestKnown[i] === undefined) {
      shortestKnown[i] = Infinity;
      for (let k = MIN_UNKNOWN_PART; i + k < w.length; k++) {
        if (known(w.slice(i, i + k))) {
          shortestKnown[i] = k;
          break;
        }
      }
    }
    return (shortestKnown[i] as number) < j - i;
  };
  for (let i = w.length - MIN_PART; i >= 0; i--) {
    for (let j = w.length; j >= i + MIN_PART; j--) {
      const part = w.slice(i, j);
      if (part === w) continue;
      const isKnown = known(part);
      if (!isKnown && !unknownOk(part, i, j)) continue;
      // A part may be followed by a linking element, unless it is the last part.
      for (const gap of j === w.length ? [''] : ['', ...LINKING_ELEMENTS]) {
        if (!w.startsWith(gap, j)) continue;
        if (gap === '' && w[j] === 's' && ALWAYS_LINKED_BY_S.test(part)) continue;
        const next = j + gap.length;
        const rest = best[next];
        if (!rest || (next === w.length && gap !== '')) continue;
        if (!isKnown && !(onBreak(i) && onBreak(next))) continue;
        const unknown = rest.unknown + (isKnown ? 0 : 1);
        if (unknown > 1) continue;
        const parts = [part, ...rest.parts];
        if (unknown === 1 && parts.some((p) => p.length < MIN_UNKNOWN_PART)) continue;
        const coarse = rest.coarse || (!isKnown && beginsKnown(i, j));
        const candidate = { parts, unknown, unknownLetters: rest.unknownLetters + (isKnown ? 0 : part.length), cost: gap.length + rest.cost, coarse };
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
  const learnt = new Set<string>();
  for (const word of vocabulary) {
    for (const part of splitCompound(word, vocabulary) ?? []) if (!vocabulary.has(part)) learnt.add(part);
  }
  // A learnt part that is a compound of the other known and learnt parts teaches those instead: "Lebens|
  // mittelhersteller" teaches "hersteller" ("mittel" is learnt from "Mittel|sachsen"), not "mittelhersteller",
  // which, once known, kept "hersteller" from every word that has it. Each part is split against the same set,
  // so the result does not depend on the order of the words.
  const all = new Set([...vocabulary, ...learnt]);
  const result = new Set(vocabulary);
  for (const part of learnt) {
    all.delete(part);
    for (const inner of splitCompound(part, all) ?? [part]) result.add(inner);
    all.add(part);
  }
  return result;
}

/**
 * Render-time typography for the visible HTML of a page (never for <title>, meta tags, JSON-LD, the search
 * index or share images, which are built from the data, not from this HTML):
 * - amounts ("1.683.655,42 €") are wrapped in <span class="amount">, which the stylesheet keeps on one line;
 * - long German compounds get soft hyphens (U+00AD) at the boundaries of their parts, so they break at a
 *   visible hyphen in every browser, with or without a hyphenation dictionary (Debian's Chromium has none);
 *   on a 320 px phone even running text and table cells need that, not only headings and tiles.
 * Works on the HTML string with a small tokenizer: text inside tags' attributes, scripts, styles, SVG, code
 * and form fields is left alone.
 */
import { LINKING_ELEMENTS, splitCompound } from './search/compounds.ts';

export const SOFT_HYPHEN = '\u00ad';

/** Amounts as formatEuro writes them, and as editors type them (normal space, "Mio."). */
const AMOUNT = /\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?(?:[\u00a0 ](?:Mio|Mrd|Tsd)\.)?[\u00a0 ](?:€|Euro\b)/gu;

/** Elements whose text is never touched. */
const SKIP = new Set(['script', 'style', 'svg', 'code', 'pre', 'textarea', 'template', 'kbd', 'samp', 'select', 'option', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Words shorter than this are never hyphenated: they fit any line. */
const MIN_HYPHENATE = 12;
/** Parts of a compound are split again from this length on. */
const MIN_PART_HYPHENATE = 10;

/**
 * The word with soft hyphens at its compound boundaries, after a linking element ("Wirtschafts­förderung",
 * "Gewerbe­flächen­marketing"); unchanged when it is not a compound of the site's vocabulary.
 */
export function hyphenateWord(word: string, vocabulary: ReadonlySet<string>, minLength = MIN_HYPHENATE): string {
  if (word.length < minLength) return word;
  const parts = splitCompound(word, vocabulary);
  if (!parts) return word;
  const lower = word.toLocaleLowerCase('de-DE');
  // Each cut with the end of the part before it (before its linking element).
  const cuts: { at: number; partEnd: number }[] = [];
  let pos = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    pos += (parts[i] ?? '').length;
    const partEnd = pos;
    const next = parts[i + 1] ?? '';
    const gap = ['', ...LINKING_ELEMENTS].find((g) => lower.startsWith(g + next, pos));
    if (gap === undefined) return word;
    pos += gap.length;
    cuts.push({ at: pos, partEnd });
  }
  // Lower-casing can change lengths (rarely: "İ"); then the positions are not trustworthy.
  if (lower.length !== word.length) return word;
  const pieces: string[] = [];
  let from = 0;
  for (const { at, partEnd } of [...cuts, { at: word.length, partEnd: word.length }]) {
    if (at < word.length && (at < 3 || word.length - at < 3)) continue;
    // Parts that are compounds themselves are split too ("Gewerbe­flächen­marketing"), without their linking
    // element: "Mobilität|s" is not split as "Mobil|itäts".
    const part = word.slice(from, partEnd);
    pieces.push((part.length >= MIN_PART_HYPHENATE ? hyphenateWord(part, vocabulary, MIN_PART_HYPHENATE) : part) + word.slice(partEnd, at));
    from = at;
  }
  return pieces.join(SOFT_HYPHEN);
}

/**
 * Soft hyphens in every long word of a text (words joined by a hyphen are handled part by part). `onWord`
 * hears each word looked up: the text depends on the vocabulary only through those words (the incremental
 * build keys pages on them, src/lib/io/hyphenation-record.ts).
 */
export function hyphenateText(text: string, vocabulary: ReadonlySet<string>, onWord?: (word: string) => void): string {
  let memo = hyphenated.get(vocabulary);
  if (!memo) hyphenated.set(vocabulary, (memo = new Map()));
  const known = memo;
  return text.replace(/\p{L}{12,}/gu, (word) => {
    onWord?.(word);
    let result = known.get(word);
    if (result === undefined) known.set(word, (result = hyphenateWord(word, vocabulary)));
    return result;
  });
}

/**
 * Every page of a build repeats the same long words (field titles, navigation, region names): each is split
 * once per vocabulary. A vocabulary is a build's finished set (never changed after it is made), so a result
 * stays right for as long as the set lives.
 */
const hyphenated = new WeakMap<ReadonlySet<string>, Map<string, string>>();

interface Open {
  name: string;
  skip: boolean;
}

/**
 * Comments, raw-text elements whole (group 1), tags (groups 2: "/" of a closing tag, 3: name), text, a stray "<".
 * A tag runs to the first ">" outside quotes: content text in an attribute may hold ">" (a title in
 * `data-pagefind-meta`, the search page's filter map), and the rest of the attribute must not be typeset as text.
 */
const TOKEN = /<!--[\s\S]*?-->|<(script|style|textarea)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;

/** Where the element opened just before `from` ends (after its balanced closing tag), or the end of the text. */
function closingEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  let t: RegExpExecArray | null;
  while ((t = tags.exec(html))) {
    if (t[0].endsWith('/>')) continue;
    depth += t[1] ? -1 : 1;
    if (depth === 0) return t.index + t[0].length;
  }
  return html.length;
}

/**
 * Applies amounts and soft hyphens to an HTML fragment (see the module comment). Runs over every page's whole
 * content (10,000 measures: 14,000 pages), so the markup is not copied token by token: only the text that
 * changes is spliced in between unchanged slices of the input.
 */
export function typeset(html: string, vocabulary: ReadonlySet<string>, onWord?: (word: string) => void): string {
  const stack: Open[] = [];
  let out = '';
  let copied = 0;
  const tokens = new RegExp(TOKEN.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = tokens.exec(html))) {
    const token = match[0];
    if (token.charCodeAt(0) === 60 /* < */) {
      const name = match[3]?.toLowerCase();
      // Comments, raw-text elements and a stray "<" are copied as they are.
      if (name === undefined) continue;
      if (match[2]) {
        for (let at = stack.length - 1; at >= 0; at--) {
          if (stack[at]!.name === name) {
            stack.length = at;
            break;
          }
        }
        continue;
      }
      if (token.endsWith('/>')) continue;
      // A chart is most of a page's markup and none of its text is touched: skipped whole instead of tag by tag.
      if (name === 'svg') {
        tokens.lastIndex = closingEnd(html, 'svg', tokens.lastIndex);
        continue;
      }
      if (VOID.has(name)) continue;
      const parent = stack[stack.length - 1];
      const noHyphens = token.includes('no-hyphens') && /\bno-hyphens\b/.test(/\bclass="([^"]*)"/.exec(token)?.[1] ?? '');
      stack.push({ name, skip: (parent?.skip ?? false) || SKIP.has(name) || noHyphens });
      continue;
    }
    if (stack[stack.length - 1]?.skip) continue;
    let text = hyphenateText(token, vocabulary, onWord);
    if (text.includes('€') || text.includes('Euro')) text = text.replace(AMOUNT, (amount) => `<span class="amount">${amount}</span>`);
    if (text === token) continue;
    out += html.slice(copied, match.index) + text;
    copied = tokens.lastIndex;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

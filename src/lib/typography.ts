/**
 * Render-time typography for the visible HTML of a page (never for <title>, meta tags, JSON-LD, the search
 * index or share images, which are built from the data, not from this HTML):
 * - amounts ("1.683.655,42 €") are wrapped in <span class="amount">, which the stylesheet keeps on one line;
 * - long words get soft hyphens (U+00AD) where German hyphenation allows a break, so they break at a visible
 *   hyphen in every browser, with or without a hyphenation dictionary of its own (Debian's Chromium has none);
 *   on a 320 px phone even running text and table cells need that, not only headings and tiles.
 * Works on the HTML string with a small tokenizer: text inside tags' attributes, scripts, styles, SVG, code
 * and form fields is left alone.
 */
import { breakPoints, SOFT_HYPHEN } from './hyphenation.ts';

export { SOFT_HYPHEN };

/** Amounts as formatEuro writes them, and as editors type them (normal space, "Mio."). */
const AMOUNT = /\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?(?:[\u00a0 ](?:Mio|Mrd|Tsd)\.)?[\u00a0 ](?:€|Euro\b)/gu;

/** Elements whose text is never touched; a citation (`cite`) is copied as it stands, without soft hyphens. */
const SKIP = new Set(['script', 'style', 'svg', 'code', 'pre', 'textarea', 'template', 'kbd', 'samp', 'select', 'option', 'title', 'cite']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Words shorter than this are never hyphenated: they fit any line. */
const MIN_HYPHENATE = 12;
/** Fewest letters a break leaves on either line ("Al-ternativen" and "Regionalbudge-ts" are not worth it). */
const MIN_PIECE = 3;

/**
 * The word with soft hyphens where German hyphenation allows a break ("Wirt­schafts­för­de­rung",
 * "Ver­kehrs­an­bin­dung"; src/lib/hyphenation.ts), leaving at least three letters on either line. Unchanged
 * when shorter than 12 letters.
 */
export function hyphenateWord(word: string): string {
  if (word.length < MIN_HYPHENATE) return word;
  let out = '';
  let from = 0;
  for (const at of breakPoints(word)) {
    if (at < MIN_PIECE || word.length - at < MIN_PIECE) continue;
    out += word.slice(from, at) + SOFT_HYPHEN;
    from = at;
  }
  return out + word.slice(from);
}

/**
 * Web and e-mail addresses in text (group 1), else a long word (group 2). An address keeps its letters as they
 * are: one copied with a soft hyphen in it no longer works.
 */
const ADDRESS_OR_WORD = /((?:[a-z][a-z\d+.-]*:\/\/|www\.)[^\s<>"]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)|(\p{L}{12,})/giu;
/** The same for text without addresses (group 1 always empty). */
const WORD = /()(\p{L}{12,})/gu;

/**
 * Soft hyphens in every long word of a text (words joined by a hyphen are handled part by part), not in
 * addresses. Every page of a build repeats the same long words (field titles, navigation, region names): each is
 * hyphenated once.
 */
export function hyphenateText(text: string): string {
  // Most text holds no address: then the plain word pattern, which is faster.
  const pattern = text.includes('@') || text.includes('//') || text.includes('www.') ? ADDRESS_OR_WORD : WORD;
  return text.replace(pattern, (match, address: string | undefined, word: string) => {
    if (address) return match;
    let result = hyphenated.get(word);
    if (result === undefined) hyphenated.set(word, (result = hyphenateWord(word)));
    return result;
  });
}

const hyphenated = new Map<string, string>();

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
export function typeset(html: string): string {
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
    let text = hyphenateText(token);
    if (text.includes('€') || text.includes('Euro')) text = text.replace(AMOUNT, (amount) => `<span class="amount">${amount}</span>`);
    if (text === token) continue;
    out += html.slice(copied, match.index) + text;
    copied = tokens.lastIndex;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/**
 * Reading built pages for the search index: the text of the indexed part of a page (`data-pagefind-body`)
 * and its main heading, and adding index-only terms to the HTML in memory. Pure string functions; the
 * built pages are our own, compact HTML, so a small scanner is enough (no HTML parser dependency).
 */
import { escapeXml } from '../escape.ts';
import { decodeEntities } from '../html-entities.ts';

/** Marks the start of the index-only terms in a page's indexed text; the search page cuts excerpts there. */
export const INDEX_ONLY_MARK = '⁂';

/** A start tag with its attributes; quoted values may hold `<` and `>` (Astro escapes only `&` and quotes there). */
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?|\s*\/)*\s*>/g;

/**
 * A quoted attribute value that holds `<` or `>` (` name="…<…"`); may also match odd text, which only costs
 * time. The name keeps `'sha256-…='` inside a Content-Security-Policy value from looking like an attribute.
 */
const ATTRIBUTE_MARKUP = /\s[^\s"'<>/=]+\s*=\s*(?:"[^"]*[<>]|'[^']*[<>])/;

/**
 * The same HTML with `<` and `>` inside attribute values written as entities. Text from content files can put
 * `'><svg …>` into an attribute (a title in <meta content>); the small scanners here and in the checks over the
 * build would take that for a tag and cut the page. The browser reads the values unchanged.
 */
export function maskAttributeMarkup(html: string): string {
  // Fast path: without a quoted value that holds `<` or `>` there is nothing to mask (most pages; scanning
  // every start tag took half the preparation of the search index).
  if (!ATTRIBUTE_MARKUP.test(html)) return html;
  return html.replace(START_TAG, (tag) => (/[<>]/.test(tag.slice(1, -1)) ? tag.replace(/"[^"]*"|'[^']*'/g, (value) => value.replace(/</g, '&lt;').replace(/>/g, '&gt;')) : tag));
}

/**
 * Text of an HTML fragment as the search index sees it: tags become spaces; scripts, styles and SVG charts
 * (their labels are shortened and repeat the tables) vanish; entities are decoded; soft hyphens are left out
 * (a word with a hyphenation hint is still one word to search).
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<script[\s\S]*?<\/script>/gi, ' ')
      .replace(/<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<svg[\s\S]*?<\/svg>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The inner HTML of every `<div data-pagefind-body>` of a page (div nesting is balanced in our output). */
export function indexedRegions(html: string): string[] {
  const regions: string[] = [];
  const open = /<div\b[^>]*\bdata-pagefind-body\b[^>]*>/gi;
  let match: RegExpExecArray | null;
  while ((match = open.exec(html))) {
    const start = match.index + match[0].length;
    const tag = /<(\/?)div\b[^>]*>/gi;
    tag.lastIndex = start;
    let depth = 1;
    let end = html.length;
    let t: RegExpExecArray | null;
    while ((t = tag.exec(html))) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    regions.push(html.slice(start, end));
    open.lastIndex = end;
  }
  return regions;
}

/** The text Pagefind indexes for a page (empty when the page has no `data-pagefind-body`). */
export function indexedText(html: string): string {
  return indexedRegions(html).map(htmlToText).join(' ').trim();
}

/** Text of the first `<h1>` inside the indexed part. */
export function mainHeading(html: string): string {
  for (const region of indexedRegions(html)) {
    const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(region);
    if (h1) return htmlToText(h1[1]!);
  }
  return '';
}

/**
 * Removes every element whose opening tag matches `openTag` (with everything inside it; nesting of the same
 * tag is balanced). For leaving page furniture out of the index: chart data, citation, short link, press kit.
 */
export function removeElements(html: string, openTag: RegExp): string {
  const pattern = new RegExp(openTag.source, openTag.flags.includes('g') ? openTag.flags : `${openTag.flags}g`);
  let out = '';
  let from = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(html))) {
    const name = /^<([a-z][a-z0-9-]*)/i.exec(match[0])?.[1];
    if (!name) continue;
    const tag = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tag.lastIndex = match.index + match[0].length;
    let depth = /\/>$/.test(match[0]) ? 0 : 1;
    let end = tag.lastIndex;
    let t: RegExpExecArray | null;
    while (depth > 0 && (t = tag.exec(html))) {
      if (!t[0].endsWith('/>')) depth += t[1] ? -1 : 1;
      end = t.index + t[0].length;
    }
    if (depth > 0) end = html.length;
    out += html.slice(from, match.index);
    from = end;
    pattern.lastIndex = end;
  }
  return out + html.slice(from);
}

export interface IndexOnlyGroup {
  /** Pagefind weight of these terms (0–10; body text is 1, an h1 is 7). */
  weight: number;
  terms: string[];
}

/**
 * The page's HTML with an extra indexed block before `</body>`: the mark, then each group of terms with its
 * weight. Only used in memory for indexing; the shipped page never contains it.
 */
export function withIndexOnlyTerms(html: string, groups: IndexOnlyGroup[], extraAttributes: string[] = []): string {
  const used = groups.filter((g) => g.terms.length > 0);
  if (used.length === 0 && extraAttributes.length === 0) return html;
  const block =
    `<div data-pagefind-body>${extraAttributes.join('')}` +
    (used.length > 0 ? `<p>${INDEX_ONLY_MARK}</p>` + used.map((g) => `<p data-pagefind-weight="${g.weight}">${escapeXml(g.terms.join(' '))}</p>`).join('') : '') +
    `</div>`;
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + block : html.slice(0, at) + block + html.slice(at);
}

/**
 * The one decoder of HTML/XML character references: for the text of built pages (search index), for
 * attribute values in the checks over the build, and for URLs in content that the safety check reads as a
 * browser would.
 */

/** The named references our pages use, and those that can hide a URL scheme (`java&Tab;script&colon;`). */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  colon: ':',
  tab: '\t',
  newline: '\n',
  lpar: '(',
  rpar: ')',
  sol: '/',
  period: '.',
};

const STRICT = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
/** Browsers also decode a reference without its closing semicolon in many places. */
const LENIENT = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi;

/**
 * `text` with its character references decoded; unknown names and numbers that are no character stay as written.
 * `withoutSemicolon` decodes like a browser reading an attribute, for checks that must not be fooled by `&#106`.
 */
export function decodeEntities(text: string, options: { withoutSemicolon?: boolean } = {}): string {
  return text.replace(options.withoutSemicolon ? LENIENT : STRICT, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

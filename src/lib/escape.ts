/** Escaping for everything built as text (HTML, SVG, feeds, sitemap) and for JSON inside <script>. Characters XML 1.0 forbids are dropped. */

// Allowed: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const INVALID = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for element content and attribute values (both quote kinds). */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const SCRIPT_UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON for the inside of a <script> element (JSON-LD and any other data block). `<`, `>` and `&` are written
 * as \u escapes so no text can close the element (`</script>`) or open a comment (`<!--`); U+2028 and U+2029
 * too, which older JavaScript parsers take as line ends. The result is the same JSON value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => SCRIPT_UNSAFE[ch] ?? ch);
}

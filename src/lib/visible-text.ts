/**
 * What counts as a visible character in a text field. Whitespace, control and format characters
 * (zero-width space U+200B, joiners, the byte-order mark, bidi marks, the soft hyphen), combining marks
 * on their own, private-use and unassigned code points, and the blank letters that fonts draw as nothing
 * (Hangul fillers, Braille blank) show nothing by themselves.
 */
const INVISIBLE = String.raw`\p{White_Space}\p{Cc}\p{Cf}\p{M}\p{Co}\p{Cn}\p{Cs}\u115F\u1160\u3164\uFFA0\u2800\u034F`;
const VISIBLE = new RegExp(`[^${INVISIBLE}]`, 'u');
const INVISIBLE_CHAR = new RegExp(`[${INVISIBLE}]`, 'gu');

export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

/** C0 and C1 controls other than tab and line breaks (an ESC in a title would also reach terminals). */
export function hasControlCharacter(text: string): boolean {
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(text);
}

/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what follows. */
export function hasBidiControl(text: string): boolean {
  return /[\u202A-\u202E\u2066-\u2069]/.test(text);
}

const HIDDEN_CHAR = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu;
const codePoint = (ch: string) => `⟨U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`;

/**
 * The text for a message: control and format characters (zero-width, bidi) spelled out as ⟨U+XXXX⟩, so a
 * message neither hides them nor obeys them; a text without any visible character is spelled out entirely.
 */
export function showInvisible(text: string): string {
  if (!hasVisibleCharacter(text)) return text.replace(INVISIBLE_CHAR, (ch) => (ch === ' ' ? ch : codePoint(ch)));
  return text.replace(HIDDEN_CHAR, codePoint);
}

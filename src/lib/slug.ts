/**
 * Ids and URL segments: lower-case ASCII words joined by single hyphens. German titles become slugs with
 * their umlauts transliterated (ä → ae, ß → ss), so „Grüne Straße“ stays readable as gruene-strasse.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o' };

/** "Ökologische Straßen-Aktion „Grün“" → "oekologische-strassen-aktion-gruen" */
export function slugify(title: string): string {
  return title
    .normalize('NFC') // a decomposed ä (macOS, some forms) must become ae, not a
    .toLowerCase()
    .replace(/[„“”‚‘’"'`´«»‹›]/g, '')
    .replace(/[äöüßæœø]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' und ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

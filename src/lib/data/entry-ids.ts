/**
 * Ids of content and data files: a file's id is its name without extension and becomes part of a URL, so it
 * must be a slug. Used by the reader (src/lib/io/read-repo.ts).
 */
import { SLUG_PATTERN, slugify } from '../slug.ts';
import type { Issue } from '../validation/issue.ts';

/** File name without its extension. */
function stemOf(name: string): string {
  return name.replace(/\.[^.]*$/, '');
}

/** The id of the file or folder `name` (`strip`: without its extension), or the issue for `file` when it is no slug. */
export function idOfName(name: string, strip: boolean, file: string): { id: string } | { issue: Issue } {
  const id = strip ? stemOf(name) : name;
  if (SLUG_PATTERN.test(id)) return { id };
  const suggested = slugify(id.normalize('NFC'));
  return {
    issue: {
      severity: 'error',
      file,
      message: 'Der Dateiname ist als Adresse (URL) nicht verwendbar.',
      expected: `nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, Umlaute umschrieben (ä → ae, ß → ss)${suggested ? `, z. B. „${suggested}“` : ''}`,
      found: `„${name.normalize('NFC')}“`,
    },
  };
}

/** The id under which other files may refer to this one, even when its name or content is broken. */
export function knownIdOfName(name: string, strip: boolean): string {
  const id = strip ? stemOf(name) : name;
  return SLUG_PATTERN.test(id) ? id : slugify(id.normalize('NFC'));
}

/** Contact ids of a kontakte.json that parsed but failed its schema, so valid references are not reported. */
export function contactIdsOf(data: unknown): Set<string> {
  const contacts = (data as { contacts?: unknown } | null)?.contacts;
  const ids = Array.isArray(contacts) ? contacts.map((c) => (c as { id?: unknown } | null)?.id).filter((id) => typeof id === 'string') : [];
  return new Set(ids as string[]);
}

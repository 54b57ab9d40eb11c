/**
 * The refusals of `npm run neu`: a missing or wrong fact stops the command with a German message before
 * anything is written, and every generated file is checked with the real schema.
 */
import type { z } from 'astro/zod';
import { SLUG_PATTERN, slugify } from '../../../src/lib/slug.ts';
import { formatPath } from '../../../src/lib/validation/issue.ts';
import { checkSchema } from '../../../src/lib/validation/schema-issues.ts';
import { parseFrontmatterSource } from '../../../src/lib/validation/source.ts';
import type { Values } from './args.ts';
import { exists, regionalbudgetIds } from './repo.ts';

export class Refusal extends Error {}

export const refuse = (message: string): never => {
  throw new Refusal(message);
};

/** Names of flags as editors type them, for the German messages about schema fields. */
const FLAG_OF: Record<string, string> = {
  title: 'Titel',
  summary: '--zusammenfassung',
  subtitle: '--untertitel',
  region: '--region',
  programme: '--programm',
  status: '--status',
  'period.start': '--beginn',
  'period.end': '--ende',
  fieldLabel: '--bezeichnung',
  date: '--datum',
  number: '--nummer',
  order: '--reihenfolge',
  'source.title': '--quelle',
};

export function quoteList(values: string[]): string {
  return values.length === 0 ? '(keine vorhanden)' : values.map((v) => `„${v}“`).join(', ');
}

export function requireText(values: Values, flag: 'zusammenfassung' | 'untertitel' | 'region', what: string): string {
  const value = values[flag]?.trim();
  if (!value) refuse(`Es fehlt ${what}: --${flag} "…". Bitte aus der Quelle übernehmen – das Programm erfindet keine Angaben.`);
  return value as string;
}

export function requireRegionalbudget(root: string, id: string | undefined): string {
  const ids = regionalbudgetIds(root);
  if (!id) refuse(`Es fehlt die Kennung des Regionalbudgets. Vorhanden: ${quoteList(ids)}.`);
  if (!ids.includes(id as string)) refuse(`Das Regionalbudget „${id}“ gibt es nicht (kein Ordner content/regionalbudgets/${id}/). Vorhanden: ${quoteList(ids)}.`);
  return id as string;
}

export function requireTitle(title: string | undefined): string {
  if (!title?.trim()) refuse('Es fehlt der Titel (in Anführungszeichen, z. B. "Digitale Werkstatt").');
  return (title as string).trim();
}

export function slugFor(values: Values, title: string): string {
  const slug = values.kennung ?? slugify(title);
  if (!SLUG_PATTERN.test(slug)) {
    refuse(`Aus „${values.kennung ?? title}“ lässt sich kein Dateiname bilden. Bitte mit --kennung einen Namen aus Kleinbuchstaben, Ziffern und Bindestrichen angeben (z. B. --kennung ${slugify(title) || 'neue-massnahme'}).`);
  }
  return slug;
}

export function positiveInt(value: string, flag: string): number {
  if (!/^[1-9]\d*$/.test(value)) refuse(`${flag} braucht eine ganze Zahl ab 1; gefunden: „${value}“.`);
  return Number(value);
}

/** Refuses when a file of that name exists as .md or .mdx. */
export function refuseExisting(root: string, relWithoutExt: string, what: string): void {
  for (const ext of ['.md', '.mdx']) {
    const rel = `${relWithoutExt}${ext}`;
    if (exists(root, rel)) {
      refuse(`${what} gibt es schon: ${rel}. Es wurde nichts überschrieben und nichts verändert. Wählen Sie einen anderen Titel oder mit --kennung einen anderen Dateinamen.`);
    }
  }
}

/** Validates generated frontmatter with the real schema, so the file is sure to pass `npm run check`. */
export function validated<S extends z.ZodType>(schema: S, rel: string, text: string): string {
  const parsed = parseFrontmatterSource(rel, text);
  if (!parsed.ok) refuse(`Interner Fehler beim Erzeugen von ${rel}: ${parsed.issue.message}`);
  if (parsed.ok) {
    const result = checkSchema(schema, rel, parsed.source);
    if (!result.ok) {
      refuse(
        result.issues
          .map((issue) => {
            const path = formatPath(issue.path ?? []);
            return `Die Angabe ${FLAG_OF[path] ?? path} ist ungültig. Erwartet: ${issue.expected ?? ''}; gefunden: ${issue.found ?? ''}.`;
          })
          .join('\n'),
      );
    }
  }
  return text;
}


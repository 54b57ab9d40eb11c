/**
 * Building blocks shared by the content and data schemas. Every message is German because editors read
 * them in `npm run check`; the structure (path, expected, found) is added by the validation layer.
 */
import { z } from 'astro/zod';
import { isEuroAmount } from '../lib/money.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { QUARTER_ENTRY_PATTERN, QUARTER_PATTERN, parseQuarter, parseQuarterEntry } from '../lib/quarters.ts';
import { hasBidiControl, hasControlCharacter, hasVisibleCharacter } from '../lib/visible-text.ts';

/** Lower-case ASCII words joined by single hyphens: the shape of every id and URL segment. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'eine Kennung aus Kleinbuchstaben a–z, Ziffern und Bindestrichen (z. B. „ansiedlungskampagne“)');

/** What an id refers to; the web editor offers the existing entries of that kind (see src/lib/editor/cms-config.ts). */
export type RelationKind = 'kontakte' | 'handlungsfelder' | 'massnahmen' | 'projekte' | 'programme' | 'regionalbudgets';

/** An id of an entry of `kind` (`handlungsfelder` and `massnahmen`: of the same Regionalbudget). Shown in the JSON Schemas as `x-relation`. */
export const ref = (kind: RelationKind) => slug.meta({ 'x-relation': kind });

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * YAML turns an unquoted `2023-03-14` into a Date and `2009` into a number. Editors should not have to
 * know that, so both are turned back into the text they wrote before the date rules apply.
 */
function dateText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** A calendar date `YYYY-MM-DD` that exists. */
const isoDateText = z
  .string({ error: 'ein Datum im Format JJJJ-MM-TT' })
  // abort: a malformed value gets one message, not also the calendar check's
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ein Datum im Format JJJJ-MM-TT (in Anführungszeichen, z. B. "2025-06-30")', abort: true })
  .refine(isRealDate, 'ein existierendes Kalenderdatum');
export const isoDate = z.preprocess(dateText, isoDateText);

/** A date as precise as the source is: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const partialDateText = z
  .string({ error: 'ein Datum JJJJ, JJJJ-MM oder JJJJ-MM-TT' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, { error: 'ein Datum JJJJ, JJJJ-MM oder JJJJ-MM-TT (in Anführungszeichen)', abort: true })
  .refine((v) => v.length < 10 || isRealDate(v), 'ein existierendes Kalenderdatum');
export const partialDate = z.preprocess(dateText, partialDateText);

/** As partialDate, plus `--MM-DD` for a day whose year the source leaves open. */
const newsDateText = z
  .string({ error: 'ein Datum JJJJ-MM-TT, JJJJ-MM, JJJJ oder --MM-TT' })
  .regex(
    /^(\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?|--(0[1-9]|1[0-2])-\d{2})$/,
    { error: 'ein Datum JJJJ-MM-TT, JJJJ-MM, JJJJ oder --MM-TT (Tag ohne Jahr)', abort: true },
  )
  .refine((v) => v.length !== 10 || v.startsWith('--') || isRealDate(v), 'ein existierendes Kalenderdatum');
export const newsDate = z.preprocess(dateText, newsDateText);

const THOUSANDS_TEXT = /^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;

/**
 * Euros with at most two decimals, never negative. Converted to integer cents after validation.
 * A German-written amount in YAML ("1.250.000" or "12.000,50") arrives as text and is named as such;
 * `12.000` as a number is caught by the parsers, which still see how it was written.
 */
export const euroAmount = z
  .number({
    error: (issue) =>
      typeof issue.input === 'string' && THOUSANDS_TEXT.test(issue.input.trim())
        ? `einen Betrag ohne Tausenderpunkt und mit Punkt vor den Cent (${issue.input.trim()} → ${issue.input.trim().replace(/\./g, '').replace(',', '.')})`
        : 'einen Betrag in Euro als Zahl (z. B. 10000 oder 558655.42)',
  })
  .refine(isEuroAmount, 'einen Betrag ≥ 0 mit höchstens zwei Nachkommastellen');

export const year = z.number().int('eine ganze Jahreszahl').min(1990, 'ein Jahr ab 1990').max(2100, 'ein Jahr bis 2100');

/** A quarter `YYYY-Qn`. */
export const quarter = z.string().regex(QUARTER_PATTERN, 'ein Quartal im Format JJJJ-Qn (z. B. "2023-Q1")');

/** A quarter or an inclusive range `YYYY-Qn..YYYY-Qn` that runs forwards. */
export const quarterEntry = z
  .string()
  // abort: "2023-Q5" must not also be called a backwards range
  .regex(QUARTER_ENTRY_PATTERN, { error: 'ein Quartal JJJJ-Qn oder einen Bereich JJJJ-Qn..JJJJ-Qn', abort: true })
  .refine((v) => parseQuarterEntry(v) !== null, 'einen Bereich, dessen Ende nicht vor dem Anfang liegt');

export const url = z.url({ protocol: /^https?$/, error: 'eine vollständige Web-Adresse (https://…)' });

/**
 * Every text field: at least one visible character (a title of zero-width spaces or bidi marks shows
 * nothing and would still pass a plain length check), no control characters except line break and tab,
 * and no bidi embedding/override/isolate controls, which make a text display differently from what it
 * says ("Trojan Source"; docs/decisions/0006). Left-to-right and right-to-left marks stay allowed.
 */
function textRules(schema: z.ZodString): z.ZodString {
  return schema
    .refine((v) => !hasControlCharacter(v), { error: 'einen Text ohne Steuerzeichen (erlaubt sind Zeilenumbruch und Tabulator)', abort: true })
    .refine((v) => !hasBidiControl(v), {
      error: 'einen Text ohne Steuerzeichen für die Schreibrichtung (U+202A–U+202E, U+2066–U+2069); sie lassen einen Text anders erscheinen, als er lautet',
      abort: true,
    })
    .refine(hasVisibleCharacter, 'einen Text mit sichtbaren Zeichen (Leerzeichen und unsichtbare Zeichen wie U+200B zählen nicht)');
}

/** A text that may be left out, but when given, says something. */
export const text = textRules(z.string({ error: 'einen Text' }));

/** A required text, trimmed. */
export const nonEmptyText = textRules(z.string({ error: 'einen Text' }).trim().min(1, { error: 'einen nicht leeren Text', abort: true }));

/** A document the source names; the address is optional because sources often name a document without one. */
export const documentRef = z.strictObject({
  /** Title as the source gives it. */
  title: nonEmptyText,
  /** Download address, when the source gives one. */
  url: url.optional(),
  /** Format, e.g. "PDF". */
  format: text.optional(),
  /** A note for readers, e.g. that the source gives no download address. */
  note: text.optional(),
});

/** `2023-05` is not before `2023`: dates of different precision are compared on what both say. */
export function comparePartialDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}

export function compareQuarters(a: string, b: string): number {
  return (parseQuarter(a) ?? 0) - (parseQuarter(b) ?? 0);
}

/**
 * Every period runs forwards: `end` (or whatever the end field is called) not before `start`. Any schema
 * with a start and an end field gets this one rule, so a new period cannot be forgotten. Reported at the
 * end field, naming both fields.
 */
export function forwardPeriod<T extends z.ZodObject>(schema: T, startKey: string, endKey: string, compare: (a: string, b: string) => number): T {
  return schema.superRefine((value: Record<string, unknown>, ctx) => {
    const start = value[startKey];
    const end = value[endKey];
    if (typeof start !== 'string' || typeof end !== 'string' || compare(end, start) >= 0) return;
    ctx.addIssue({
      code: 'custom',
      path: [endKey],
      input: end,
      message: `ein Ende (${endKey}), das nicht vor dem Beginn (${startKey}: „${start}“) liegt`,
      params: { message: `Das Ende (${endKey}) liegt vor dem Beginn (${startKey}).` },
    });
  }) as unknown as T;
}

/** A term with partial dates; `start` may be missing when the source names only the end. */
export const period = forwardPeriod(
  z.strictObject({
    start: partialDate.optional(),
    end: partialDate.optional(),
    /** How the source words the term, when the dates alone would lose something ("Ende November 2021"). */
    note: text.optional(),
  }),
  'start',
  'end',
  comparePartialDates,
);

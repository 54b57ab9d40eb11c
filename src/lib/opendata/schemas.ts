/**
 * The formats of the public open-data files as zod schemas (the tests validate every file against them)
 * and as JSON Schemas (draft 2020-12), published under /schemas/daten-*.schema.json.
 */
import { z } from 'astro/zod';
import { MEASURE_YEAR_COLUMNS, SCHEDULE_COLUMNS, type Column } from './dictionary.ts';

const euro = z.number().min(0).describe('Betrag in Euro, höchstens zwei Nachkommastellen');
const quarter = z.string().regex(/^\d{4}-Q[1-4]$/);
const licence = z.strictObject({
  id: z.string(),
  name: z.string(),
  url: z.url(),
  uri: z.url().describe('Lizenz-URI aus der Liste von DCAT-AP.de'),
  namensnennung: z.string().describe('Quellenvermerk, wie ihn die Lizenz verlangt'),
});
const publisher = z.strictObject({
  name: z.string(),
  email: z.email().nullable(),
  url: z.url(),
  vorschau: z.boolean().describe('true, solange die Angaben zum Herausgeber Platzhalter einer Vorschau sind'),
});
const header = {
  $schema: z.url(),
  lizenz: licence,
  herausgeber: publisher,
};
const measureIdentity = {
  nr: z.number().int().min(1).nullable(),
  slug: z.string(),
  titel: z.string(),
  handlungsfeld: z.string().nullable(),
  begleitend: z.string().nullable().describe('Gruppe begleitender Maßnahmen (kein Handlungsfeld)'),
  url: z.url(),
};
const amount = z.strictObject({ jahr: z.number().int(), betrag_eur: euro });

export const measureYearRowSchema = z.strictObject({
  regionalbudget: z.string(),
  massnahme_nr: z.number().int().min(1).nullable(),
  massnahme_slug: z.string(),
  massnahme: z.string(),
  handlungsfeld: z.string().nullable(),
  begleitend: z.string().nullable(),
  jahr: z.number().int().nullable(),
  betrag_eur: euro.nullable(),
});

export const measuresJsonSchema = z.strictObject({
  ...header,
  titel: z.string(),
  beschreibung: z.string(),
  spalten: z.array(z.string()),
  zeilen: z.array(measureYearRowSchema),
});

export const budgetJsonSchema = z.strictObject({
  ...header,
  regionalbudget: z.string(),
  titel: z.string(),
  region: z.string(),
  url: z.url(),
  waehrung: z.literal('EUR'),
  zeitraum: z.string().describe('Zeiträume laut Quellen, mit Quelle; bei Abweichung beide'),
  zeitraeume: z.array(z.strictObject({ bezeichnung: z.string(), beginn: z.string().nullable(), ende: z.string(), quelle: z.string().nullable() })),
  gliederung: z.string().describe('Zahl der Handlungsfelder/Themenbereiche und ob es begleitende Maßnahmen gibt'),
  quellenhinweise: z.array(z.string()).describe('Abweichungen zwischen den Quellen, nach Regeln aus den Daten ermittelt'),
  hinweis: z.string().optional(),
  budgetplan: z
    .strictObject({
      basis: z.enum(['brutto', 'netto']),
      quelle: z.string(),
      jahre: z.array(z.number().int()),
      summe_je_jahr: z.array(amount),
      summe_eur: euro,
    })
    .nullable(),
  finanzierung: z.strictObject({ gesamtbudget_eur: euro, foerderung_eur: euro, foerderquote: z.number().min(0).max(1) }).nullable(),
  massnahmen: z.array(
    z.strictObject({
      ...measureIdentity,
      betraege: z.array(amount).nullable(),
      summe_eur: euro.nullable(),
      ist: z.strictObject({ stand: z.string(), betraege: z.array(amount), summe_eur: euro }).nullable(),
    }),
  ),
});

export const scheduleJsonSchema = z.strictObject({
  ...header,
  regionalbudget: z.string(),
  titel: z.string(),
  url: z.url(),
  hinweis: z.string().optional(),
  zeitplan: z.strictObject({ quelle: z.string(), von: quarter, bis: quarter }).nullable(),
  massnahmen: z.array(
    z.strictObject({
      ...measureIdentity,
      quartale: z.array(quarter).nullable(),
      zeitraeume: z.array(z.string().regex(/^\d{4}-Q[1-4](\.\.\d{4}-Q[1-4])?$/)).nullable(),
    }),
  ),
});

const CELL_PATTERN: Record<Column['type'], string> = {
  text: '^.*$',
  integer: '^-?[0-9]+$',
  decimal: '^-?[0-9]+\\.[0-9]{2}$',
  date: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  quarter: '^[0-9]{4}-Q[1-4]$',
};

/** A JSON Schema for one CSV record read with its header (every cell is text; empty means no value). */
function csvRowSchema(title: string, columns: readonly Column[]): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title,
    description: 'Eine Zeile der CSV-Datei (RFC 4180, UTF-8, Komma als Trennzeichen, Punkt als Dezimalzeichen), gelesen mit der Kopfzeile als Feldnamen. Jede Zelle ist Text; eine leere Zelle bedeutet „kein Wert“.',
    type: 'object',
    additionalProperties: false,
    required: columns.map((c) => c.name),
    properties: Object.fromEntries(
      columns.map((c) => [
        c.name,
        { type: 'string', description: c.description, pattern: c.required ? CELL_PATTERN[c.type] : `(${CELL_PATTERN[c.type]})|^$`, examples: [c.example] },
      ]),
    ),
  };
}

function jsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }), title };
}

/** File name (under /schemas/) → JSON Schema. */
export function openDataSchemas(): Record<string, Record<string, unknown>> {
  return {
    'daten-massnahmen.schema.json': jsonSchema(measuresJsonSchema, 'Alle Maßnahmen je Jahr (/daten/massnahmen.json)'),
    'daten-budget.schema.json': jsonSchema(budgetJsonSchema, 'Budgetplan eines Regionalbudgets (/daten/<id>/budget.json)'),
    'daten-zeitplan.schema.json': jsonSchema(scheduleJsonSchema, 'Zeitplan eines Regionalbudgets (/daten/<id>/zeitplan.json)'),
    'daten-massnahmen-csv.schema.json': csvRowSchema('Zeile von /daten/massnahmen.csv und /daten/<id>/budget.csv', MEASURE_YEAR_COLUMNS),
    'daten-zeitplan-csv.schema.json': csvRowSchema('Zeile von /daten/<id>/zeitplan.csv', SCHEDULE_COLUMNS),
  };
}

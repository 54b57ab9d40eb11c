/**
 * The open-data format, defined once: every row and file as a zod schema with the descriptions readers
 * see. From it come the TypeScript types the builders in files.ts and rows.ts must meet, the dictionary
 * of the /daten/ page and the CSV headers (dictionary.ts, through columnsOf), and the JSON Schemas
 * (draft 2020-12) published under /schemas/daten-*.schema.json. The tests validate every file against them.
 */
import { z } from 'astro/zod';
import { QUARTER_ENTRY_PATTERN, QUARTER_PATTERN } from '../quarters.ts';
import { column, columnsOf, type Column } from './columns.ts';

const euro = z.number().min(0).describe('Betrag in Euro, höchstens zwei Nachkommastellen');
const quarter = z.string().regex(QUARTER_PATTERN);
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

/** The columns that name the measure, first in every table. */
const measureColumns = {
  regionalbudget: column(z.string(), 'text', 'Kennung des Regionalbudgets (wie in der Adresse /regionalbudgets/<kennung>/).', 'nordsachsen-2022'),
  massnahme_nr: column(z.number().int().min(1).nullable(), 'integer', 'Offizielle Nummer der Maßnahme laut Quelle; leer, wenn die Quelle keine Nummer vergibt.', '1'),
  massnahme_slug: column(z.string(), 'text', 'Kennung der Maßnahme innerhalb des Regionalbudgets (wie in der Adresse …/massnahmen/<kennung>/).', 'ansiedlungskampagne'),
  massnahme: column(z.string(), 'text', 'Titel der Maßnahme.', 'Ansiedlungskampagne'),
  handlungsfeld: column(
    z.string().nullable(),
    'text',
    'Titel des Handlungsfelds (bei manchen Regionalbudgets „Themenbereich“); leer, wenn die Quelle die Maßnahme keinem zuordnet oder sie zu den begleitenden Maßnahmen gehört.',
    'Attraktiver Wirtschaftsstandort',
  ),
  begleitend: column(
    z.string().nullable(),
    'text',
    'Bezeichnung der Gruppe begleitender Maßnahmen, die die Quelle neben den Handlungsfeldern führt (kein Handlungsfeld); sonst leer.',
    'Projektbegleitende Maßnahmen',
  ),
};

/** massnahmen.csv, <id>/budget.csv and the rows of massnahmen.json: one row per measure and year of the budget plan. */
export const measureYearRowSchema = z.strictObject({
  ...measureColumns,
  jahr: column(
    z.number().int().nullable(),
    'integer',
    'Jahr des Budgetplans. Leer, wenn die Quelle für die Maßnahme keinen Budgetplan enthält (die Maßnahme erscheint dann in einer Zeile ohne Jahr und Betrag).',
    '2022',
  ),
  betrag_eur: column(
    euro.nullable(),
    'decimal',
    'Betrag in Euro für dieses Jahr laut Budgetplan, exakt auf den Cent; 0.00, wenn der Plan für das Jahr kein Geld vorsieht; leer zusammen mit „jahr“.',
    '10000.00',
  ),
});

/** <id>/zeitplan.csv: one row per measure and scheduled quarter. */
export const scheduleRowSchema = z.strictObject({
  ...measureColumns,
  quartal: column(
    quarter.nullable(),
    'quarter',
    'Ein Quartal, in dem die Maßnahme laut Zeitplan läuft. Leer, wenn der Zeitplan für die Maßnahme kein Quartal enthält oder die Quelle keinen Zeitplan hat (dann eine Zeile ohne Quartal).',
    '2022-Q3',
  ),
  jahr: column(z.number().int().nullable(), 'integer', 'Jahr des Quartals.', '2022'),
  quartal_nr: column(z.number().int().min(1).max(4).nullable(), 'integer', 'Nummer des Quartals im Jahr (1 bis 4).', '3'),
  beginn: column(z.iso.date().nullable(), 'date', 'Erster Tag des Quartals.', '2022-07-01'),
  ende: column(z.iso.date().nullable(), 'date', 'Letzter Tag des Quartals.', '2022-09-30'),
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
      zeitraeume: z.array(z.string().regex(QUARTER_ENTRY_PATTERN)).nullable(),
    }),
  ),
});

const CELL_PATTERN: Record<Column['type'], string> = {
  text: '^.*$',
  integer: '^-?[0-9]+$',
  decimal: '^-?[0-9]+\\.[0-9]{2}$',
  date: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  quarter: QUARTER_PATTERN.source,
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

/** A published measure-year row (amount in euros). */
export type MeasureYearRowOut = z.output<typeof measureYearRowSchema>;
export type ScheduleRow = z.output<typeof scheduleRowSchema>;
export type MeasuresJson = z.output<typeof measuresJsonSchema>;
export type BudgetJson = z.output<typeof budgetJsonSchema>;
export type ScheduleJson = z.output<typeof scheduleJsonSchema>;
export type Licence = z.output<typeof licence>;
/** What every JSON file starts with: its schema, licence and publisher. */
export type OpenDataHeader = Pick<MeasuresJson, '$schema' | 'lizenz' | 'herausgeber'>;

function jsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }), title };
}

/** File name (under /schemas/) → JSON Schema. */
export function openDataSchemas(): Record<string, Record<string, unknown>> {
  return {
    'daten-massnahmen.schema.json': jsonSchema(measuresJsonSchema, 'Alle Maßnahmen je Jahr (/daten/massnahmen.json)'),
    'daten-budget.schema.json': jsonSchema(budgetJsonSchema, 'Budgetplan eines Regionalbudgets (/daten/<id>/budget.json)'),
    'daten-zeitplan.schema.json': jsonSchema(scheduleJsonSchema, 'Zeitplan eines Regionalbudgets (/daten/<id>/zeitplan.json)'),
    'daten-massnahmen-csv.schema.json': csvRowSchema('Zeile von /daten/massnahmen.csv und /daten/<id>/budget.csv', columnsOf(measureYearRowSchema)),
    'daten-zeitplan-csv.schema.json': csvRowSchema('Zeile von /daten/<id>/zeitplan.csv', columnsOf(scheduleRowSchema)),
  };
}

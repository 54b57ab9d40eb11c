/**
 * The JSON Schemas of the open-data files, published under /schemas/daten-*.schema.json: the JSON files'
 * schemas as zod writes them (with every field's description), and one per CSV file for a record read with
 * its header (every cell is text).
 */
import { z } from 'astro/zod';
import { QUARTER_PATTERN } from '../quarters.ts';
import { columnsOf, type Column } from './columns.ts';
import { budgetJsonSchema, measureYearRowSchema, measuresJsonSchema, scheduleJsonSchema, scheduleRowSchema } from './schemas.ts';

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

/** The open-data format is defined once, in zod: dictionary, CSV header, types and JSON Schemas come from it. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { column, columnsOf } from '../../../src/lib/opendata/columns.ts';
import { MEASURE_YEAR_COLUMNS, SCHEDULE_COLUMNS } from '../../../src/lib/opendata/dictionary.ts';
import { MEASURE_YEAR_HEADER, SCHEDULE_HEADER } from '../../../src/lib/opendata/rows.ts';
import { openDataSchemas } from '../../../src/lib/opendata/published-schemas.ts';
import { measureYearRowSchema, scheduleRowSchema, type BudgetJson, type ScheduleRow } from '../../../src/lib/opendata/schemas.ts';
import { QUARTER_PATTERN } from '../../../src/lib/quarters.ts';

type JsonSchemaNode = { properties?: Record<string, JsonSchemaNode>; items?: JsonSchemaNode; description?: string; pattern?: string; anyOf?: JsonSchemaNode[] };

describe('the open-data format', () => {
  it('takes the dictionary and the CSV headers from the row schemas, in their key order', () => {
    expect(MEASURE_YEAR_COLUMNS.map((c) => c.name)).toEqual(Object.keys(measureYearRowSchema.shape));
    expect(SCHEDULE_COLUMNS.map((c) => c.name)).toEqual(Object.keys(scheduleRowSchema.shape));
    expect(MEASURE_YEAR_HEADER).toEqual(Object.keys(measureYearRowSchema.shape));
    expect(SCHEDULE_HEADER).toEqual(Object.keys(scheduleRowSchema.shape));
  });

  it('marks a column as optional exactly when its schema admits null', () => {
    const required = (name: string) => MEASURE_YEAR_COLUMNS.find((c) => c.name === name)?.required;
    expect(required('regionalbudget')).toBe(true);
    expect(required('massnahme_nr')).toBe(false);
    expect(required('betrag_eur')).toBe(false);
  });

  it('publishes the column descriptions of the dictionary in the JSON Schema of massnahmen.json', () => {
    const schema = openDataSchemas()['daten-massnahmen.schema.json'] as JsonSchemaNode;
    const row = schema.properties?.['zeilen']?.items?.properties ?? {};
    for (const c of MEASURE_YEAR_COLUMNS) expect(row[c.name]?.description, c.name).toBe(c.description);
  });

  it('uses the quarter pattern of src/lib/quarters.ts in the published schemas', () => {
    const csv = openDataSchemas()['daten-zeitplan-csv.schema.json'] as JsonSchemaNode;
    expect(csv.properties?.['quartal']?.pattern).toBe(`(${QUARTER_PATTERN.source})|^$`);
    const json = JSON.stringify(openDataSchemas()['daten-zeitplan.schema.json']);
    expect(json).toContain(JSON.stringify(QUARTER_PATTERN.source));
  });

  it('refuses a row schema with an undescribed column', () => {
    const row = z.strictObject({ a: column(z.string(), 'text', 'Beschreibt a.', 'x'), b: z.string() });
    expect(() => columnsOf(row)).toThrow(/Spalte „b“/);
  });

  it('types the builders from the schemas, so a missing or misnamed field does not compile', () => {
    const row: ScheduleRow = { regionalbudget: 'rb', massnahme_nr: null, massnahme_slug: 'm', massnahme: 'M', handlungsfeld: null, begleitend: null, quartal: null, jahr: null, quartal_nr: null, beginn: null, ende: null };
    expect(scheduleRowSchema.safeParse(row).success).toBe(true);
    // @ts-expect-error: "quartal" is misnamed; astro check (npm test) fails once the type stops catching it.
    const misnamed: ScheduleRow = { ...row, quartel: null };
    expect(scheduleRowSchema.safeParse(misnamed).success).toBe(false);
    // @ts-expect-error: a budget file without "finanzierung" must not compile.
    const missing: Pick<BudgetJson, 'finanzierung' | 'waehrung'> = { waehrung: 'EUR' };
    expect(missing.waehrung).toBe('EUR');
  });
});

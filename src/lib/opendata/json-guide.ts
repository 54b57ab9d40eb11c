/**
 * The guide to the JSON files' fields on /daten/, read from the zod schemas in schemas.ts: every field with
 * its description, the fields of an object (or of each object in a list) under it. A field added to a schema
 * shows up on the page; a field without a description stops the build.
 */
import { z } from 'astro/zod';
import { isColumnRow } from './columns.ts';
import { budgetJsonSchema, measuresJsonSchema, scheduleJsonSchema } from './schemas.ts';

export interface JsonField {
  /** The field's key; `[]` marks a list. */
  name: string;
  description: string;
  fields: JsonField[];
  /** The file whose guide already lists this field's fields (the licence and publisher every file starts with). */
  sameAs?: string;
}

export interface JsonGuide {
  id: string;
  file: string;
  fields: JsonField[];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** `shownIn`: the file in which an object's fields were listed first, so later files refer to it. */
export function fieldsOf(object: z.ZodObject, file: string, shownIn = new Map<z.ZodType, string>(), path = ''): JsonField[] {
  return Object.entries(object.shape).map(([key, schema]) => {
    const description = (schema as z.ZodType).description;
    if (!description) throw new Error(`Das Feld „${path}${key}“ in ${file} hat keine Beschreibung (.describe() in src/lib/opendata/schemas.ts).`);
    let inner = unwrap(schema as z.ZodType);
    let name = key;
    if (inner instanceof z.ZodArray) {
      name = `${key}[]`;
      inner = unwrap(inner.element as z.ZodType);
    }
    // A CSV row's fields are the columns in the dictionary's tables.
    if (!(inner instanceof z.ZodObject) || isColumnRow(inner)) return { name, description, fields: [] };
    const first = shownIn.get(inner);
    if (first !== undefined && first !== file) return { name, description, fields: [], sameAs: first };
    shownIn.set(inner, file);
    return { name, description, fields: fieldsOf(inner, file, shownIn, `${path}${name}.`) };
  });
}

/** The three JSON files in the order of the page. */
export function jsonGuides(): JsonGuide[] {
  const shownIn = new Map<z.ZodType, string>();
  return [
    { id: 'felder-massnahmen', file: 'massnahmen.json', schema: measuresJsonSchema },
    { id: 'felder-budget', file: '<kennung>/budget.json', schema: budgetJsonSchema },
    { id: 'felder-zeitplan', file: '<kennung>/zeitplan.json', schema: scheduleJsonSchema },
  ].map(({ id, file, schema }) => ({ id, file, fields: fieldsOf(schema, file, shownIn) }));
}

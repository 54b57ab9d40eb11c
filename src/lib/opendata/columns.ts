/**
 * What a CSV column is, beyond its zod type: the kind of cell it holds and an example. Kept in a registry
 * of its own (not zod's global one), so the published JSON Schemas of the JSON files stay standard.
 * The row schemas in schemas.ts register each column here; the dictionary (the /daten/ page, the CSV
 * header) and the JSON Schemas of the CSV rows are read back from the row schemas with `columnsOf`.
 */
import { z } from 'astro/zod';

export type ColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'quarter';

export interface Column {
  name: string;
  type: ColumnType;
  /** False when the field can be empty (CSV) or null (JSON). */
  required: boolean;
  description: string;
  example: string;
}

const cells = z.registry<{ type: ColumnType; example: string }>();

/** A column of a published row: its schema with the description every reader sees, its cell kind and an example. */
export function column<T extends z.ZodType>(schema: T, type: ColumnType, description: string, example: string): T {
  const described = schema.describe(description) as T;
  cells.add(described as z.ZodType, { type, example });
  return described;
}

/** The columns of a row schema, in the order of its keys (the order of the CSV header). */
export function columnsOf(row: z.ZodObject): Column[] {
  return Object.entries(row.shape).map(([name, schema]) => {
    const cell = cells.get(schema as z.ZodType);
    if (!cell || !(schema as z.ZodType).description) throw new Error(`Spalte „${name}“ ist nicht mit column() beschrieben`);
    return { name, type: cell.type, required: !(schema as z.ZodType).safeParse(null).success, description: (schema as z.ZodType).description ?? '', example: cell.example };
  });
}

/** True when every field of `row` is a column (a CSV row documented in the dictionary's tables). */
export function isColumnRow(row: z.ZodObject): boolean {
  return Object.values(row.shape).every((schema) => cells.has(schema as z.ZodType));
}

/**
 * Keeps docs/datenformat.md honest: every field of every zod object schema in src/schemas/ (top level and
 * nested objects) must be named in the document as `field`. A new field without documentation fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOC = readFileSync(join(ROOT, 'docs/datenformat.md'), 'utf8');

/* eslint-disable @typescript-eslint/no-explicit-any -- walks zod internals generically */
type AnySchema = any;

/** The object schemas inside a schema: through optional, default, array, record, pipe, preprocess. */
function objectsIn(schema: AnySchema, seen = new Set<AnySchema>()): { shape: Record<string, AnySchema> }[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod?.def ?? schema.def;
  const out: { shape: Record<string, AnySchema> }[] = [];
  if (schema.shape && typeof schema.shape === 'object') {
    out.push(schema);
    for (const child of Object.values(schema.shape)) out.push(...objectsIn(child, seen));
  }
  if (def) for (const key of ['innerType', 'element', 'valueType', 'in', 'out', 'schema']) out.push(...objectsIn(def[key], seen));
  return out;
}

async function exportedSchemas(): Promise<[string, AnySchema][]> {
  const dir = join(ROOT, 'src/schemas');
  const all: [string, AnySchema][] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'json-schemas.ts')) {
    const mod = await import(join(dir, file));
    for (const [name, value] of Object.entries(mod)) {
      if (value && typeof value === 'object' && '_zod' in (value as object)) all.push([`${file}:${name}`, value]);
    }
  }
  return all;
}

describe('docs/datenformat.md', () => {
  it('names every top-level field of every object schema', async () => {
    const missing: string[] = [];
    let count = 0;
    for (const [name, schema] of await exportedSchemas()) {
      if (!schema.shape) continue;
      for (const key of Object.keys(schema.shape)) {
        count++;
        if (!DOC.includes(`\`${key}\``)) missing.push(`${name} → ${key}`);
      }
    }
    expect(count).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });

  it('names every field of nested objects too (budget lines, periods, documents, publisher …)', async () => {
    const missing = new Set<string>();
    const schemas = await exportedSchemas();
    const budget = schemas.find(([name]) => name === 'budget.ts:budgetFileSchema')?.[1];
    // the walk reaches the file, a line and its `actual` object
    expect(objectsIn(budget).length).toBeGreaterThanOrEqual(3);
    for (const [name, schema] of schemas) {
      for (const object of objectsIn(schema)) {
        for (const key of Object.keys(object.shape)) if (!DOC.includes(`\`${key}\``)) missing.add(`${name} → ${key}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('documents every data file kind, the JSON Schemas and the rules editors trip over', () => {
    for (const needle of [
      'content/regionalbudgets/<id>/index.mdx',
      'handlungsfelder/<slug>.md',
      'massnahmen/<slug>.md',
      'content/projekte/<slug>.mdx',
      'content/programme/<slug>.md',
      'content/aktuelles/<datum>-<slug>.md',
      'data/budgets/<id>.json',
      'data/schedules/<id>.json',
      'data/kontakte.json',
      'data/site.json',
      '--MM-TT',
      'JJJJ-Qn..JJJJ-Qn',
      'Cent',
      'public/schemas/',
      '$schema',
    ]) {
      expect(DOC, needle).toContain(needle);
    }
    for (const file of readdirSync(join(ROOT, 'public/schemas'))) expect(DOC, file).toContain(file);
  });
});

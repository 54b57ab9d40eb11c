/** The JSON Schemas in public/schemas/ are generated from the zod schemas; the committed copies must not drift. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSchemas } from '../../../scripts/write-schemas.ts';
import { jsonSchemas } from '../../../src/schemas/json-schemas.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const COMMITTED = join(REPO, 'public/schemas');
const committedNames = readdirSync(COMMITTED).filter((n) => n.endsWith('.json')).sort();
const generated = jsonSchemas();

const tmp = mkdtempSync(join(tmpdir(), 'rb-schemas-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('committed JSON Schemas', () => {
  it('are exactly the generated set of files', () => {
    expect(committedNames).toEqual(Object.keys(generated).sort());
    expect(committedNames).toHaveLength(10);
  });

  it.each(committedNames)('%s equals what the zod schemas generate now', (name) => {
    const committed = JSON.parse(readFileSync(join(COMMITTED, name), 'utf8'));
    expect(committed).toEqual(generated[name]);
  });

  it('are byte-identical to what `npm run schemas` writes', () => {
    const written = writeSchemas(tmp).map((file) => file.slice(tmp.length + 1)).sort();
    expect(written).toEqual(committedNames);
    for (const name of committedNames) {
      expect(readFileSync(join(tmp, name), 'utf8'), name).toBe(readFileSync(join(COMMITTED, name), 'utf8'));
    }
  });

  it('carry a title and describe the editor-facing input (strict objects, dates as text)', () => {
    const budget = generated['budget.schema.json'] as Record<string, any>;
    expect(budget['title']).toMatch(/^Budgetplan/);
    expect(budget['additionalProperties']).toBe(false);
    expect(budget['required']).toEqual(expect.arrayContaining(['regionalbudget', 'currency', 'basis', 'source', 'years', 'totals', 'lines']));
    const aktuelles = generated['aktuelles.schema.json'] as Record<string, any>;
    // defaults make fields optional for the editor
    expect(aktuelles['required']).not.toContain('regionalbudgets');
  });

  it('are referenced by the data files through $schema', () => {
    for (const [file, schema] of [
      ['data/budgets/nordsachsen-2022.json', '../../public/schemas/budget.schema.json'],
      ['data/schedules/nordsachsen-2022.json', '../../public/schemas/schedule.schema.json'],
      ['data/kontakte.json', '../public/schemas/kontakte.schema.json'],
      ['data/site.json', '../public/schemas/site.schema.json'],
    ] as const) {
      expect(JSON.parse(readFileSync(join(REPO, file), 'utf8')).$schema, file).toBe(schema);
    }
  });
});

/**
 * The guide to the JSON files' fields on /daten/ comes from the zod schemas: every field of every published
 * JSON Schema (read here from the schema zod writes, not from the guide's own walk) is in the guide.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { MEASURE_YEAR_COLUMNS } from '../../../src/lib/opendata/dictionary.ts';
import { fieldsOf, jsonGuides, type JsonField, type JsonGuide } from '../../../src/lib/opendata/json-guide.ts';
import { openDataSchemas } from '../../../src/lib/opendata/published-schemas.ts';

type Node = { type?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[] };

/** Every field path of a JSON Schema ("budgetplan.summe_je_jahr[].jahr"), and whether it admits null. */
function schemaPaths(node: Node, prefix = ''): { path: string; nullable: boolean }[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const variants = child.anyOf ?? [child];
    let inner = variants.find((v) => v.type !== 'null') ?? child;
    let name = key;
    if (inner.type === 'array' && inner.items) {
      name = `${key}[]`;
      inner = inner.items.anyOf?.find((v) => v.type !== 'null') ?? inner.items;
    }
    return [{ path: `${prefix}${name}`, nullable: variants.some((v) => v.type === 'null') }, ...schemaPaths(inner, `${prefix}${name}.`)];
  });
}

/** The guide's paths with descriptions; a field listed "as in another file" takes that file's fields. */
function guidePaths(guide: JsonGuide, all: JsonGuide[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (fields: JsonField[], prefix: string) => {
    for (const f of fields) {
      out.set(`${prefix}${f.name}`, f.description);
      const fromOther = f.sameAs ? all.find((g) => g.file === f.sameAs)?.fields.find((o) => o.name === f.name)?.fields : undefined;
      walk(fromOther ?? f.fields, `${prefix}${f.name}.`);
    }
  };
  walk(guide.fields, '');
  return out;
}

const FILES: Record<string, string> = {
  'massnahmen.json': 'daten-massnahmen.schema.json',
  '<kennung>/budget.json': 'daten-budget.schema.json',
  '<kennung>/zeitplan.json': 'daten-zeitplan.schema.json',
};

describe('the guide to the JSON files on /daten/', () => {
  const guides = jsonGuides();

  it('lists every field of every JSON file, at every depth, and says when a field can be null', () => {
    expect(guides.map((g) => g.file)).toEqual(Object.keys(FILES));
    for (const guide of guides) {
      const listed = guidePaths(guide, guides);
      const paths = schemaPaths(openDataSchemas()[FILES[guide.file]!] as Node);
      expect(paths.length).toBeGreaterThan(5);
      for (const { path, nullable } of paths) {
        // The rows of massnahmen.json are the CSV columns, documented in the dictionary's table.
        if (path.startsWith('zeilen[].')) {
          expect(MEASURE_YEAR_COLUMNS.map((c) => c.name), path).toContain(path.slice('zeilen[].'.length));
          continue;
        }
        expect(listed.has(path), `${guide.file}: ${path} fehlt im Leitfaden`).toBe(true);
        if (nullable) expect(listed.get(path), `${guide.file}: ${path}`).toMatch(/\bnull\b/);
      }
    }
  });

  it('lists the licence and publisher fully once, and refers to that list in the later files', () => {
    const [measures, budget, schedule] = guides;
    expect(measures?.fields.find((f) => f.name === 'lizenz')?.fields.map((f) => f.name)).toEqual(['id', 'name', 'url', 'uri', 'namensnennung']);
    for (const g of [budget, schedule]) {
      expect(g?.fields.find((f) => f.name === 'herausgeber')).toMatchObject({ sameAs: 'massnahmen.json', fields: [] });
    }
    // Within one file, a repeated shape is listed again where it stands (amounts per year).
    const plan = budget?.fields.find((f) => f.name === 'budgetplan');
    expect(plan?.fields.find((f) => f.name === 'summe_je_jahr[]')?.fields.map((f) => f.name)).toEqual(['jahr', 'betrag_eur']);
  });

  it('stops the build on a field without a description, naming it', () => {
    const schema = z.strictObject({ a: z.string().describe('Ein Feld.'), b: z.strictObject({ c: z.number() }).describe('Ein Objekt.') });
    expect(() => fieldsOf(schema, 'x.json')).toThrow('„b.c“ in x.json');
  });
});

/**
 * The web editor's configuration is generated from the schemas, datenformat.md and the content tree:
 * collections per kind, required fields, enums, relations and German labels come from there, and a field
 * added to a schema appears in the editor without further work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { STATUS_VALUES } from '../../../src/schemas/status.ts';
import { describe, expect, it } from 'vitest';
import { editorConfig, type Kind } from '../../../src/lib/editor/cms-config.ts';
import { FIELD_LABELS, type JsonSchema } from '../../../src/lib/editor/schema-fields.ts';
import { parseFieldDocs } from '../../../src/lib/editor/field-docs.ts';
import { massnahmeSchema } from '../../../src/schemas/massnahme.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { jsonSchemas } from '../../../src/schemas/json-schemas.ts';
import { contentModel, generatedEditorConfig } from '../../../scripts/lib/editor.ts';
import { ROOT } from '../../helpers/site.ts';

type Field = Record<string, unknown> & { name: string; fields?: Field[]; field?: Field };
type Collection = { name: string; fields?: Field[]; files?: { name: string; fields: Field[] }[]; folder?: string };

const site = siteSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data/site.json'), 'utf8')));
const config = generatedEditorConfig(ROOT, site);
const collections = config.cms['collections'] as Collection[];
const byName = (name: string) => {
  const c = collections.find((x) => x.name === name);
  if (!c) throw new Error(`Sammlung ${name} fehlt`);
  return c;
};
const fieldOf = (fields: Field[] | undefined, name: string) => {
  const f = fields?.find((x) => x.name === name);
  if (!f) throw new Error(`Feld ${name} fehlt`);
  return f;
};
function allFields(fields: Field[] = []): Field[] {
  return fields.flatMap((f) => [f, ...allFields(f.fields), ...(f.field ? [f.field] : [])]);
}

describe('generated editor configuration', () => {
  it('has one collection per kind, Handlungsfelder and measures per Regionalbudget', () => {
    const names = collections.map((c) => c.name);
    for (const rb of ['leipzig-2022', 'nordsachsen-2022']) expect(names).toEqual(expect.arrayContaining([`handlungsfelder-${rb}`, `massnahmen-${rb}`]));
    expect(names).toEqual(expect.arrayContaining(['regionalbudgets', 'aktuelles', 'projekte', 'programme', 'budgets', 'zeitplaene', 'daten']));
    expect(byName('budgets').files?.map((f) => f.name)).toEqual(['budget-nordsachsen-2022']);
    expect(byName('daten').files?.map((f) => f.name)).toEqual(['kontakte', 'site']);
  });

  it('takes required fields, enums and relations from the schemas', () => {
    const measure = byName('massnahmen-nordsachsen-2022').fields;
    expect(fieldOf(measure, 'title')['required']).toBe(true);
    expect(fieldOf(measure, 'number')['required']).toBe(false);
    expect(fieldOf(measure, 'handlungsfeld')).toMatchObject({ widget: 'relation', collection: 'handlungsfelder-nordsachsen-2022', multiple: false });
    expect(fieldOf(measure, 'contacts')).toMatchObject({ widget: 'relation', collection: 'daten', file: 'kontakte', value_field: 'contacts.*.id', multiple: true });
    expect(fieldOf(byName('regionalbudgets').fields, 'status')).toMatchObject({ widget: 'object', required: false });
    expect(fieldOf(fieldOf(byName('regionalbudgets').fields, 'status').fields, 'value')).toMatchObject({ widget: 'select', options: [...STATUS_VALUES] });
    expect(fieldOf(byName('aktuelles').fields, 'projects')).toMatchObject({ widget: 'relation', collection: 'projekte', multiple: true });
    const budget = byName('budgets').files?.[0]?.fields;
    expect(fieldOf(fieldOf(budget, 'lines').fields, 'measure')).toMatchObject({ widget: 'relation', collection: 'massnahmen-nordsachsen-2022' });
  });

  it('edits year → amount maps as rows and keeps the totals computed', () => {
    const budget = byName('budgets').files?.[0]?.fields;
    const amounts = fieldOf(fieldOf(budget, 'lines').fields, 'amounts');
    expect(amounts['widget']).toBe('list');
    expect(amounts.fields?.map((f) => f.name)).toEqual(['jahr', 'betrag']);
    expect(fieldOf(budget, 'totals')['readonly']).toBe(true);
    expect(config.formats['rb-json-budget-nordsachsen-2022']).toMatchObject({ yearMaps: ['totals', 'lines.*.amounts', 'lines.*.actual.amounts'] });
  });

  it('labels every field in German and takes help texts from datenformat.md', () => {
    const fields = collections.flatMap((c) => [...(c.fields ?? []), ...(c.files ?? []).flatMap((f) => f.fields)]);
    for (const f of allFields(fields)) expect(f['label'], f.name).not.toBe(f.name);
    expect(fieldOf(byName('massnahmen-nordsachsen-2022').fields, 'handlungsfeld')['hint']).toContain('desselben Regionalbudgets');
    expect(fieldOf(byName('regionalbudgets').fields, 'code')['hint']).toContain('Offizielle Projektnummer');
  });

  it('signs in to the git host from data/site.json with PKCE', () => {
    const cfg = editorConfig({
      schemas: jsonSchemasByKind(), docs: new Map(), model: { regionalbudgets: [], budgets: [], schedules: [], extensions: { projekte: 'mdx', programme: 'md', aktuelles: 'md', handlungsfelder: 'md', massnahmen: 'md' } },
      backend: { backend: 'forgejo', url: 'https://codeberg.org/', repo: 'kreis/portal', appId: 'abc' }, siteUrl: 'https://example.org',
    } as never);
    expect(cfg.cms['backend']).toEqual({ name: 'gitea', repo: 'kreis/portal', branch: 'main', base_url: 'https://codeberg.org', api_root: 'https://codeberg.org/api/v1', app_id: 'abc' });
  });

  it('shows a field added to a schema without further work', () => {
    const extended = massnahmeSchema.extend({ pressefoto: z.string().optional(), status: z.enum(['laufend', 'beendet']) });
    const schemas = Object.fromEntries(
      Object.entries({ massnahme: 'massnahme.schema.json' }).map(([k, f]) => [k, jsonSchemas()[f]]),
    ) as Record<Kind, JsonSchema>;
    schemas.massnahme = z.toJSONSchema(extended, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const docs = parseFieldDocs('<a id="massnahme"></a>\n\n| Feld | Typ | Pflicht | Bedeutung |\n| --- | --- | --- | --- |\n| `pressefoto` | Text | optional | Bild für die Presse, als Pfad |\n');
    const model = contentModel(ROOT);
    const cfg = editorConfig({ schemas: { ...jsonSchemasByKind(), massnahme: schemas.massnahme }, docs, model, siteUrl: 'https://example.org' });
    const measure = (cfg.cms['collections'] as Collection[]).find((c) => c.name === 'massnahmen-leipzig-2022')?.fields;
    expect(fieldOf(measure, 'pressefoto')).toMatchObject({ widget: 'string', required: false, label: 'Bild für die Presse', hint: 'Bild für die Presse, als Pfad' });
    expect(fieldOf(measure, 'status')).toMatchObject({ widget: 'select', options: ['laufend', 'beendet'], required: true });
  });

  it('knows every field name of the current schemas', () => {
    const names = new Set<string>();
    const walk = (s: unknown) => {
      if (!s || typeof s !== 'object') return;
      const o = s as Record<string, unknown>;
      for (const [k, v] of Object.entries((o['properties'] as Record<string, unknown>) ?? {})) if (k !== '$schema') (names.add(k), walk(v));
      walk(o['items']);
      walk(o['additionalProperties']);
    };
    for (const schema of Object.values(jsonSchemas())) walk(schema);
    expect([...names].filter((n) => !(n in FIELD_LABELS))).toEqual([]);
  });
});

function jsonSchemasByKind(): Record<Kind, JsonSchema> {
  const all = jsonSchemas();
  const files: Record<Kind, string> = {
    regionalbudget: 'regionalbudget.schema.json', handlungsfeld: 'handlungsfeld.schema.json', massnahme: 'massnahme.schema.json',
    projekt: 'projekt.schema.json', programm: 'programm.schema.json', aktuelles: 'aktuelles.schema.json',
    budget: 'budget.schema.json', zeitplan: 'schedule.schema.json', kontakte: 'kontakte.schema.json', site: 'site.schema.json',
  };
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, all[f] as JsonSchema])) as Record<Kind, JsonSchema>;
}

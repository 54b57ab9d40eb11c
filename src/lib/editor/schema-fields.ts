/**
 * The form fields of the web editor for one JSON Schema (made by src/schemas/): widgets from the types,
 * enums, patterns, bounds and relations (`x-relation`), labels and help texts from docs/datenformat.md.
 * Nothing here names a field of a schema except the short labels; src/lib/editor/cms-config.ts puts the
 * fields into collections.
 */
import type { RelationKind } from '../../schemas/common.ts';
import type { FieldDoc, FieldDocs } from './field-docs.ts';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  'x-relation'?: RelationKind;
}

export type Field = Record<string, unknown>;

/**
 * Short German form labels by field name. Field names mean the same in every kind of file, so one word list
 * serves all schemas; a field missing here still gets a label (the first clause of its meaning in
 * datenformat.md), and its help text always comes from datenformat.md.
 */
export const FIELD_LABELS: Record<string, string> = {
  actual: 'Ausgaben (Ist)', address: 'Anschrift (eine Zeile je Eintrag)', aliases: 'Frühere Adressen', amount: 'Betrag (Euro)',
  amounts: 'Beträge je Jahr', appId: 'Anwendungs-ID', approvedPeriod: 'Bewilligungszeitraum', approximate: 'Ungefährer Betrag („ca.“)',
  asOf: 'Stichtag', backend: 'Git-Dienst', baseUrl: 'Adresse der Website', basis: 'Brutto oder netto', branch: 'Zweig (Branch)',
  code: 'Projektnummer', credit: 'Von der Quelle genannte Herkunft', cofinancing: 'Hinweis zur Mitfinanzierung', contactEmail: 'Kontakt-E-Mail', contacts: 'Ansprechpersonen',
  currency: 'Währung', date: 'Datum', demo: 'Felder mit Demo-Werten', documents: 'Dokumente', editBaseUrl: 'Adresse für „Diese Seite bearbeiten“',
  editor: 'Web-Editor', email: 'E-Mail', end: 'Ende', fax: 'Fax', fieldLabel: 'Bezeichnung der Gruppen', figures: 'Kennzahlen aus den Quellen', format: 'Format', from: 'Erstes Quartal',
  funder: 'Fördergeber', funding: 'Förderung', goals: 'Ziele', grant: 'Fördersumme (Euro)', handlungsfeld: 'Handlungsfeld', id: 'Kennung',
  keywords: 'Schlagworte', kind: 'Art (Handlungsfeld oder begleitende Maßnahmen)', label: 'Bezeichnung', leichteSprache: 'Leichte Sprache', level: 'Ebene', license: 'Lizenz der offenen Daten',
  lines: 'Zeilen (je Maßnahme)', managingBody: 'Träger', measure: 'Maßnahme', measures: 'Maßnahmen', name: 'Name', note: 'Hinweis',
  number: 'Nummer', order: 'Reihenfolge', organisation: 'Organisation', partners: 'Partner', period: 'Laufzeit', phone: 'Telefon',
  predecessor: 'Vorgängerprojekt', predecessorProgramme: 'Programm des Vorgängers', press: 'Pressestelle', programme: 'Förderprogramm',
  projects: 'Projekte', publisher: 'Herausgeber', qualifier: 'Zusatz', quarters: 'Quartale', rate: 'Förderquote (0 bis 1, 80 % = 0.8)',
  region: 'Region', regionalbudget: 'Regionalbudget', regionalbudgets: 'Regionalbudgets', repo: 'Repository', representedBy: 'Vertreten durch',
  responsible: 'Verantwortlich für den Inhalt', results: 'Ergebnisse', role: 'Funktion', rows: 'Zeilen (je Maßnahme)', shortTitle: 'Kurzname',
  source: 'Quelle', start: 'Beginn', status: 'Stand', subtitle: 'Untertitel', successor: 'Nachfolgeprojekt', summary: 'Zusammenfassung',
  supportedBy: 'Begleitet von', tasks: 'Aufgaben', title: 'Titel', to: 'Letztes Quartal', total: 'Gesamtbudget (Euro)', totals: 'Summen je Jahr',
  unit: 'Einheit', url: 'Web-Adresse', value: 'Wert', volume: 'Fördervolumen', website: 'Website', years: 'Jahre des Plans',
};

/** Texts of several sentences get a text area. */
const LONG_TEXT = new Set(['summary', 'cofinancing']);

const PATTERN_MESSAGE = 'Bitte in der beschriebenen Form eingeben (siehe Hinweis unter dem Feld).';

function isType(schema: JsonSchema, type: string): boolean {
  return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
}

function isYearMap(schema: JsonSchema): boolean {
  return isType(schema, 'object') && !schema.properties && /\\d\{4\}|\[0-9\]\{4\}/.test(schema.propertyNames?.pattern ?? '');
}

export interface FieldContext {
  docs: FieldDocs;
  /** Sections of datenformat.md to look in, most specific first. */
  sections: string[];
  regionalbudget?: string | undefined;
  /** Paths of year maps found while converting, for the file format. */
  yearMaps: string[];
  path: string[];
}

function docFor(ctx: FieldContext, name: string): FieldDoc | undefined {
  for (const section of ctx.sections) {
    const doc = ctx.docs.get(section)?.get(name);
    if (doc) return doc;
  }
  return undefined;
}

function relationField(kind: RelationKind, ctx: FieldContext, multiple: boolean): Field {
  const common = { widget: 'relation', multiple, search_fields: ['title'], display_fields: ['title'], value_field: '{{slug}}' };
  switch (kind) {
    case 'kontakte':
      return { ...common, collection: 'daten', file: 'kontakte', value_field: 'contacts.*.id', search_fields: ['contacts.*.name', 'contacts.*.organisation'], display_fields: ['contacts.*.name'] };
    case 'handlungsfelder':
    case 'massnahmen':
      return ctx.regionalbudget ? { ...common, collection: `${kind}-${ctx.regionalbudget}` } : { widget: 'string' };
    default:
      return { ...common, collection: kind };
  }
}

function valueField(schema: JsonSchema, ctx: FieldContext, multiple = false): Field {
  const relation = schema['x-relation'];
  if (relation) return relationField(relation, ctx, multiple);
  if (schema.enum) return { widget: 'select', options: schema.enum.map(String), multiple };
  if (schema.const !== undefined) return { widget: 'select', options: [String(schema.const)] };
  if (isType(schema, 'boolean')) return { widget: 'boolean' };
  if (isType(schema, 'integer')) return { widget: 'number', value_type: 'int', ...bounds(schema) };
  if (isType(schema, 'number')) return { widget: 'number', value_type: 'float', ...bounds(schema) };
  const field: Field = { widget: LONG_TEXT.has(ctx.path[ctx.path.length - 1] ?? '') ? 'text' : 'string' };
  if (schema.pattern) field['pattern'] = [schema.pattern, PATTERN_MESSAGE];
  return field;
}

function bounds(schema: JsonSchema): Field {
  const out: Field = {};
  if (schema.minimum !== undefined) out['min'] = schema.minimum;
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) out['max'] = schema.maximum;
  return out;
}

export function fieldsOf(schema: JsonSchema, ctx: FieldContext): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== '$schema')
    .map(([name, sub]) => field(name, sub, required.has(name) && sub.default === undefined, ctx));
}

function field(name: string, schema: JsonSchema, required: boolean, ctx: FieldContext): Field {
  const doc = docFor(ctx, name);
  const base: Field = { name, label: FIELD_LABELS[name] ?? doc?.label ?? name, required };
  if (doc?.hint) base['hint'] = doc.hint;
  if (schema.default !== undefined && !(Array.isArray(schema.default) && schema.default.length === 0)) base['default'] = schema.default;
  const inner: FieldContext = { ...ctx, path: [...ctx.path, name] };
  if (isYearMap(schema)) {
    ctx.yearMaps.push(inner.path.join('.'));
    return {
      ...base,
      widget: 'list',
      label_singular: 'Jahr',
      summary: '{{fields.jahr}}: {{fields.betrag}} €',
      fields: [
        { name: 'jahr', label: 'Jahr', widget: 'number', value_type: 'int', min: 1990, max: 2100 },
        { name: 'betrag', label: 'Betrag in Euro', widget: 'number', value_type: 'float', min: 0, step: 0.01, hint: 'Höchstens zwei Nachkommastellen, z. B. 558655.42' },
      ],
    };
  }
  if (isType(schema, 'array') && schema.items) {
    const items = schema.items;
    const list = { ...base, required: required || (schema as { minItems?: number }).minItems !== undefined };
    if (items['x-relation'] || items.enum) return { ...list, ...valueField(items, inner, true) };
    if (isType(items, 'object')) {
      const itemFields = fieldsOf(items, { ...inner, path: [...inner.path, '*'] });
      // Long lists (a budget line per measure) stay readable when closed, each item named by its first field.
      const first = itemFields[0]?.['name'];
      return { ...list, widget: 'list', fields: itemFields, collapsed: true, ...(first ? { summary: `{{fields.${String(first)}}}` } : {}) };
    }
    return { ...list, widget: 'list', field: { name: 'eintrag', label: base['label'], ...valueField(items, inner) } };
  }
  if (isType(schema, 'object') && schema.properties) return { ...base, widget: 'object', fields: fieldsOf(schema, inner) };
  return { ...base, ...valueField(schema, inner) };
}

/** The text of a Markdown or MDX file, below its frontmatter fields. */
export const bodyField = (extension: string): Field => ({
  name: 'body',
  label: 'Text der Seite',
  required: false,
  // MDX may hold components; a plain text field never rewrites them.
  widget: extension === 'mdx' ? 'text' : 'markdown',
  hint: extension === 'mdx' ? 'Markdown mit MDX-Komponenten; nur Text ändern, Komponenten unverändert lassen.' : 'Markdown: Überschriften ab ##, Listen, Links.',
});

/**
 * The configuration of the web editor (Sveltia CMS), generated at build time from the project's own data
 * contract: the JSON Schemas that src/schemas/ generates (fields, types, required, enums, patterns,
 * defaults, relations via `x-relation`), the field tables of docs/datenformat.md (German labels and help
 * texts) and the content tree (one collection per kind, Handlungsfelder and measures per Regionalbudget).
 * A change to a schema changes the editor with the next build; nothing here names a field of a schema.
 */
import type { RelationKind } from '../../schemas/common.ts';
import type { FieldDocs, FieldDoc } from './field-docs.ts';
import type { JsonFormatOptions } from './formats.ts';

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

/** Which schema and which section of datenformat.md describe a kind of file. */
export type Kind = 'regionalbudget' | 'handlungsfeld' | 'massnahme' | 'projekt' | 'programm' | 'aktuelles' | 'budget' | 'zeitplan' | 'kontakte' | 'site';

export interface ContentModel {
  regionalbudgets: { id: string; title: string; extension: string }[];
  /** Ids of Regionalbudgets with `data/budgets/<id>.json` / `data/schedules/<id>.json`. */
  budgets: string[];
  schedules: string[];
  /** File extension per flat content folder, as the files use it (`mdx` for projects). */
  extensions: { projekte: string; programme: string; aktuelles: string; handlungsfelder: string; massnahmen: string };
}

export interface EditorBackend {
  backend: 'gitlab' | 'gitea' | 'forgejo';
  url: string;
  repo: string;
  branch?: string | undefined;
  appId: string;
}

export interface EditorConfig {
  /** Passed to `CMS.init({ config })`. */
  cms: Record<string, unknown>;
  /** Custom file formats by name (registered before init). */
  formats: Record<string, { kind: 'markdown'; extension: string } | ({ kind: 'json'; extension: 'json' } & JsonFormatOptions)>;
}

type Field = Record<string, unknown>;

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

interface Context {
  docs: FieldDocs;
  /** Sections of datenformat.md to look in, most specific first. */
  sections: string[];
  regionalbudget?: string | undefined;
  /** Paths of year maps found while converting, for the file format. */
  yearMaps: string[];
  path: string[];
}

function docFor(ctx: Context, name: string): FieldDoc | undefined {
  for (const section of ctx.sections) {
    const doc = ctx.docs.get(section)?.get(name);
    if (doc) return doc;
  }
  return undefined;
}

function relationField(kind: RelationKind, ctx: Context, multiple: boolean): Field {
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

function valueField(schema: JsonSchema, ctx: Context, multiple = false): Field {
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

function fieldsOf(schema: JsonSchema, ctx: Context): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== '$schema')
    .map(([name, sub]) => field(name, sub, required.has(name) && sub.default === undefined, ctx));
}

function field(name: string, schema: JsonSchema, required: boolean, ctx: Context): Field {
  const doc = docFor(ctx, name);
  const base: Field = { name, label: FIELD_LABELS[name] ?? doc?.label ?? name, required };
  if (doc?.hint) base['hint'] = doc.hint;
  if (schema.default !== undefined && !(Array.isArray(schema.default) && schema.default.length === 0)) base['default'] = schema.default;
  const inner: Context = { ...ctx, path: [...ctx.path, name] };
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

const BODY = (extension: string): Field => ({
  name: 'body',
  label: 'Text der Seite',
  required: false,
  // MDX may hold components; a plain text field never rewrites them.
  widget: extension === 'mdx' ? 'text' : 'markdown',
  hint: extension === 'mdx' ? 'Markdown mit MDX-Komponenten; nur Text ändern, Komponenten unverändert lassen.' : 'Markdown: Überschriften ab ##, Listen, Links.',
});

export interface Inputs {
  schemas: Record<Kind, JsonSchema>;
  docs: FieldDocs;
  model: ContentModel;
  backend?: EditorBackend | undefined;
  /** Public address of the site (for the editor's links to pages). */
  siteUrl: string;
}

/** The editor configuration for the given schemas, docs and content. */
export function editorConfig({ schemas, docs, model, backend, siteUrl }: Inputs): EditorConfig {
  // Names of Markdown formats must end in "-frontmatter": Sveltia refuses .md/.mdx files with other formats.
  const formats: EditorConfig['formats'] = {
    'rb-md-frontmatter': { kind: 'markdown', extension: 'md' },
    'rb-mdx-frontmatter': { kind: 'markdown', extension: 'mdx' },
  };
  const fmt = (extension: string) => (extension === 'mdx' ? 'rb-mdx-frontmatter' : 'rb-md-frontmatter');
  const ctx = (sections: string[], regionalbudget?: string): Context => ({ docs, sections, regionalbudget, yearMaps: [], path: [] });
  const fields = (kind: Kind, sections: string[], regionalbudget?: string) => fieldsOf(schemas[kind], ctx(sections, regionalbudget));
  const jsonFormat = (kind: Kind, sections: string[], regionalbudget?: string) => {
    const c = ctx(sections, regionalbudget);
    const f = fieldsOf(schemas[kind], c);
    return { fields: f, yearMaps: c.yearMaps };
  };

  const folder = (name: string, label: string, singular: string, path: string, extension: string, kindFields: Field[], extra: Field = {}) => ({
    name, label, label_singular: singular, folder: path, extension, format: fmt(extension), create: true,
    slug: '{{title}}', fields: [...kindFields, BODY(extension)], ...extra,
  });

  const collections: Field[] = [
    folder('regionalbudgets', 'Regionalbudgets', 'Regionalbudget', 'content/regionalbudgets', model.regionalbudgets[0]?.extension ?? 'mdx',
      fields('regionalbudget', ['regionalbudget', 'dokument']), { path: '{{slug}}/index' }),
  ];
  for (const rb of model.regionalbudgets) {
    collections.push(
      folder(`handlungsfelder-${rb.id}`, `${shortName(rb.title)}: Handlungsfelder`, 'Handlungsfeld', `content/regionalbudgets/${rb.id}/handlungsfelder`,
        model.extensions.handlungsfelder, fields('handlungsfeld', ['handlungsfeld'], rb.id), { sortable_fields: ['order', 'title'], summary: '{{order}}. {{title}}' }),
      folder(`massnahmen-${rb.id}`, `${shortName(rb.title)}: Maßnahmen`, 'Maßnahme', `content/regionalbudgets/${rb.id}/massnahmen`,
        model.extensions.massnahmen, fields('massnahme', ['massnahme'], rb.id), { sortable_fields: ['number', 'title'], summary: '{{number}} {{title}}' }),
    );
  }
  collections.push(
    folder('aktuelles', 'Aktuelles', 'Meldung', 'content/aktuelles', model.extensions.aktuelles, fields('aktuelles', ['aktuelles']), { sortable_fields: ['date', 'title'] }),
    folder('projekte', 'Projekte', 'Projekt', 'content/projekte', model.extensions.projekte, fields('projekt', ['projekt', 'ergebniszahl', 'dokument'])),
    folder('programme', 'Förderprogramme', 'Förderprogramm', 'content/programme', model.extensions.programme, fields('programm', ['programm'])),
  );

  const dataFile = (name: string, label: string, file: string, kind: Kind, sections: string[], regionalbudget?: string, sums?: JsonFormatOptions['sums']) => {
    const { fields: f, yearMaps } = jsonFormat(kind, sections, regionalbudget);
    const format = yearMaps.length > 0 || sums ? `rb-json-${name}` : 'rb-json';
    formats[format] = { kind: 'json', extension: 'json', yearMaps, ...(sums ? { sums } : {}) };
    return { name, label, file, format, fields: f, editor: { preview: false } };
  };
  formats['rb-json'] = { kind: 'json', extension: 'json', yearMaps: [] };
  const title = (id: string) => shortName(model.regionalbudgets.find((rb) => rb.id === id)?.title ?? id);

  if (model.budgets.length > 0)
    collections.push({
      name: 'budgets', label: 'Budgetpläne', label_singular: 'Budgetplan',
      description: 'Beträge je Maßnahme und Jahr. Die Summen je Jahr (totals) berechnet der Editor beim Speichern aus den Zeilen.',
      files: model.budgets.map((id) =>
        dataFile(`budget-${id}`, `Budgetplan ${title(id)}`, `data/budgets/${id}.json`, 'budget', ['budget'], id, [{ target: 'totals', from: 'lines.*.amounts' }])),
    });
  if (model.schedules.length > 0)
    collections.push({
      name: 'zeitplaene', label: 'Zeitpläne', label_singular: 'Zeitplan',
      description: 'Quartale je Maßnahme: einzelne Quartale (2023-Q1) oder Bereiche (2022-Q3..2025-Q2).',
      files: model.schedules.map((id) => dataFile(`zeitplan-${id}`, `Zeitplan ${title(id)}`, `data/schedules/${id}.json`, 'zeitplan', ['zeitplan'], id)),
    });
  collections.push({
    name: 'daten', label: 'Kontakte und Betreiber', label_singular: 'Datei',
    files: [
      dataFile('kontakte', 'Kontakte', 'data/kontakte.json', 'kontakte', ['kontakte']),
      dataFile('site', 'Betreiber der Website', 'data/site.json', 'site', ['site']),
    ],
  });
  // The fixed totals field is computed on save, so it is shown read-only.
  for (const c of collections) for (const file of (c['files'] as Field[] | undefined) ?? []) markComputed(file, formats);

  return {
    cms: {
      load_config_file: false,
      backend: backendConfig(backend),
      site_url: siteUrl,
      display_url: siteUrl,
      media_folder: 'public/media',
      public_folder: '/media',
      publish_mode: 'simple',
      // File names are ids (a–z, 0–9, hyphens): umlauts lose their accents, everything else becomes "-".
      slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
      collections,
    },
    formats,
  };
}

/** "Regionalbudget Landkreis Leipzig 2022" → "Leipzig 2022": short enough for the editor's sidebar. */
export function shortName(title: string): string {
  return title.replace(/^Regionalbudget\s+/, '').replace(/^(Landkreis|Stadt|Kreis)\s+/, '') || title;
}

function markComputed(file: Field, formats: EditorConfig['formats']): void {
  const format = formats[file['format'] as string];
  if (!format || format.kind !== 'json') return;
  for (const { target } of format.sums ?? []) {
    const f = (file['fields'] as Field[]).find((x) => x['name'] === target);
    if (f) {
      f['readonly'] = true;
      f['hint'] = `${String(f['hint'] ?? '')} Wird beim Speichern aus den Zeilen berechnet (auf den Cent genau).`.trim();
    }
  }
}

function backendConfig(backend: EditorBackend | undefined): Field {
  // Without a git host only the local-folder mode can work; the sign-in button then says the host is missing.
  if (!backend) return { name: 'gitlab', repo: 'bitte/data-site-json-editor-eintragen', branch: 'main', auth_type: 'pkce', app_id: 'fehlt' };
  const base = backend.url.replace(/\/$/, '');
  const branch = backend.branch ?? 'main';
  if (backend.backend === 'gitlab')
    return { name: 'gitlab', repo: backend.repo, branch, base_url: base, api_root: `${base}/api/v4`, auth_type: 'pkce', app_id: backend.appId };
  // Forgejo speaks Gitea's API.
  return { name: 'gitea', repo: backend.repo, branch, base_url: base, api_root: `${base}/api/v1`, app_id: backend.appId };
}

/** Origins the editor may connect to: the git host only. */
export function editorConnectOrigins(backend: EditorBackend | undefined): string[] {
  return backend ? [new URL(backend.url).origin] : [];
}

/** The collection that holds `path` (relative to the project) and the format it is read and written with. */
export function collectionOfFile(config: EditorConfig, path: string): { collection: string; format: string } | undefined {
  for (const c of config.cms['collections'] as Field[]) {
    const files = c['files'] as Field[] | undefined;
    const file = files?.find((f) => f['file'] === path);
    if (file) return { collection: String(c['name']), format: String(file['format']) };
    const folder = c['folder'] as string | undefined;
    if (!folder || !path.startsWith(`${folder}/`)) continue;
    const rest = path.slice(folder.length + 1);
    const ext = String(c['extension']);
    const pattern = c['path'] === '{{slug}}/index' ? new RegExp(`^[^/]+/index\\.${ext}$`) : new RegExp(`^[^/]+\\.${ext}$`);
    if (pattern.test(rest)) return { collection: String(c['name']), format: String(c['format']) };
  }
  return undefined;
}

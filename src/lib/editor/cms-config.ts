/**
 * The configuration of the web editor (Sveltia CMS), generated at build time from the project's own data
 * contract: the JSON Schemas that src/schemas/ generates (fields, types, required, enums, patterns,
 * defaults, relations via `x-relation`), the field tables of docs/datenformat.md (German labels and help
 * texts) and the content tree (one collection per kind, Handlungsfelder and measures per Regionalbudget).
 * A change to a schema changes the editor with the next build; nothing here names a field of a schema.
 */
import type { FieldDocs } from './field-docs.ts';
import type { JsonFormatOptions } from './formats.ts';
import { bodyField, fieldsOf, type Field, type FieldContext, type JsonSchema } from './schema-fields.ts';

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
  const ctx = (sections: string[], regionalbudget?: string): FieldContext => ({ docs, sections, regionalbudget, yearMaps: [], path: [] });
  const fields = (kind: Kind, sections: string[], regionalbudget?: string) => fieldsOf(schemas[kind], ctx(sections, regionalbudget));
  const jsonFormat = (kind: Kind, sections: string[], regionalbudget?: string) => {
    const c = ctx(sections, regionalbudget);
    const f = fieldsOf(schemas[kind], c);
    return { fields: f, yearMaps: c.yearMaps };
  };

  const folder = (name: string, label: string, singular: string, path: string, extension: string, kindFields: Field[], extra: Field = {}) => ({
    name, label, label_singular: singular, folder: path, extension, format: fmt(extension), create: true,
    slug: '{{title}}', fields: [...kindFields, bodyField(extension)], ...extra,
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

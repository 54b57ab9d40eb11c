/**
 * Builds the web editor into `<out>/redaktion/`: the cached Sveltia bundle (editor-bundle.ts), the
 * configuration generated from the schemas (config.json, every build) and the page with its own CSP and
 * `noindex`.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../../src/schemas/json-schemas.ts';
import { editorConfig, editorConnectOrigins, type ContentModel, type EditorBackend, type Kind } from '../../src/lib/editor/cms-config.ts';
import type { JsonSchema } from '../../src/lib/editor/schema-fields.ts';
import { parseFieldDocs } from '../../src/lib/editor/field-docs.ts';
import { EDITOR_DIR, editorBundle } from './editor-bundle.ts';
import { REPO_ROOT } from './run.ts';

export { EDITOR_DIR, editorBundle };
/** An attribute value in double quotes: the CSP's single quotes stay readable. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const SCHEMA_FILE: Record<Kind, string> = {
  regionalbudget: 'regionalbudget.schema.json', handlungsfeld: 'handlungsfeld.schema.json', massnahme: 'massnahme.schema.json',
  projekt: 'projekt.schema.json', programm: 'programm.schema.json', aktuelles: 'aktuelles.schema.json',
  budget: 'budget.schema.json', zeitplan: 'schedule.schema.json', kontakte: 'kontakte.schema.json', site: 'site.schema.json',
};

/** The content tree as the editor sees it: Regionalbudgets with their titles, data files, file extensions. */
export function contentModel(root: string): ContentModel {
  const list = (dir: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).sort() : []);
  const extension = (dir: string, fallback: string) => {
    const exts = list(dir).map((f) => /\.(mdx?)$/.exec(f)?.[1]).filter(Boolean);
    return exts.filter((e) => e === 'mdx').length > exts.length / 2 ? 'mdx' : exts.length > 0 ? 'md' : fallback;
  };
  const regionalbudgets = list('content/regionalbudgets')
    .filter((id) => statSync(join(root, 'content/regionalbudgets', id)).isDirectory())
    .flatMap((id) => {
      const file = list(`content/regionalbudgets/${id}`).find((f) => /^index\.mdx?$/.test(f));
      if (!file) return [];
      const title = /^title:\s*"?(.*?)"?\s*$/m.exec(readFileSync(join(root, 'content/regionalbudgets', id, file), 'utf8'))?.[1] ?? id;
      return [{ id, title, extension: file.endsWith('.mdx') ? 'mdx' : 'md' }];
    });
  const ids = (dir: string) => list(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
  const first = regionalbudgets[0]?.id ?? '';
  return {
    regionalbudgets,
    budgets: ids('data/budgets'),
    schedules: ids('data/schedules'),
    extensions: {
      projekte: extension('content/projekte', 'mdx'),
      programme: extension('content/programme', 'md'),
      aktuelles: extension('content/aktuelles', 'md'),
      handlungsfelder: extension(`content/regionalbudgets/${first}/handlungsfelder`, 'md'),
      massnahmen: extension(`content/regionalbudgets/${first}/massnahmen`, 'md'),
    },
  };
}

export function generatedEditorConfig(root: string, site: { baseUrl: string; editor?: EditorBackend | undefined }) {
  const all = jsonSchemas();
  const schemas = Object.fromEntries(Object.entries(SCHEMA_FILE).map(([kind, file]) => [kind, all[file] as JsonSchema])) as Record<Kind, JsonSchema>;
  const docs = parseFieldDocs(readFileSync(join(REPO_ROOT, 'docs/datenformat.md'), 'utf8'));
  return editorConfig({ schemas, docs, model: contentModel(root), backend: site.editor, siteUrl: site.baseUrl });
}

/** The editor page: its own CSP (scripts and connections to this site and the configured git host only), noindex. */
export function editorPage(entry: { file: string; css?: string[] }, connect: string[]): string {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // Sveltia (Svelte) sets inline styles on its elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    // data:/blob: are read in the page itself (Sveltia fetches its own inline images); no network.
    `connect-src 'self' data: blob: ${connect.join(' ')}`.trim(),
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  const css = (entry.css ?? []).map((href) => `    <link rel="stylesheet" href="/${EDITOR_DIR}/${attr(href)}">\n`).join('');
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="content-security-policy" content="${attr(csp)}">
    <meta name="robots" content="noindex, nofollow">
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <title>Redaktion – Regionalbudget-Portal</title>
${css}    <script type="module" src="/${EDITOR_DIR}/${attr(entry.file)}"></script>
  </head>
  <body>
    <noscript>Der Redaktions-Editor braucht JavaScript. Inhalte lassen sich auch direkt im Git-Repository ändern (docs/redaktion.md).</noscript>
  </body>
</html>
`;
}

/** Writes /redaktion/ into a built site, from the bundle in `dir` (editorBundle()). */
export function writeEditor(dir: string, out: string, root: string, site: { baseUrl: string; editor?: EditorBackend | undefined }): void {
  const target = join(out, EDITOR_DIR);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(dir, target, { recursive: true, filter: (src) => !src.includes(`${join(dir, '.vite')}`) });
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; css?: string[]; isEntry?: boolean }>;
  const entry = Object.values(manifest).find((e) => e.isEntry);
  if (!entry) throw new Error('Editor: kein Einstiegspunkt im Vite-Manifest');
  writeFileSync(join(target, 'config.json'), JSON.stringify(generatedEditorConfig(root, site)));
  writeFileSync(join(target, 'index.html'), editorPage(entry, editorConnectOrigins(site.editor)));
}

/**
 * Builds the web editor into `<out>/redaktion/`: the Sveltia CMS bundle (Vite, from the npm package; about
 * 2 MB, so it is built only when its inputs change and cached in .cache/editor/<hash>/), the configuration
 * generated from the schemas (config.json, every build) and the page with its own CSP and `noindex`.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jsonSchemas } from '../../src/schemas/json-schemas.ts';
import { editorConfig, editorConnectOrigins, type ContentModel, type EditorBackend, type JsonSchema, type Kind } from '../../src/lib/editor/cms-config.ts';
import { parseFieldDocs } from '../../src/lib/editor/field-docs.ts';
import { escapeXml } from '../../src/lib/escape.ts';
import { PROJECT_ROOT } from './run.ts';

export const EDITOR_DIR = 'redaktion';
const CACHE = join(PROJECT_ROOT, '.cache', 'editor');
/** Everything the bundle is made of; a change to any of these rebuilds it. */
const BUNDLE_INPUTS = [
  'src/editor',
  'src/lib/editor/formats.ts',
  'src/lib/editor/json-text.ts',
  'src/lib/editor/frontmatter-text.ts',
  'src/lib/money.ts',
  'package-lock.json',
  // this file: the Vite configuration
  'scripts/lib/editor.ts',
];

const SCHEMA_FILE: Record<Kind, string> = {
  regionalbudget: 'regionalbudget.schema.json', handlungsfeld: 'handlungsfeld.schema.json', massnahme: 'massnahme.schema.json',
  projekt: 'projekt.schema.json', programm: 'programm.schema.json', aktuelles: 'aktuelles.schema.json',
  budget: 'budget.schema.json', zeitplan: 'schedule.schema.json', kontakte: 'kontakte.schema.json', site: 'site.schema.json',
};

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

/**
 * Sveltia's components declare their fonts with @font-face rules that point to a public CDN (its npm build
 * also loads the same fonts from its own files, but the browser fetches both). The rules are pointed at
 * copies of those font files under /redaktion/fonts/, so the editor loads nothing from another host.
 */
const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
const SVELTIA_ASSETS = join(PROJECT_ROOT, 'node_modules/@sveltia/cms/npm/assets');
/** Hosts the bundle must not mention in anything it could load (checked after each bundle build). */
const FOREIGN_LOADS = /cdn\.jsdelivr\.net\/fontsource|fonts\.googleapis\.com|fonts\.gstatic\.com/;

const localFonts = {
  name: 'rb-local-fonts',
  transform(code: string) {
    if (!code.includes('cdn.jsdelivr.net/fontsource')) return null;
    return { code: code.replace(CDN_FONT, (_m, id: string, subset: string) => `/${EDITOR_DIR}/fonts/${id}-${subset}.woff2`), map: null };
  },
};

function copyFonts(target: string): void {
  mkdirSync(join(target, 'fonts'), { recursive: true });
  for (const name of readdirSync(SVELTIA_ASSETS)) {
    const font = /^(.+)-[A-Za-z0-9_-]{8}\.woff2$/.exec(name);
    if (font?.[1]) cpSync(join(SVELTIA_ASSETS, name), join(target, 'fonts', `${font[1]}.woff2`));
    if (name.endsWith('.LICENSE.txt')) cpSync(join(SVELTIA_ASSETS, name), join(target, 'fonts', name));
  }
}

export function bundleHash(): string {
  const hash = createHash('sha256');
  for (const input of BUNDLE_INPUTS)
    for (const file of files(join(PROJECT_ROOT, input))) hash.update(relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The Vite bundle of src/editor/main.ts, built once per input hash. Returns its folder and whether it was cached. */
export async function editorBundle(): Promise<{ dir: string; cached: boolean }> {
  const dir = join(CACHE, bundleHash());
  if (existsSync(join(dir, '.vite', 'manifest.json'))) return { dir, cached: true };
  const { build } = await import('vite');
  const tmp = `${dir}.tmp-${process.pid}`;
  await build({
    configFile: false,
    logLevel: 'warn',
    root: PROJECT_ROOT,
    base: `/${EDITOR_DIR}/`,
    publicDir: false,
    plugins: [localFonts],
    build: {
      outDir: tmp,
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: join(PROJECT_ROOT, 'src/editor/main.ts'), checks: { pluginTimings: false } } as never,
    },
  });
  copyFonts(tmp);
  for (const file of files(tmp).filter((f) => /\.(js|css|html)$/.test(f)))
    if (FOREIGN_LOADS.test(readFileSync(file, 'utf8'))) throw new Error(`Editor: ${relative(tmp, file)} lädt Dateien von einem fremden Host`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(tmp, dir, { recursive: true });
  rmSync(tmp, { recursive: true, force: true });
  // Keep the last few bundles only.
  const old = readdirSync(CACHE).filter((d) => d !== relative(CACHE, dir) && !d.includes('.tmp-'));
  for (const name of old.slice(0, Math.max(0, old.length - 2))) rmSync(join(CACHE, name), { recursive: true, force: true });
  return { dir, cached: false };
}

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
  const docs = parseFieldDocs(readFileSync(join(PROJECT_ROOT, 'docs/datenformat.md'), 'utf8'));
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
  const css = (entry.css ?? []).map((href) => `    <link rel="stylesheet" href="/${EDITOR_DIR}/${escapeXml(href)}">\n`).join('');
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="content-security-policy" content="${escapeXml(csp)}">
    <meta name="robots" content="noindex, nofollow">
    <title>Redaktion – Regionalbudget-Portal</title>
${css}    <script type="module" src="/${EDITOR_DIR}/${escapeXml(entry.file)}"></script>
  </head>
  <body>
    <noscript>Der Redaktions-Editor braucht JavaScript. Inhalte lassen sich auch direkt im Git-Repository ändern (docs/redaktion.md).</noscript>
  </body>
</html>
`;
}

/** Writes /redaktion/ into a built site. */
export async function writeEditor(out: string, root: string, site: { baseUrl: string; editor?: EditorBackend | undefined }) {
  const { dir, cached } = await editorBundle();
  const target = join(out, EDITOR_DIR);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(dir, target, { recursive: true, filter: (src) => !src.includes(`${join(dir, '.vite')}`) });
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; css?: string[]; isEntry?: boolean }>;
  const entry = Object.values(manifest).find((e) => e.isEntry);
  if (!entry) throw new Error('Editor: kein Einstiegspunkt im Vite-Manifest');
  writeFileSync(join(target, 'config.json'), JSON.stringify(generatedEditorConfig(root, site)));
  writeFileSync(join(target, 'index.html'), editorPage(entry, editorConnectOrigins(site.editor)));
  return { cached };
}

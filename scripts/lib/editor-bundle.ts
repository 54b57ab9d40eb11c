/**
 * The Sveltia CMS bundle of the web editor (Vite, from the npm package; about 2 MB): built only when its
 * inputs change and cached in .cache/editor/<hash>/, so that a normal build only copies it.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './run.ts';

export const EDITOR_DIR = 'redaktion';
const CACHE = join(REPO_ROOT, '.cache', 'editor');
/** Everything the bundle is made of; a change to any of these rebuilds it. */
const BUNDLE_INPUTS = [
  'src/editor',
  'src/lib/editor/formats.ts',
  'src/lib/editor/json-text.ts',
  'src/lib/editor/frontmatter-text.ts',
  'src/lib/money.ts',
  'package-lock.json',
  // this file: the Vite configuration
  'scripts/lib/editor-bundle.ts',
];


export function files(path: string): string[] {
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
const SVELTIA_ASSETS = join(REPO_ROOT, 'node_modules/@sveltia/cms/npm/assets');
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
    for (const file of files(join(REPO_ROOT, input))) hash.update(relative(REPO_ROOT, file)).update('\0').update(readFileSync(file));
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
    root: REPO_ROOT,
    base: `/${EDITOR_DIR}/`,
    publicDir: false,
    plugins: [localFonts],
    build: {
      outDir: tmp,
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: join(REPO_ROOT, 'src/editor/main.ts'), checks: { pluginTimings: false } } as never,
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


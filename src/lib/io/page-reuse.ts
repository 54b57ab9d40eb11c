/**
 * The incremental build (docs/decisions/0014): a page whose key (src/lib/io/render-keys.ts) is the one it was
 * published with is not rendered again; scripts/build.ts hard-links it from the published version into the new
 * one. This is the part inside Astro: each keyed route's `getStaticPaths` passes its entries through
 * `renderOnly`, which drops the ones to take over and notes every keyed file with its key for the build
 * (src/lib/io/reuse-files.ts). Outside a build by scripts/build.ts (`astro dev`, a plain `astro build`), every
 * entry is rendered.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageKeys, type RenderKeys } from './render-keys.ts';
import { REUSE_ENV, reuseFiles } from './reuse-files.ts';

/** The file Astro writes for an address (astro.config.mjs: trailingSlash 'always', build.format 'directory'). */
export function outputFile(url: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || url.split('/').some((part) => part === '..' || part === '.') || url.includes('\\')) {
    throw new Error(`Keine Seitenadresse: ${url}`);
  }
  return url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
}

export interface Reusable {
  /** The page's address; its file follows from it (outputFile). */
  url: string;
  /** The page's key among the build's keys. */
  key: (keys: RenderKeys) => string;
}

interface Published {
  from: string;
  keys: Readonly<Record<string, string>>;
}

let loaded: { id: string; value: Published | undefined } | undefined;

/** The published version and its keys, when scripts/build.ts named one; read once per build. */
function publishedVersion(dir: string, from: string | undefined): Published | undefined {
  const id = `${dir}\0${from}`;
  if (loaded?.id === id) return loaded.value;
  let value: Published | undefined;
  if (from !== undefined) {
    try {
      const record = JSON.parse(readFileSync(reuseFiles(dir).published, 'utf8')) as { keys?: unknown };
      if (record.keys && typeof record.keys === 'object') value = { from, keys: record.keys as Record<string, string> };
    } catch {
      value = undefined; // no usable record: every page is rendered
    }
  }
  loaded = { id, value };
  return value;
}

/**
 * The entries to render: all of them outside a build by scripts/build.ts or without a published version;
 * otherwise those whose key changed or whose file the published version lacks.
 */
export function renderOnly<T extends object>(entries: (T & Reusable)[], env: Record<string, string | undefined> = process.env): T[] {
  const strip = ({ url: _url, key: _key, ...entry }: T & Reusable): T => entry as unknown as T;
  const keys = pageKeys();
  const dir = env[REUSE_ENV.dir];
  if (!keys || dir === undefined) return entries.map(strip);
  const before = publishedVersion(dir, env[REUSE_ENV.from]);
  const lines: string[] = [];
  const render: T[] = [];
  for (const entry of entries) {
    const file = outputFile(entry.url);
    const key = entry.key(keys);
    const reuse = before !== undefined && before.keys[file] === key && existsSync(join(before.from, file));
    lines.push(JSON.stringify({ f: file, k: key, r: reuse ? 1 : 0 }));
    if (!reuse) render.push(strip(entry));
  }
  if (lines.length > 0) appendFileSync(reuseFiles(dir).log, `${lines.join('\n')}\n`);
  return render;
}

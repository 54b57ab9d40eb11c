/** The HTML pages of a built site (dist/), with their URL paths; shared by the checks over the build. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeEntities } from '../../src/lib/html-entities.ts';
import { maskAttributeMarkup } from '../../src/lib/search/html-text.ts';

export interface BuiltPage {
  /** Path of the file below dist, with "/" ("regionalbudgets/x/index.html"). */
  file: string;
  /** URL path ("/regionalbudgets/x/", "/404.html"). */
  url: string;
  html: string;
}

/**
 * Every file below `dir` (relative paths with "/"), sorted. `skip` leaves folders out: a list of top-level
 * folders, or a test on a folder's relative path.
 */
export function listFiles(dir: string, skip: readonly string[] | ((folder: string) => boolean) = []): string[] {
  const skipped = typeof skip === 'function' ? skip : (folder: string) => skip.includes(folder);
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      const rel = relative(dir, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!skipped(rel)) walk(full);
      } else out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a built file is served at: "x/index.html" → "/x/", "404.html" → "/404.html". */
export function urlOf(file: string): string {
  return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** Every .html file below `dir`, sorted (see listFiles for `skip`). */
export function htmlFiles(dir: string, skip: Parameters<typeof listFiles>[1] = []): string[] {
  return listFiles(dir, skip).filter((f) => f.endsWith('.html'));
}

/** A folder with no pages of its own: Pagefind's index, Astro's assets (`_astro`) and any other `_` folder. */
export function isAssetFolder(folder: string): boolean {
  const name = folder.split('/').at(-1) ?? '';
  return name === 'pagefind' || name.startsWith('_');
}

/** URL paths of the folder pages (…/index.html) of a build, sorted: what the sitemap and the published URLs list. */
export function folderPageUrls(dist: string): string[] {
  return htmlFiles(dist, isAssetFolder)
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map(urlOf)
    .sort();
}

/** All HTML pages of the build except Pagefind's folder and the web editor (/redaktion/, an app with its own tests). */
export function builtPages(dist: string): BuiltPage[] {
  return htmlFiles(dist, ['pagefind', 'redaktion']).map((file) => ({ file, url: urlOf(file), html: readFileSync(join(dist, file), 'utf8') }));
}

/** A static redirect page (meta refresh) rather than content. */
export function isRedirect(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html);
}

/** Attribute values of all start tags, with the tag name: [{ tag, attrs }]. Enough for Astro's output. */
export function tags(html: string): { tag: string; attrs: Record<string, string> }[] {
  const withoutScripts = maskAttributeMarkup(html).replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1').replace(/<!--[\s\S]*?-->/g, '');
  const result: { tag: string; attrs: Record<string, string> }[] = [];
  for (const m of withoutScripts.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[(a[1] ?? '').toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    result.push({ tag: (m[1] ?? '').toLowerCase(), attrs });
  }
  return result;
}

/** The built site a checking command works on (`--dist`, default dist/); exits with a German hint when there is none. */
export function builtSiteOrExit(dist: string | undefined, root: string): string {
  const dir = dist ?? join(root, 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`In ${dir} liegt keine gebaute Website. Bitte zuerst „npm run build“ ausführen.`);
    process.exit(1);
  }
  return dir;
}

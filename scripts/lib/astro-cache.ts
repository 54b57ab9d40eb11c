/**
 * Astro's cache folder for a build of the content at `contentRoot`, and the project files Astro derives from it.
 *
 * Astro's content store (in the cache folder) keeps each entry's file path, and keeps an entry whose file did not
 * change as it is. A build of other content with the same files (a copy in a temporary folder, as the web
 * editor's test builds) left the copy's paths in the project's store; the next build of the project's own content
 * imported the copy's MDX files, by then deleted, and failed. So other content gets a cache of its own: one
 * folder for whichever other root was built last. RB_CACHE_DIR, where set, decides. Each cache folder names the
 * root it belongs to, and is emptied when a build of another root finds it (a cache from before this rule has no
 * name and is emptied once).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The cache folder: RB_CACHE_DIR (relative to the project), the project's own, or the one for other content. */
export function astroCacheFor(env: Record<string, string | undefined>, repoRoot: string, contentRoot: string): string {
  if (env['RB_CACHE_DIR']) return resolve(repoRoot, env['RB_CACHE_DIR']);
  return resolve(repoRoot, 'node_modules', resolve(contentRoot) === resolve(repoRoot) ? '.astro' : '.astro-other-root');
}

/** Empties the cache folder when it belongs to another root than `contentRoot` (or names none), and marks it. */
export function claimCache(dir: string, contentRoot: string): void {
  const marker = join(dir, 'rb-content-root.txt');
  const root = resolve(contentRoot);
  let owner: string | undefined;
  try {
    owner = readFileSync(marker, 'utf8');
  } catch {
    owner = undefined;
  }
  if (owner === root) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(marker, root);
}

/**
 * Files in the project's `.astro/` that Astro writes from the content store only when the store changed: after
 * a build of other content they name that content's files. Removed before each build, Astro writes them from
 * this build's store.
 */
export const STORE_DERIVED_FILES = ['content-modules.mjs', 'content-assets.mjs'];

export function removeStoreDerivedFiles(repoRoot: string): void {
  for (const name of STORE_DERIVED_FILES) rmSync(join(repoRoot, '.astro', name), { force: true });
}

/**
 * The one cache of a build: what is read from the project's files and its git history (the model, the
 * change history, file dates) is read once per repo root and kept here.
 * It lives on globalThis because `astro dev` loads these modules more than once (page renderer and the
 * validation overlay integration), and `resetBuildCache()` from either must clear the one cache.
 */
const CACHE = Symbol.for('regionalbudget-portal.build-cache');
type Store = { [CACHE]?: Map<string, Map<string, unknown>> };
const store = globalThis as Store;

/** The value of `key` for the project at `root`, computed on first use. */
export function perBuild<T>(root: string, key: string, compute: () => T): T {
  const roots = (store[CACHE] ??= new Map());
  let values = roots.get(root);
  if (!values) roots.set(root, (values = new Map()));
  if (values.has(key)) return values.get(key) as T;
  const value = compute();
  values.set(key, value);
  return value;
}

/** Forgets everything read, so the next page reads content/, data/ and git again (dev server, on change). */
export function resetBuildCache(): void {
  delete store[CACHE];
}

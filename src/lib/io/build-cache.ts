/**
 * The one cache of a build: what is read from the project's files and its git history (the model, the
 * change history, file dates, the site's vocabulary) is read once per repo root and kept here.
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

const COMMIT_CACHE = Symbol.for('regionalbudget-portal.commit-cache');
type CommitStore = { [COMMIT_CACHE]?: Map<string, { head: string; value: unknown }> };
const commitStore = globalThis as CommitStore;

/**
 * A value read from the git history (file dates, the change history): it changes only with a new commit, so
 * it outlives resetBuildCache() while HEAD names the same commit. The dev server resets after every saved
 * file and ran `git log` (and `git cat-file` over every version of every budget file) again each time.
 * (A history that changes under the same HEAD, e.g. `git fetch --unshallow`, shows after a restart.)
 * `head()` names the current commit (undefined without git or without a commit: then the value, which says
 * "no history", is kept until there is one).
 */
export function perCommit<T>(root: string, key: string, head: () => string | undefined, compute: () => T): T {
  return perBuild(root, key, () => {
    const commit = perBuild(root, 'git-head', head) ?? '';
    const values = (commitStore[COMMIT_CACHE] ??= new Map());
    const id = `${root}\u0000${key}`;
    const kept = values.get(id);
    if (kept?.head === commit) return kept.value as T;
    const value = compute();
    values.set(id, { head: commit, value });
    return value;
  });
}

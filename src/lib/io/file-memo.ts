/**
 * Results computed from one file (parsed and schema-checked entry, body check), kept while the file is
 * unchanged: the dev server validates everything after every save, and with 10,000 measures reading and
 * parsing all files again took most of the time from saving to the updated page. A file counts as unchanged
 * while its size, modification and change times and inode are; any write changes them. Each file is looked
 * at (stat) once per run: the validation and the pages' vocabulary ask for the same 13,000 files after a save.
 * Build and check validate once per process and use no memo.
 */
import { statSync } from 'node:fs';

export interface FileMemo {
  /** `compute()` for the file at `path` (absolute), or its remembered result under `kind` if the file is unchanged. */
  get<T>(path: string, kind: string, compute: () => T): T;
  /**
   * Starts a run (the dev server: after each change): files are looked at again. Within a run a file's
   * signature is read once; a write during the run is seen by the next run, which the write itself triggers.
   */
  nextRun(): void;
}

export function fileMemo(): FileMemo {
  const results = new Map<string, { signature: string; value: unknown }>();
  let signatures = new Map<string, string | undefined>();
  const signatureOf = (path: string): string | undefined => {
    if (signatures.has(path)) return signatures.get(path);
    const stat = statSync(path, { throwIfNoEntry: false });
    const signature = stat?.isFile() ? `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}` : undefined;
    signatures.set(path, signature);
    return signature;
  };
  return {
    nextRun() {
      signatures = new Map();
    },
    get<T>(path: string, kind: string, compute: () => T): T {
      const signature = signatureOf(path);
      if (signature === undefined) return compute();
      const key = `${kind}\u0000${path}`;
      const hit = results.get(key);
      if (hit?.signature === signature) return hit.value as T;
      // Stat before computing: a write during the computation leaves a signature that no longer matches.
      const value = compute();
      results.set(key, { signature, value });
      return value;
    },
  };
}

/**
 * The dev server's memo, shared with the page modules: Vite loads them apart from the integration that owns
 * the memo (src/integrations/validation-overlay.ts), so it is handed over on globalThis. Undefined in builds
 * and checks, which read every file once anyway.
 */
const DEV_MEMO = Symbol.for('regionalbudget-portal.dev-file-memo');
type MemoStore = { [DEV_MEMO]?: FileMemo };

export function shareDevMemo(memo: FileMemo | undefined): void {
  (globalThis as MemoStore)[DEV_MEMO] = memo;
}

export function devMemo(): FileMemo | undefined {
  return (globalThis as MemoStore)[DEV_MEMO];
}

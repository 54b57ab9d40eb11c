/**
 * Results computed from one file (parsed and schema-checked entry, body check), kept while the file is
 * unchanged: the dev server validates everything after every save, and with 10,000 measures reading and
 * parsing all files again took most of the time from saving to the updated page. A file counts as unchanged
 * while its size, modification and change times and inode are; any write changes them.
 * Build and check validate once per process and use no memo.
 */
import { statSync } from 'node:fs';

export interface FileMemo {
  /** `compute()` for the file at `path` (absolute), or its remembered result under `kind` if the file is unchanged. */
  get<T>(path: string, kind: string, compute: () => T): T;
}

export function fileMemo(): FileMemo {
  const results = new Map<string, { signature: string; value: unknown }>();
  return {
    get<T>(path: string, kind: string, compute: () => T): T {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat?.isFile()) return compute();
      const signature = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
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

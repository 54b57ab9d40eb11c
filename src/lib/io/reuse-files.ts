/**
 * Where the incremental build keeps what it knows about one published site (docs/decisions/0014): a folder per
 * output folder, which scripts/build.ts names in RB_REUSE_DIR. RB_REUSE_FROM names the published version to
 * take unchanged pages from; without it every page is rendered (the first build, or when the record does not
 * belong to the version that is online).
 */
import { join } from 'node:path';

export const REUSE_ENV = { dir: 'RB_REUSE_DIR', from: 'RB_REUSE_FROM' } as const;

export interface ReuseFiles {
  /** `{ site, keys }`: the published version's folder and the key of each keyed file in it. */
  published: string;
  /** This build's keyed files, one JSON line each: `{"f": file, "k": key, "r": 1 when taken over}`. */
  log: string;
}

export function reuseFiles(dir: string): ReuseFiles {
  return {
    published: join(dir, 'published.json'),
    log: join(dir, 'keys.jsonl'),
  };
}

/** Hashing for cache keys: every file below a folder in a stable order, values as JSON, files by name and bytes. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, sorted by name at each level (nothing when `dir` is missing). */
export function* files(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Maps become entry lists, so JSON covers ByYear amounts and the history. */
export function json(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v].sort() : v));
}

export function digest(parts: Iterable<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Each file's name, then its bytes (or "(fehlt)"), for `digest`. */
export function* fileParts(root: string, names: Iterable<string>): Generator<string | Buffer> {
  for (const name of names) {
    yield name;
    try {
      yield readFileSync(join(root, name));
    } catch {
      yield '(fehlt)';
    }
  }
}

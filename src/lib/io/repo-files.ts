/**
 * The one walk over the project's folders. A symbolic link counts as what it points to, as for the reader
 * (read-repo.ts); a link to nothing is listed apart, so the check can report it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FolderFiles {
  /** Paths relative to the repo root, with `/`, sorted. */
  files: string[];
  /** Symbolic links whose target does not exist. */
  broken: string[];
}

function walk(root: string, rel: string, out: FolderFiles): void {
  for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
    const path = `${rel}/${entry.name}`;
    const target = entry.isSymbolicLink() ? statSync(join(root, path), { throwIfNoEntry: false }) : entry;
    if (target?.isDirectory()) walk(root, path, out);
    else if (target) out.files.push(path);
    else out.broken.push(path);
  }
}

/** Every file below the folders `dirs` of `root` (missing folders have none). */
export function filesBelow(root: string, dirs: readonly string[]): FolderFiles {
  const out: FolderFiles = { files: [], broken: [] };
  for (const dir of dirs) if (existsSync(join(root, dir))) walk(root, dir, out);
  out.files.sort();
  out.broken.sort();
  return out;
}

/** The text of a project file, or undefined when it cannot be read (the reader reports that). */
export function readText(root: string, rel: string): string | undefined {
  try {
    return readFileSync(join(root, rel), 'utf8');
  } catch {
    return undefined;
  }
}

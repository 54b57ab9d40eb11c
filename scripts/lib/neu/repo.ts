/** What `npm run neu` reads of the project: existing files, their frontmatter, the Regionalbudgets. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatterSource } from '../../../src/lib/validation/source.ts';

export const exists = (root: string, rel: string): boolean => existsSync(join(root, rel));

export function read(root: string, rel: string): string {
  return readFileSync(join(root, rel), 'utf8');
}

export function markdownFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => /\.mdx?$/.test(name) && statSync(join(abs, name)).isFile())
    .sort();
}

/** Frontmatter data of a file, loosely (the check reports broken files; here they are only skipped). */
export function frontmatterOf(root: string, rel: string): Record<string, unknown> {
  const parsed = parseFrontmatterSource(rel, read(root, rel));
  return parsed.ok && parsed.source.data && typeof parsed.source.data === 'object' ? (parsed.source.data as Record<string, unknown>) : {};
}

export function regionalbudgetIds(root: string): string[] {
  const abs = join(root, 'content/regionalbudgets');
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => statSync(join(abs, name)).isDirectory())
    .sort();
}


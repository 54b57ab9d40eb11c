/** Runs a schema the way `npm run check` does (German texts for zod's generic cases), without a file. */
import type { z } from 'astro/zod';
import type { Issue } from '../../../src/lib/validation/issue.ts';
import { checkSchema } from '../../../src/lib/validation/schema-issues.ts';

export function parse<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = checkSchema(schema, 'test.json', { data, locate: () => undefined });
  if (!result.ok) throw new Error(`expected valid data, got:\n${result.issues.map((i) => `${i.path?.join('.')}: ${i.expected}`).join('\n')}`);
  return result.data;
}

export function issues<S extends z.ZodType>(schema: S, data: unknown): Issue[] {
  const result = checkSchema(schema, 'test.json', { data, locate: () => undefined });
  if (result.ok) throw new Error('expected the data to be rejected');
  return result.issues;
}

/** The single issue at `path` (fails when there is none or more than one). */
export function issueAt<S extends z.ZodType>(schema: S, data: unknown, path: (string | number)[]): Issue {
  const all = issues(schema, data);
  const here = all.filter((i) => JSON.stringify(i.path) === JSON.stringify(path));
  if (here.length !== 1) throw new Error(`expected one issue at ${path.join('.')}, got: ${JSON.stringify(all.map((i) => i.path))}`);
  return here[0] as Issue;
}

/** Deep copy with a change applied. */
export function edit<T>(value: T, change: (copy: T) => void): T {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}

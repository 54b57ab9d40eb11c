/**
 * A generated project whose lists are longer than a page (src/lib/pagination.ts): one Regionalbudget of 260
 * measures, 130 of them moved into its first Handlungsfeld (plus the generator's few), 110 without a field, and
 * 230 news items (all about it). Shared by the build test and the browser test of long lists.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../scripts/bench/generate.ts';

export const LONG_LISTS = { measures: 260, inFirstField: 130, unassigned: 110, news: 230 } as const;

export interface LongLists {
  rb: string;
  /** Field slugs in file-name order. */
  fields: string[];
  /** Measure page URLs by field slug ('' for none). */
  byField: Map<string, Set<string>>;
}

export function generateLongLists(root: string): LongLists {
  const { measures, inFirstField, unassigned, news } = LONG_LISTS;
  generate(root, { regionalbudgets: 1, measures, news, seed: 3 });
  const [rb = ''] = readdirSync(join(root, 'content/regionalbudgets'));
  const fields = readdirSync(join(root, 'content/regionalbudgets', rb, 'handlungsfelder')).map((f) => f.replace(/\.mdx?$/, ''));
  const byField = new Map<string, Set<string>>();
  const dir = join(root, 'content/regionalbudgets', rb, 'massnahmen');
  for (const file of readdirSync(dir)) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const number = Number(/^number: (\d+)$/m.exec(text)?.[1]);
    const field = number <= inFirstField ? fields[0]! : number <= inFirstField + unassigned ? '' : (/^handlungsfeld: (.+)$/m.exec(text)?.[1] ?? '');
    writeFileSync(path, field ? text.replace(/^handlungsfeld: .+$/m, `handlungsfeld: ${field}`) : text.replace(/^handlungsfeld: .+\n/m, ''));
    const url = `/regionalbudgets/${rb}/massnahmen/${file.replace(/\.mdx?$/, '')}/`;
    byField.set(field, (byField.get(field) ?? new Set()).add(url));
  }
  return { rb, fields, byField };
}

/**
 * The hyphenation vocabulary (src/lib/io/site-vocabulary.ts) when the content lives apart from the code, as in
 * the benchmark and any generated site: the templates' words still count.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteVocabulary } from '../../../src/lib/io/site-vocabulary.ts';
import { hyphenateWord, SOFT_HYPHEN } from '../../../src/lib/typography.ts';

const work = mkdtempSync(join(tmpdir(), 'rb-vocabulary-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(root: string, rel: string, text: string): void {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}

describe('site vocabulary', () => {
  // Content that says "Region" and "Regionalbudget" but never "Budget"; a template that says "Budget".
  const content = join(work, 'inhalte');
  const code = join(work, 'code');
  write(content, 'content/meldungen/a.md', '---\ntitle: Eine Meldung\n---\nDas Regionalbudget stärkt die Region.\n');
  write(content, 'data/site.json', '{"name": "Regionalbudget-Portal"}');
  write(code, 'src/components/Figures.astro', '<span>Budget gesamt</span>');
  write(code, 'content/meldungen/b.md', 'Nur im Code-Ordner: Tourismusförderung');

  it('takes the templates from the code and the content from the content root', () => {
    const vocabulary = siteVocabulary(content, code);
    expect(vocabulary.has('budget')).toBe(true);
    expect(vocabulary.has('region')).toBe(true);
    // Content of the code folder is not the site's content.
    expect(vocabulary.has('tourismusförderung')).toBe(false);
  });

  it('breaks "Regionalbudgets" between its parts, not inside "regional"', () => {
    const vocabulary = siteVocabulary(content, code);
    expect(hyphenateWord('Regionalbudgets', vocabulary)).toBe(`Regional${SOFT_HYPHEN}budgets`);
  });
});

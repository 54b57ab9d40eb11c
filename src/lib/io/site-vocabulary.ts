/**
 * The site's own words, for placing soft hyphens (src/lib/typography.ts): every file under content/ and
 * data/ plus the fixed texts of the page templates, split like the search index splits them. Built once per
 * build and repo root.
 */
import { repoRoot } from '../data/get-model.ts';
import { buildVocabulary, learnParts } from '../search/compounds.ts';
import { perBuild } from './build-cache.ts';
import { join } from 'node:path';
import { devMemo } from './file-memo.ts';
import { filesBelow, readText } from './repo-files.ts';

const SOURCES = ['content', 'data', 'src/pages', 'src/components'];
const TEXT_FILE = /\.(md|mdx|json|astro)$/;

export function siteVocabulary(root: string = repoRoot()): Set<string> {
  return perBuild(root, 'site-vocabulary', () => {
    const files = filesBelow(root, SOURCES).files.filter((file) => TEXT_FILE.test(file));
    const memo = devMemo();
    if (!memo) return learnParts(buildVocabulary(files.map((file) => readText(root, file) ?? '')));
    // dev server: the words of each unchanged file are kept; their union in file order is the same set, in
    // the same order, as buildVocabulary over all texts
    const vocabulary = new Set<string>();
    for (const file of files) {
      const words = memo.get(join(root, file), 'vocabulary', () => buildVocabulary([readText(root, file) ?? '']));
      for (const word of words) vocabulary.add(word);
    }
    return learnParts(vocabulary);
  });
}

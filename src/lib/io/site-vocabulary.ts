/**
 * The site's own words, for placing soft hyphens (src/lib/typography.ts): every file under content/ and
 * data/ plus the fixed texts of the page templates, split like the search index splits them. Built once per
 * build and repo root.
 */
import { repoRoot } from '../data/get-model.ts';
import { buildVocabulary, learnParts } from '../search/compounds.ts';
import { perBuild } from './build-cache.ts';
import { filesBelow, readText } from './repo-files.ts';

const SOURCES = ['content', 'data', 'src/pages', 'src/components'];
const TEXT_FILE = /\.(md|mdx|json|astro)$/;

export function siteVocabulary(root: string = repoRoot()): Set<string> {
  return perBuild(root, 'site-vocabulary', () => {
    const texts = filesBelow(root, SOURCES)
      .files.filter((file) => TEXT_FILE.test(file))
      .map((file) => readText(root, file) ?? '');
    return learnParts(buildVocabulary(texts));
  });
}

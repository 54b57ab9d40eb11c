/**
 * The site's own words, for placing soft hyphens (src/lib/typography.ts): every file under content/ and
 * data/ plus the fixed texts of the page templates, split like the search index splits them. Built once per
 * build and repo root.
 *
 * The templates are read from the code (`codeRoot`, where Astro runs), the content from `root` (RB_REPO_ROOT):
 * content kept apart from the code (the benchmark, a generated site) still has the templates' words. Without
 * them "Budget" was unknown there, and "Regionalbudgets" broke as "Region-albudgets".
 */
import { repoRoot } from '../data/get-model.ts';
import { buildVocabulary, learnParts } from '../search/compounds.ts';
import { perBuild } from './build-cache.ts';
import { filesBelow, readText } from './repo-files.ts';

const CONTENT = ['content', 'data'];
const TEMPLATES = ['src/pages', 'src/components'];
const TEXT_FILE = /\.(md|mdx|json|astro)$/;

function texts(root: string, dirs: readonly string[]): string[] {
  return filesBelow(root, dirs)
    .files.filter((file) => TEXT_FILE.test(file))
    .map((file) => readText(root, file) ?? '');
}

export function siteVocabulary(root: string = repoRoot(), codeRoot: string = process.cwd()): Set<string> {
  return perBuild(root, `site-vocabulary\0${codeRoot}`, () => learnParts(buildVocabulary([...texts(root, CONTENT), ...texts(codeRoot, TEMPLATES)])));
}

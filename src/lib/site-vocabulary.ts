/**
 * The site's own words, for placing soft hyphens (src/lib/typography.ts): every file under content/ and
 * data/ plus the fixed texts of the page templates, split like the search index splits them. Built once per
 * build process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './data/project.ts';
import { buildVocabulary, learnParts } from './search/compounds.ts';

const SOURCES = ['content', 'data', 'src/pages', 'src/components'];
const TEXT_FILE = /\.(md|mdx|json|astro)$/;

let cached: { root: string; vocabulary: Set<string> } | undefined;

function* textFiles(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (TEXT_FILE.test(entry.name)) yield path;
  }
}

export function siteVocabulary(root: string = projectRoot()): Set<string> {
  if (cached?.root === root) return cached.vocabulary;
  const texts = SOURCES.flatMap((dir) => [...textFiles(join(root, dir))].map((file) => readFileSync(file, 'utf8')));
  const vocabulary = learnParts(buildVocabulary(texts));
  cached = { root, vocabulary };
  return vocabulary;
}

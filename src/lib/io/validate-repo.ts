/**
 * The one entry point for checking content and data: used by `npm run check`, by the build and by the
 * tests. Every file is read once; reading, schema checks and cross-checks run once.
 */
import { validateParsed, type ValidationResult } from '../data/validate-repo.ts';
import { checkBody } from '../validation/body-checks.ts';
import type { Issue } from '../validation/issue.ts';
import { filesBelow, readText } from './repo-files.ts';
import { readRepo } from './read-repo.ts';

/** The bodies of every Markdown and MDX file under content/ (unreadable ones the reader reports). */
function checkBodies(root: string): Issue[] {
  return filesBelow(root, ['content'])
    .files.filter((file) => /\.mdx?$/.test(file))
    .flatMap((file) => {
      const text = readText(root, file);
      return text === undefined ? [] : checkBody(file, text);
    });
}

export function validateRepo(root: string): ValidationResult {
  const { repo, issues } = readRepo(root);
  return validateParsed(repo, [...issues, ...checkBodies(root)]);
}

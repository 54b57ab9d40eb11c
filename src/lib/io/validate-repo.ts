/**
 * The one entry point for checking content and data: used by `npm run check`, by the build and by the
 * tests. Every file is read once; reading, schema checks and cross-checks run once.
 */
import { validateParsed, type ValidationResult } from '../data/validate-repo.ts';
import { checkBody } from '../validation/body-checks.ts';
import type { Issue } from '../validation/issue.ts';
import { join } from 'node:path';
import type { FileMemo } from './file-memo.ts';
import { filesBelow, readText } from './repo-files.ts';
import { readRepo } from './read-repo.ts';

/** The bodies of every Markdown and MDX file under content/ (unreadable ones the reader reports). */
function checkBodies(root: string, memo?: FileMemo): Issue[] {
  return filesBelow(root, ['content'])
    .files.filter((file) => /\.mdx?$/.test(file))
    .flatMap((file) => {
      const check = () => {
        const text = readText(root, file);
        return text === undefined ? [] : checkBody(file, text);
      };
      return memo ? memo.get(join(root, file), 'body', check) : check();
    });
}

/** `memo`: the dev server's, so that a validation after a save parses only the files that changed. */
export function validateRepo(root: string, memo?: FileMemo): ValidationResult {
  const { repo, issues } = readRepo(root, memo);
  return validateParsed(repo, [...issues, ...checkBodies(root, memo)]);
}

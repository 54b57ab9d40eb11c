/**
 * The one entry point for checking content and data: used by `npm run check`, by the build and by the
 * tests. Every file is read once; reading, schema checks and cross-checks run once.
 */
import { validateParsed, type ValidationResult } from '../data/validate-repo.ts';
import { checkBody } from '../validation/body-checks.ts';
import type { Issue } from '../validation/issue.ts';
import { join } from 'node:path';
import type { FileMemo } from './file-memo.ts';
import { readText } from './repo-files.ts';
import { readRepo } from './read-repo.ts';

/**
 * The bodies of every Markdown and MDX file under content/ (unreadable ones the reader reports). `files`: the
 * reader's walk; `texts`: what it has read already, so that each file is read once.
 */
function checkBodies(root: string, files: readonly string[], texts: ReadonlyMap<string, string>, memo?: FileMemo): Issue[] {
  return files
    .filter((file) => file.startsWith('content/') && /\.mdx?$/.test(file))
    .flatMap((file) => {
      const check = () => {
        // with a memo the file is read again: its result is kept under the signature of this reading
        const text = (memo ? undefined : texts.get(file)) ?? readText(root, file);
        return text === undefined ? [] : checkBody(file, text);
      };
      return memo ? memo.get(join(root, file), 'body', check) : check();
    });
}

/** `memo`: the dev server's, so that a validation after a save parses only the files that changed. */
export function validateRepo(root: string, memo?: FileMemo): ValidationResult {
  const { repo, issues, files, texts } = readRepo(root, memo);
  return validateParsed(repo, [...issues, ...checkBodies(root, files, texts, memo)]);
}

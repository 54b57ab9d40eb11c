/**
 * The one entry point for checking content and data: used by `npm run check`, by the build and by the
 * tests. Every file is read once; reading, schema checks and cross-checks run once.
 */
import { validateParsed, type ValidationResult } from '../data/validate-project.ts';
import { checkBody } from '../validation/body-checks.ts';
import type { Issue } from '../validation/issue.ts';
import { filesBelow, readText } from './project-files.ts';
import { readProject } from './read-project.ts';

/** The bodies of every Markdown and MDX file under content/ (unreadable ones the reader reports). */
function checkBodies(root: string): Issue[] {
  return filesBelow(root, ['content'])
    .files.filter((file) => /\.mdx?$/.test(file))
    .flatMap((file) => {
      const text = readText(root, file);
      return text === undefined ? [] : checkBody(file, text);
    });
}

export function validateProject(root: string): ValidationResult {
  const { project, issues } = readProject(root);
  return validateParsed(project, [...issues, ...checkBodies(root)]);
}

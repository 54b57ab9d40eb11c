/**
 * The model for pages: validated once per build (src/lib/io/build-cache.ts). A page that asks for it on
 * invalid content gets the full German error list, so `astro build` and `astro dev` stop with the same
 * message as `npm run check`. This is the one module outside src/lib/io/ that reads files (through it):
 * pages and components ask here, pure modules take the model as an argument.
 */
import { perBuild } from '../io/build-cache.ts';
import { validateRepo } from '../io/validate-repo.ts';
import { ValidationFailed } from '../validation/issue.ts';
import type { Model } from './model.ts';

/**
 * Keeps a model the caller has just validated (the dev server's overlay validates after every change), so
 * the next page does not read and check all files a second time.
 */
export function setModel(root: string, model: Model): void {
  perBuild(root, 'model', () => model);
}

export function repoRoot(): string {
  return process.env['RB_REPO_ROOT'] ?? process.cwd();
}

export function getModel(root: string = repoRoot()): Model {
  return perBuild(root, 'model', () => {
    const result = validateRepo(root);
    if (!result.model) throw new ValidationFailed([...result.errors, ...result.warnings]);
    return result.model;
  });
}

/**
 * The model for pages: validated once per build process and cached. A page that asks for it on invalid
 * content gets the full German error list, so `astro build` and `astro dev` stop with the same message
 * as `npm run check`.
 */
import { ValidationFailed } from '../validation/issue.ts';
import type { Model } from './model.ts';
import { validateProject } from './validate-project.ts';

let cached: { root: string; model: Model } | undefined;

export function projectRoot(): string {
  return process.env['RB_PROJECT_ROOT'] ?? process.cwd();
}

export function getModel(root: string = projectRoot()): Model {
  if (cached?.root === root) return cached.model;
  const result = validateProject(root);
  if (!result.model) throw new ValidationFailed([...result.errors, ...result.warnings]);
  cached = { root, model: result.model };
  return result.model;
}

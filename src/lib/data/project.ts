/**
 * The model for pages: validated once per build process and cached. A page that asks for it on invalid
 * content gets the full German error list, so `astro build` and `astro dev` stop with the same message
 * as `npm run check`.
 */
import { ValidationFailed } from '../validation/issue.ts';
import type { Model } from './model.ts';
import { validateProject } from './validate-project.ts';

/**
 * Kept on globalThis: in `astro dev` this module is loaded by the page renderer and by the validation
 * overlay integration, and `resetModel()` from either must clear the one cache.
 */
const CACHE = Symbol.for('regionalbudget-portal.model');
type Store = { [CACHE]?: { root: string; model: Model } };
const store = globalThis as Store;

/** Forgets the cached model, so the next getModel() reads content/ and data/ again (dev server, on change). */
export function resetModel(): void {
  delete store[CACHE];
}

export function projectRoot(): string {
  return process.env['RB_PROJECT_ROOT'] ?? process.cwd();
}

export function getModel(root: string = projectRoot()): Model {
  const cached = store[CACHE];
  if (cached?.root === root) return cached.model;
  const result = validateProject(root);
  if (!result.model) throw new ValidationFailed([...result.errors, ...result.warnings]);
  store[CACHE] = { root, model: result.model };
  return result.model;
}

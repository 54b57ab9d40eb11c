/** The fixed routes in src/lib/routes.ts are exactly the pages in src/pages without parameters. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_TREES, STATIC_ROUTES } from '../../../src/lib/routes.ts';
import { ROOT } from '../../helpers/site.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** "src/pages/impressum.astro" → "/impressum/", "src/pages/robots.txt.ts" → "/robots.txt", "404.astro" → "/404.html". */
function routeOf(file: string): string {
  const path = relative(join(ROOT, 'src/pages'), file).split(sep).join('/');
  if (path === '404.astro') return '/404.html';
  if (/\.[a-z]+\.ts$/.test(path)) return `/${path.replace(/\.ts$/, '')}`;
  const page = path.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return page === '' ? '/' : `/${page}/`;
}

const pages = files(join(ROOT, 'src/pages'));

describe('STATIC_ROUTES', () => {
  it('lists every page of src/pages without parameters, with its file', () => {
    for (const file of pages.filter((f) => !f.includes('['))) {
      expect(STATIC_ROUTES[routeOf(file)], routeOf(file)).toBe(relative(ROOT, file).split(sep).join('/'));
    }
  });

  it('names only files that exist', () => {
    for (const [route, file] of Object.entries(STATIC_ROUTES)) expect(existsSync(join(ROOT, file)), `${route}: ${file}`).toBe(true);
  });

  it('reserves the folder of every page with parameters that the model does not name one by one', () => {
    // Pages of collections (/regionalbudgets/<id>/…, /projekte/<slug>/ …) are reserved address by address
    // from the model; the other parameter pages lie in a reserved folder.
    const collections = /^\/(regionalbudgets|projekte|programme|aktuelles)\/\[/;
    for (const file of pages.filter((f) => f.includes('['))) {
      const route = routeOf(file);
      if (collections.test(route)) continue;
      expect(Object.keys(RESERVED_TREES).some((tree) => route.startsWith(tree)), route).toBe(true);
    }
  });
});

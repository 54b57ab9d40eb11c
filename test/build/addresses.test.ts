/**
 * Every file of the built site lies at an address that src/lib/routes.ts and the model reserve, so the
 * address check (src/lib/validation/address-checks.ts) knows it: a new page, feed or folder cannot be
 * forgotten there without this test failing.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import { redirectsOf } from '../../src/lib/redirects.ts';
import { STATIC_ROUTES, normaliseSitePath, reservedTreeOf, urlOf } from '../../src/lib/routes.ts';
import { DIST, ROOT, ensureBuilt } from '../helpers/site.ts';

beforeAll(ensureBuilt);
const model = validateRepo(ROOT).model;
if (!model) throw new Error('Die echten Inhalte sind ungültig');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** dist/a/b/index.html → "/a/b/", dist/robots.txt → "/robots.txt". */
const addressOf = (file: string) => `/${relative(DIST, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

describe('addresses of the built site', () => {
  it('are all reserved: fixed routes, the model’s pages and feeds, short links and aliases, or a reserved folder', () => {
    const known = new Set<string>([
      ...Object.keys(STATIC_ROUTES),
      ...model.regionalbudgets.flatMap((rb) => [rb.url, urlOf.regionalbudgetFeed(rb.id), ...rb.handlungsfelder.map((h) => h.url), ...rb.measures.map((m) => m.url)]),
      ...model.projects.map((p) => p.url),
      ...[...model.programmes.values()].map((p) => p.url),
      ...model.news.map((n) => n.url),
      ...redirectsOf(model).map((r) => r.from),
    ].map((a) => normaliseSitePath(a) ?? a));
    const stray = files(DIST)
      .map(addressOf)
      .filter((address) => !known.has(normaliseSitePath(address) ?? address) && reservedTreeOf(address) === undefined);
    expect(stray).toEqual([]);
  });

  it('contain every fixed route', () => {
    const built = new Set(files(DIST).map(addressOf));
    const missing = Object.keys(STATIC_ROUTES).filter((route) => route !== '/404/' && !built.has(route));
    expect(missing).toEqual([]);
  });
});

/** The press office links to these URLs: each must still lead to a page (directly or by a redirect). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ROOT, ensureBuilt, exists, page } from '../helpers/site.ts';

beforeAll(ensureBuilt);

/** Follows static redirects (meta refresh) up to five hops; returns the final path or undefined. */
export function resolvePublished(url: string): string | undefined {
  let current = url;
  for (let hop = 0; hop < 5; hop++) {
    if (!exists(current)) return undefined;
    const target = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(page(current))?.[1];
    if (!target) return current;
    current = target;
  }
  return undefined;
}

const urls = readFileSync(join(ROOT, 'test/published-urls.txt'), 'utf8').split('\n').filter((l) => l.startsWith('/'));

it('lists the published URLs', () => {
  expect(urls.length).toBeGreaterThan(70);
});

it.each(urls)('%s still resolves to a page', (url) => {
  const final = resolvePublished(url);
  expect(final, `${url} führt zu keiner Seite mehr – bei einer Umbenennung bitte „aliases“ eintragen`).toBeDefined();
  expect(page(final ?? '')).not.toContain('http-equiv="refresh"');
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_DERIVED_FILES, astroCacheFor, claimCache, removeStoreDerivedFiles } from '../../../scripts/lib/astro-cache.ts';

const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rb-astro-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Astro cache of a build', () => {
  it('is the project’s own for its content, another for other content, and RB_CACHE_DIR where set', () => {
    expect(astroCacheFor({}, '/p', '/p')).toBe('/p/node_modules/.astro');
    expect(astroCacheFor({}, '/p', '/p/')).toBe('/p/node_modules/.astro');
    expect(astroCacheFor({}, '/p', '/tmp/kopie')).toBe('/p/node_modules/.astro-other-root');
    expect(astroCacheFor({ RB_CACHE_DIR: 'c/astro' }, '/p', '/tmp/kopie')).toBe('/p/c/astro');
    expect(astroCacheFor({ RB_CACHE_DIR: '/abs' }, '/p', '/p')).toBe('/abs');
  });

  it('empties a cache folder when another root was built there or it names none, and keeps it for the same root', () => {
    const dir = join(temp(), 'cache');
    mkdirSync(dir);
    writeFileSync(join(dir, 'data-store.json'), '{"alt":1}');
    claimCache(dir, '/tmp/a');
    expect(existsSync(join(dir, 'data-store.json'))).toBe(false);
    writeFileSync(join(dir, 'data-store.json'), '{"a":1}');
    claimCache(dir, '/tmp/a');
    expect(readFileSync(join(dir, 'data-store.json'), 'utf8')).toBe('{"a":1}');
    claimCache(dir, '/tmp/b');
    expect(existsSync(join(dir, 'data-store.json'))).toBe(false);
    expect(existsSync(dir)).toBe(true);
  });

  it('removes the files Astro derives from its store, so that each build writes them from its own', () => {
    const root = temp();
    mkdirSync(join(root, '.astro'));
    for (const name of [...STORE_DERIVED_FILES, 'types.d.ts']) writeFileSync(join(root, '.astro', name), 'x');
    removeStoreDerivedFiles(root);
    expect(STORE_DERIVED_FILES.filter((name) => existsSync(join(root, '.astro', name)))).toEqual([]);
    expect(existsSync(join(root, '.astro', 'types.d.ts'))).toBe(true);
    expect(STORE_DERIVED_FILES).toContain('content-modules.mjs');
    removeStoreDerivedFiles(temp());
  });
});

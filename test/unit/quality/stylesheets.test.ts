/**
 * The house rules for styles: a stylesheet sits beside what it styles and is imported there, and nothing
 * wins by !important (a rule that must win gets the specificity or the place in the cascade it needs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/site.ts';

const files = (dir: string, ext: RegExp) =>
  readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));

const stylesheets = [...files('src', /\.css$/), ...files('public', /\.css$/)];
const sources = files('src', /\.(astro|ts)$/);

describe('stylesheets', () => {
  it('use no !important, in .css files or in <style> blocks', () => {
    const found = [...stylesheets, ...sources.filter((f) => f.endsWith('.astro'))].filter((f) => /!\s*important/i.test(readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')));
    expect(found).toEqual([]);
  });

  it('are each imported by a module (no stylesheet left over after its component went)', () => {
    const imports = new Set<string>();
    for (const file of sources) {
      for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(/^import '(\.{1,2}\/[^']+\.css)';$/gm)) imports.add(join(dirname(file), m[1] ?? ''));
    }
    expect(files('src', /\.css$/).filter((f) => !imports.has(f))).toEqual([]);
  });

  it('of a component carry its name and are imported by it', () => {
    for (const css of files('src', /\.css$/)) {
      const astro = join(dirname(css), `${basename(css, '.css')}.astro`);
      if (!sources.includes(astro)) continue;
      expect(readFileSync(join(ROOT, astro), 'utf8'), astro).toContain(`import './${basename(css)}';`);
    }
  });
});

/**
 * Keeps docs/glossary.md and the code in step: the files and address builders it names exist, and the
 * names it retired (a "project" that meant the repository, "massnahmen" for the parsed measures) do not
 * come back in src/, scripts/ or test/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urlOf } from '../../../src/lib/routes.ts';
import { ROOT } from '../../helpers/site.ts';

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'fixtures' || e.name === 'golden' ? [] : codeFiles(join(dir, e.name))) : /\.(ts|astro|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const GLOSSARY = readFileSync(join(ROOT, 'docs/glossary.md'), 'utf8');

describe('docs/glossary.md', () => {
  it('names only files and folders that exist', () => {
    const paths = [...GLOSSARY.matchAll(/\b(src\/[\w./-]+)/g)].map((m) => (m[1] ?? '').replace(/[.)]+$/, ''));
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it('names only address builders that src/lib/routes.ts has', () => {
    const builders = [...GLOSSARY.matchAll(/urlOf\.(\w+)/g)].map((m) => m[1] ?? '');
    expect(builders.length).toBeGreaterThan(5);
    for (const name of builders) expect(Object.keys(urlOf), name).toContain(name);
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('glossary.md');
  });

  it('keeps the retired names out of the code', () => {
    const retired = ['ParsedProject', 'buildProject', 'validateProject', 'readProject', 'projectRoot', 'RB_PROJECT_ROOT', 'rb.massnahmen', 'known.massnahmen'];
    const hits = ['src', 'scripts', 'test']
      .flatMap((dir) => codeFiles(join(ROOT, dir)))
      .filter((file) => !file.endsWith('glossary.test.ts'))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return retired.filter((name) => text.includes(name)).map((name) => `${relative(ROOT, file)}: ${name}`);
      });
    expect(hits).toEqual([]);
  });
});

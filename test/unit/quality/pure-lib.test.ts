/**
 * src/lib/ is pure: file, git and process access live in src/lib/io/ alone, so every other module can be
 * tested with values and reused anywhere (docs/decisions/0010-lib-io.md). This test reads the imports of every
 * module under src/lib/ and fails on one that reaches the file system, a process or the network outside io/,
 * or that imports io/ without being the pages' entry point.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = join(import.meta.dirname, '../../../src/lib');
const SIDE_EFFECTS = /^(node:)?(fs|fs\/promises|child_process|worker_threads|cluster|net|http|https|http2|dgram|dns|tls|os|readline|repl|vm|inspector)$/;
/** The model for pages (getModel) is read here, through io/; nothing else outside io/ may import it. */
const IO_ENTRY_POINTS = new Set(['data/get-model.ts']);

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : /\.(ts|mts|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Static imports and re-exports, dynamic import() and require() of a module's source. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

const all = modules(LIB).map((file) => ({ rel: relative(LIB, file).split('\\').join('/'), source: readFileSync(file, 'utf8') }));
const pure = all.filter((m) => !m.rel.startsWith('io/'));

describe('src/lib stays pure outside src/lib/io/', () => {
  it('finds the modules and their imports', () => {
    expect(pure.length).toBeGreaterThan(50);
    expect(importsOf(`import { a } from 'node:fs';\nimport type { B } from "./b.ts";\nexport { c } from './c.ts';\nimport './d.css';\nconst e = await import('node:child_process');`)).toEqual([
      'node:fs',
      './b.ts',
      './c.ts',
      './d.css',
      'node:child_process',
    ]);
  });

  it('no module outside io/ imports file, process or network modules', () => {
    const offenders = pure.flatMap((m) => importsOf(m.source).filter((spec) => SIDE_EFFECTS.test(spec)).map((spec) => `${m.rel} → ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('only the pages’ entry point imports io/', () => {
    const offenders = pure
      .filter((m) => !IO_ENTRY_POINTS.has(m.rel))
      .flatMap((m) => importsOf(m.source).filter((spec) => /(^|\/)io\//.test(spec)).map((spec) => `${m.rel} → ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('io/ holds what reads files and git', () => {
    const io = all.filter((m) => m.rel.startsWith('io/'));
    expect(io.map((m) => m.rel)).toEqual(expect.arrayContaining(['io/git.ts', 'io/build-cache.ts', 'io/read-repo.ts']));
  });
});

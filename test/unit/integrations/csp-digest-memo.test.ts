import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { memoizeCspDigest } from '../../../src/integrations/csp-digest-memo.ts';

/** A stand-in for Astro's module that counts the real computations. */
const STANDIN = `
export let computed = 0;
async function generateCspDigest(data, algorithm) {
  computed++;
  if (data === 'kaputt') throw new Error('kaputt');
  return algorithm + ':' + data.length;
}
export { generateCspDigest };
`;

let loads = 0;
/** A fresh module instance each time (the same data: URL would be the same module). */
async function load(code: string): Promise<{ computed: number; generateCspDigest(data: string, algorithm: string): Promise<string> }> {
  return import(/* @vite-ignore */ `data:text/javascript;charset=utf-8,${encodeURIComponent(`${code}\n// ${++loads}`)}`);
}

describe('memoizeCspDigest', () => {
  it('finds the function in the installed Astro (an upgrade that renames it fails here, not silently)', () => {
    const astro = createRequire(import.meta.url).resolve('astro/package.json');
    const code = readFileSync(astro.replace(/package\.json$/, 'dist/core/encryption.js'), 'utf8');
    expect(memoizeCspDigest(code)).toContain('rbCspDigests');
  });

  it('computes each text once per algorithm and gives the same answers', async () => {
    const memo = await load(memoizeCspDigest(STANDIN));
    const plain = await load(STANDIN);
    for (const [data, algorithm] of [['a', 'SHA-256'], ['a', 'SHA-256'], ['bb', 'SHA-256'], ['a', 'SHA-384'], ['bb', 'SHA-256']] as const) {
      expect(await memo.generateCspDigest(data, algorithm)).toBe(await plain.generateCspDigest(data, algorithm));
    }
    expect(plain.computed).toBe(5);
    expect(memo.computed).toBe(3);
  });

  it('keeps no failure: a text that failed is computed again', async () => {
    const memo = await load(memoizeCspDigest(STANDIN));
    await expect(memo.generateCspDigest('kaputt', 'SHA-256')).rejects.toThrow('kaputt');
    await expect(memo.generateCspDigest('kaputt', 'SHA-256')).rejects.toThrow('kaputt');
    expect(memo.computed).toBe(2);
  });

  it('refuses code without the function, with a message that names this file', () => {
    expect(() => memoizeCspDigest('export const x = 1;')).toThrow(/csp-digest-memo\.ts/);
  });
});

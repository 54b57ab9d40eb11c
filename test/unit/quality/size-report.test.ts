/** scripts/size-report.ts: percentile, and what counts as a page's CSS and JavaScript. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { measureSizes, percentile } from '../../../scripts/size-report.ts';

let dist: string;
const gz = (s: string) => gzipSync(s, { level: 6 }).length;
const files: Record<string, string> = {
  '_astro/a.css': 'body{color:red}'.repeat(20),
  '_astro/b.css': '.x{margin:0}',
  '_astro/main.js': 'import "./dep.js";import{x}from"./dep2.js";console.log(x);import("./lazy.js");',
  '_astro/dep.js': 'console.log(1)',
  '_astro/dep2.js': 'export const x=2',
  '_astro/lazy.js': 'console.log("lazy")'.repeat(50),
};

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'rb-sizes-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  };
  for (const [p, c] of Object.entries(files)) write(p, c);
  write('index.html', '<!doctype html><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"><script type="module" src="/_astro/main.js"></script><script type="application/ld+json">{"a":1}</script>');
  write('weiter/index.html', '<!doctype html><meta http-equiv="refresh" content="0; url=/">');
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

it('computes the nearest-rank percentile', () => {
  expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
  expect(percentile([5, 1, 3], 50)).toBe(3);
  expect(percentile([], 95)).toBe(0);
});

it('sums linked stylesheets and statically imported modules, skips JSON-LD, dynamic imports and redirects', () => {
  const report = measureSizes(dist);
  expect(report.pages.map((p) => p.url)).toEqual(['/']);
  const page = report.pages[0];
  expect(page?.css).toBe(gz(files['_astro/a.css'] ?? '') + gz(files['_astro/b.css'] ?? ''));
  expect(page?.jsFiles.sort()).toEqual(['_astro/dep.js', '_astro/dep2.js', '_astro/main.js']);
  expect(page?.js).toBe(gz(files['_astro/main.js'] ?? '') + gz(files['_astro/dep.js'] ?? '') + gz(files['_astro/dep2.js'] ?? ''));
});

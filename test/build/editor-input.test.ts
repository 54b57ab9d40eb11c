/**
 * Valid-but-unusual files pass the whole build, not only `npm run check`: the Astro collections parse
 * frontmatter themselves (js-yaml), so a byte-order mark, CRLF line endings, decomposed umlauts and
 * unquoted dates are built here once, from a copy of the test fixture, and the pages are read back.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRepo, ROOT } from '../helpers/site.ts';

const RB = 'content/regionalbudgets/test-2023';
let root = '';
let dist = '';
let build: { status: number | null; output: string };

function edit(rel: string, change: (text: string) => string): void {
  const path = join(root, rel);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`${rel}: nichts geändert`);
  writeFileSync(path, after);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'rb-editor-input-'));
  cpSync(join(ROOT, 'test/fixtures/valid'), root, { recursive: true });
  dist = join(root, 'dist');
  const bom = (text: string) => `\uFEFF${text}`;
  const crlf = (text: string) => text.replace(/\n/g, '\r\n');
  for (const rel of ['data/kontakte.json', 'data/budgets/test-2023.json', `${RB}/massnahmen/kampagne.md`, `${RB}/index.mdx`, 'content/projekte/beispielprojekt.mdx']) edit(rel, bom);
  for (const rel of ['data/schedules/test-2023.json', `${RB}/massnahmen/kampagne.md`, `${RB}/index.mdx`, 'content/aktuelles/2023-03-14-auftakt.md', 'content/projekte/beispielprojekt.mdx']) edit(rel, crlf);
  edit(`${RB}/massnahmen/kampagne.md`, (t) => t.replace('title: "Kampagne"', 'title: "Grüne Kampagne"'.normalize('NFD')));
  edit('content/aktuelles/2023-03-14-auftakt.md', (t) => t.replace('date: "2023-03-14"', 'date: 2023-03-14'));
  edit(`${RB}/index.mdx`, (t) => t.replace('start: "2023-01-01"', 'start: 2023-01-01').replace('end: "2025-06-30"', 'end: 2025-06-30'));
  const run = buildRepo(root, dist);
  build = { status: run.status, output: run.stdout + run.stderr };
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a fixture with BOM, CRLF, NFD umlauts and unquoted dates', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/\bFehler\b.*\.(md|mdx|json)/);
  });

  it('shows the decomposed title composed (NFC)', () => {
    const html = page('regionalbudgets/test-2023/massnahmen/kampagne');
    expect(html).toContain('<h1>Grüne Kampagne');
    expect(html).not.toContain('u\u0308');
  });

  it('shows unquoted dates as the dates they are', () => {
    expect(page('aktuelles/2023-03-14-auftakt')).toContain('14. März 2023');
    expect(page('regionalbudgets/test-2023')).toContain('1. Januar 2023 bis 30. Juni 2025');
  });

  it('reads the contacts from a file with a byte-order mark', () => {
    expect(page('kontakt')).toContain('Anna Beispiel');
  });

  it('leaves no byte-order mark in any page', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => readFileSync(f, 'utf8').includes('\uFEFF'))).toEqual([]);
  });
});

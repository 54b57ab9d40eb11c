/**
 * The web editor's file formats over every content and data file of the project: reading a file and writing
 * the unchanged entry gives the same bytes, and an edit changes only the edited lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionOfFile } from '../../../src/lib/editor/cms-config.ts';
import { readJson, readMarkdown, writeJson, writeMarkdown } from '../../../src/lib/editor/formats.ts';
import { generatedEditorConfig } from '../../../scripts/lib/editor.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { ROOT } from '../../helpers/site.ts';

const site = siteSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data/site.json'), 'utf8')));
const config = generatedEditorConfig(ROOT, site);
const files = ['content', 'data']
  .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
  .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
  .sort();

function io(path: string) {
  const found = collectionOfFile(config, path);
  if (!found) throw new Error(`${path}: keine Sammlung im Editor`);
  const format = config.formats[found.format];
  if (!format) throw new Error(`${path}: Format ${found.format} fehlt`);
  // Sveltia trims what the formatter returns and adds one newline (see its file writer).
  const save = (value: Record<string, unknown>) => `${(format.kind === 'markdown' ? writeMarkdown(value) : writeJson(value, format)).trim()}\n`;
  const read = (text: string) => structuredClone(format.kind === 'markdown' ? readMarkdown(text) : readJson(text, format));
  return { read, save };
}

function changedLines(before: string, after: string): [string[], string[]] {
  const a = before.split('\n');
  const b = after.split('\n');
  return [a.filter((l) => !b.includes(l)), b.filter((l) => !a.includes(l))];
}

describe('editor round trip', () => {
  it('covers every content and data file', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const path of files) expect(collectionOfFile(config, path), path).toBeDefined();
  });

  it.each(files)('%s: open and save without a change gives the same bytes', (path) => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    const { read, save } = io(path);
    expect(save(read(text))).toBe(text);
  });

  it('an edited measure text changes only that line; quoting and key order stay', () => {
    const path = 'content/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne.md';
    const text = readFileSync(join(ROOT, path), 'utf8');
    const { read, save } = io(path);
    const entry = read(text);
    entry['summary'] = 'Neuer Text: mit Doppelpunkt und „Anführungszeichen“.';
    entry['contacts'] = [];
    const [removed, added] = changedLines(text, save(entry));
    expect(removed).toEqual([expect.stringMatching(/^summary: "/)]);
    expect(added).toEqual(['summary: "Neuer Text: mit Doppelpunkt und „Anführungszeichen“."']);
  });

  it('one changed amount changes that budget line and the recomputed total, nothing else', () => {
    const path = 'data/budgets/nordsachsen-2022.json';
    const text = readFileSync(join(ROOT, path), 'utf8');
    const { read, save } = io(path);
    const entry = read(text) as { lines: { measure: string; amounts: { jahr: number; betrag: number }[] }[] };
    const line = entry.lines.find((l) => l.measure === 'netzwerktreffen');
    const row = line?.amounts.find((r) => r.jahr === 2024);
    if (!row) throw new Error('Zeile fehlt');
    row.betrag = 5000.5;
    const after = save(entry as never);
    const [removed, added] = changedLines(text, after);
    expect(removed).toHaveLength(2);
    expect(added).toEqual([
      '  "totals": { "2022": 125000, "2023": 375000, "2024": 375000.5, "2025": 250000 },',
      '    { "measure": "netzwerktreffen", "amounts": { "2022": 5000, "2023": 5000, "2024": 5000.5, "2025": 5000 } },',
    ]);
  });

  it('leaves out the empty optional fields the editor adds (actual: null, contacts: [], an empty text)', () => {
    for (const path of files) {
      const text = readFileSync(join(ROOT, path), 'utf8');
      const { read, save } = io(path);
      const entry = read(text) as Record<string, unknown> & { lines?: Record<string, unknown>[] };
      for (const line of entry.lines ?? []) if (!('actual' in line)) line['actual'] = null;
      for (const key of ['contacts', 'aliases', 'documents']) if (!(key in entry)) entry[key] = [];
      if (!('note' in entry)) entry['note'] = '';
      expect(save(entry), path).toBe(text);
    }
  });

  it('a new budget line takes the one-line layout of its neighbours', () => {
    const path = 'data/budgets/nordsachsen-2022.json';
    const text = readFileSync(join(ROOT, path), 'utf8');
    const { read, save } = io(path);
    const entry = read(text) as { lines: unknown[] };
    entry.lines.push({ measure: 'neue-massnahme', amounts: [{ jahr: 2024, betrag: 0 }] });
    const [removed, added] = changedLines(text, save(entry as never));
    expect(added).toEqual([expect.stringMatching(/"measure": "website-|"measure": "flyer|"measure": "[a-z-]+", "amounts"/), '    { "measure": "neue-massnahme", "amounts": { "2024": 0 } }']);
    expect(removed).toHaveLength(1); // the former last line, which now ends with a comma
  });

  it('a new measure file gets the style of npm run neu (texts quoted, ids bare)', () => {
    const { save } = io('content/regionalbudgets/nordsachsen-2022/massnahmen/neu.md');
    const text = save({ title: 'Neue Maßnahme: Test', handlungsfeld: 'klimaneutrale-region', summary: 'Kurz.', contacts: [], body: 'Text.' });
    expect(text).toBe('---\ntitle: "Neue Maßnahme: Test"\nhandlungsfeld: klimaneutrale-region\nsummary: "Kurz."\n---\n\nText.\n');
  });
});

/**
 * The fast path for simple frontmatter must give exactly the data of the YAML library (with the reader's
 * options and rules) wherever it answers, and leave everything else to the library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/bench/generate.ts';
import { parsePlainFrontmatter } from '../../../src/lib/validation/plain-frontmatter.ts';
import { FRONTMATTER, normaliseText, parseFrontmatterYaml } from '../../../src/lib/validation/source.ts';

/** Type, prototype and value of every node (vitest's strict equality trips over an own key `constructor`). */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return { date: value.getTime() };
  if (Array.isArray(value)) return { array: value.map(canonical) };
  if (value !== null && typeof value === 'object') {
    const plain = Object.getPrototypeOf(value) === Object.prototype;
    return { plain, entries: Object.entries(value).map(([k, v]) => [k, canonical(v)]) };
  }
  return { [typeof value]: value };
}

/** Asserts agreement; returns whether the fast path answered. */
function agrees(yamlText: string): boolean {
  const fast = parsePlainFrontmatter(yamlText);
  if (!fast) return false;
  const full = parseFrontmatterYaml('x.md', yamlText);
  expect(canonical('data' in full ? full.data : full.issue), JSON.stringify(yamlText)).toStrictEqual(canonical(fast.data));
  return true;
}

const KEYS = ['title', 'number', 'a-b', 'a_b', 'x1', 'true', 'True', 'null', 'NULL', 'y', 'yes', 'on', '__proto__', 'constructor', 'toString', 'Ä', '1', 'a b', 'a:b', '"q"', "'q'", '?', '-', 'k'.repeat(70), ' title', 'title '];
const VALUES = [
  'Text', 'Text mit Leerzeichen', 'Straße und Übergänge', 'Ünïcödé', 'ﬁ Ligatur', 'a: b', 'a :b', 'a:b', 'a #b', 'a#b', 'C#', 'x:', 'x: ', 'a - b', 'a [b]', 'a {b}', 'a, b', 'x]',
  'true', 'True', 'TRUE', 'tRue', 'false', 'null', 'Null', '~', 'yes', 'no', 'on', 'off', 'y', 'n', 'NaN', 'Infinity', 'e', 'E', 'e1',
  '1', '0', '01', '007', '12.000', '1.000.000', '1.5', '1e3', '0x1F', '0o7', '-1', '+1', '.5', '.inf', '-.inf', '.nan', '999999999999999', '9999999999999999', '1_000',
  '2023-01-01', '2023-02-30', '2023-13-01', '2023-1-1', '0099-01-01', '1900-02-29', '2024-02-29', '2023-01-01T10:00:00Z', '2023-01-01 10:00:00',
  '"quoted"', '"with \\"esc\\""', '"a\\nb"', '"a\\tb"', '"C:\\\\"', "'single'", "'it''s'", '"a, b"', '"a: b"', '"a #b"', '"2023-01-01"', '"12.000"', '""', "''", '"', "'", '"unterminated', '"a" b', '"a" #c',
  '[a, b]', '[a,b]', '[ ]', '[]', '[a, [b]]', '[a, "b, c"]', '["x", 2023, 2023-05-01]', '[a, ]', '[, a]', '[a: b]', '[a:b]', '[? a]', '[a #b]', '[true, null]', '[a] b', '[a', "['a', 'b''c']", '[12.000]',
  '{ start: "2023-01-01", end: "2026-12-31" }', '{ start: 2023-01-01, end: 2023-02-30 }', '{a: 1, a: 2}', '{ a:b }', '{}', '{ }', '{a: b, c}', '{a: [b]}', '{"a": 1}', '{ true: 1 }', '{ a: b: c }', '{ a: 12.000 }', '{a: 1',
  '&anchor x', '*alias', '!tag x', '!!str 1', '|', '>', '%x', '@x', '`x`', '- a', '-', '? a', '<< ', '=', 'a\u00A0', '\u00A0a', 'a\u2028b', 'a\u0085b', 'a\u200Bb', 'a\tb', '',
];
const LINES = ['', ' ', '# Kommentar', '  eingerückt: 1', '- Eintrag', '---', '...', 'schlüssel ohne Doppelpunkt', '\t', 'title:Text'];

describe('parsePlainFrontmatter', () => {
  it('gives the YAML library’s data for every mix of tricky keys, values and lines it accepts', () => {
    const r = rng(16);
    const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
    let answered = 0;
    const cases = 8000;
    for (let n = 0; n < cases; n++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(r() * 3);
      for (let i = 0; i < count; i++) {
        const roll = r();
        if (roll < 0.08) lines.push(pick(LINES));
        else if (roll < 0.5) lines.push(`${pick(KEYS)}: ${pick(VALUES)}`);
        // mostly well-formed keys, so that the values are what decides
        else lines.push(`${pick(['title', 'summary', 'number', 'date', 'period', 'tags'])}:${pick([' ', '  ', ' '])}${pick(VALUES)}${pick(['', '', ' ', '  '])}`);
      }
      if (agrees(lines.join('\n'))) answered++;
    }
    // the comparison means something only when the fast path answers often enough
    expect(answered).toBeGreaterThan(cases / 20);
    expect(answered).toBeLessThan(cases);
  });

  it('answers for the generator’s and the portal’s usual forms, and agrees on every content file', () => {
    const forms = [
      'number: 1\ntitle: Digitalisierung-digitalisierung 1\nhandlungsfeld: attraktiver-arbeitsort\nsummary: Synthetische Maßnahme 1 zu Nachfolge.',
      'title: Meldung 426 zu Ansiedlung\ndate: "2024-04-18"\nsummary: Synthetische Meldung 426.\nregionalbudgets: [landkreis-367-2023]',
      'title: Regionalbudget Landkreis 1\nperiod: { start: "2023-01-01", end: "2026-12-31" }\ncontacts: [bench-kontakt]',
      'title: "24/7-Laden im Südraum Leipzigs"\nsummary: "Im Südraum; die Quelle nennt ihn."',
      'title: Meldung\ndate: 2024-04-18',
    ];
    for (const form of forms) expect(agrees(form), form).toBe(true);

    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : []));
    const files = walk('content');
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const match = FRONTMATTER.exec(normaliseText(readFileSync(file, 'utf8')));
      if (match) agrees(match[1] ?? '');
    }
  });

  it('turns a day that does not exist into its text, as the full reader does', () => {
    expect(parsePlainFrontmatter('date: 2023-02-30')?.data).toStrictEqual({ date: '2023-02-30' });
    expect(parsePlainFrontmatter('date: 2024-02-29')?.data).toStrictEqual({ date: new Date(Date.UTC(2024, 1, 29)) });
  });

  it('leaves duplicate keys, German thousands and syntax errors to the full reader (which reports them)', () => {
    for (const text of ['title: a\ntitle: b', 'total: 12.000', 'summary: a: b', 'tags: [a', 'title: "a" b', 'title: a\n  b: c']) {
      expect(parsePlainFrontmatter(text), text).toBeUndefined();
      expect(parseFrontmatterYaml('x.md', text), text).toHaveProperty('issue');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseFrontmatterSource, parseJsonSource, type ParsedSource } from '../../../src/lib/validation/source.ts';

function ok(result: ReturnType<typeof parseJsonSource>): ParsedSource {
  if (!result.ok) throw new Error(`expected success, got ${result.issue.message}`);
  return result.source;
}

describe('parseJsonSource', () => {
  const text = ['{', '  "years": [2023, 2024],', '  "lines": [', '    { "measure": "a", "amounts": { "2023": 5 } },', '    { "measure": "b", "amounts": { "2023": 6, "2024": 7 } }', '  ]', '}'].join('\n');

  it('parses valid JSON', () => {
    expect(ok(parseJsonSource('x.json', text)).data).toEqual(JSON.parse(text));
  });

  it('locates nested paths by line and column', () => {
    const source = ok(parseJsonSource('x.json', text));
    const lines = text.split('\n');
    /** 1-based column of `needle` in 1-based line `line`. */
    const col = (line: number, needle: string) => (lines[line - 1] as string).indexOf(needle) + 1;
    expect(source.locate(['years'])).toEqual({ line: 2, column: col(2, '"years"') });
    expect(source.locate(['years', 1])).toEqual({ line: 2, column: col(2, '2024') });
    expect(source.locate(['lines', 1])).toEqual({ line: 5, column: col(5, '{') });
    // a leaf points at its value, so an editor lands on the number to change
    expect(source.locate(['lines', 1, 'amounts', '2024'])).toEqual({ line: 5, column: col(5, '7 }') });
    expect(source.locate(['lines', 0, 'measure'])).toEqual({ line: 4, column: col(4, '"a"') });
  });

  it('falls back to the deepest existing parent for a missing path', () => {
    const source = ok(parseJsonSource('x.json', text));
    expect(source.locate(['lines', 1, 'amounts', '2030'])?.line).toBe(5);
    expect(source.locate(['lines', 7])?.line).toBe(3);
    expect(source.locate(['nothing'])).toEqual({ line: 1, column: 1 });
  });

  it('reports a syntax error with its line, in German', () => {
    const broken = ['{', '  "a": 1,', '  "b" 2', '}'].join('\n');
    const result = parseJsonSource('data/x.json', broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ severity: 'error', file: 'data/x.json', line: 3, message: 'Nach dem Schlüssel "b" fehlt der Doppelpunkt.' });
    // the position is given once, as line:column, not repeated in the text
    expect(result.issue.found).not.toMatch(/line \d+ column/);
  });

  it('reports a trailing comma in a list at the comma, on one line of text', () => {
    // V8 gives no position for "Unexpected token ']'", only a multi-line excerpt
    const broken = ['{', '  "a": [', '    1,', '  ]', '}'].join('\n');
    const result = parseJsonSource('x.json', broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ line: 3, column: 6, message: 'Nach dem letzten Eintrag steht ein Komma zu viel.' });
    expect(result.issue.found).not.toContain('\n');
  });

  it('reports an unquoted text value at the value', () => {
    const result = parseJsonSource('x.json', '{\n  "a": 1,\n  "b": abc\n}');
    expect(result.ok || { line: result.issue.line, column: result.issue.column }).toEqual({ line: 3, column: 8 });
  });

  it('reports a trailing comma in an object at the comma', () => {
    const result = parseJsonSource('x.json', '{\n  "a": 1,\n}');
    expect(result.ok || result.issue.line).toBe(2);
  });

  it('reports a truncated file at its last line', () => {
    const result = parseJsonSource('x.json', '{\n  "a": 1,\n  "b": [');
    expect(result.ok || result.issue.line).toBe(3);
  });
});

describe('parseFrontmatterSource', () => {
  const md = ['---', 'title: "Kampagne"', 'number: 1', 'contacts:', '  - anna', '  - bernd', 'period:', '  start: "2023-01"', '---', '', 'Text.', ''].join('\n');

  it('parses the frontmatter and keeps the body', () => {
    const source = ok(parseFrontmatterSource('x.md', md));
    expect(source.data).toEqual({ title: 'Kampagne', number: 1, contacts: ['anna', 'bernd'], period: { start: '2023-01' } });
    expect(source.body).toBe('\nText.\n');
  });

  it('locates paths with lines counted in the Markdown file (after the --- line)', () => {
    const source = ok(parseFrontmatterSource('x.md', md));
    expect(source.locate(['title'])).toEqual({ line: 2, column: 8 });
    expect(source.locate(['number'])?.line).toBe(3);
    expect(source.locate(['contacts', 1])).toEqual({ line: 6, column: 5 });
    expect(source.locate(['period', 'start'])).toEqual({ line: 8, column: 10 });
  });

  it('reports a YAML error at its line in the Markdown file', () => {
    const broken = ['---', 'title: "Kampagne"', 'summary: "Text"', 'number: 1: 2', '---', 'Text'].join('\n');
    const result = parseFrontmatterSource('content/x.md', broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ file: 'content/x.md', line: 4, column: 10, message: 'Der Wert enthält einen Doppelpunkt und steht nicht in Anführungszeichen.' });
    expect(result.issue.expected).toContain('number: "1: 2"');
  });

  it('reports a duplicated key', () => {
    const result = parseFrontmatterSource('x.md', '---\ntitle: a\nsummary: b\ntitle: c\n---\n');
    expect(result.ok || result.issue.line).toBe(4);
  });

  it('reports missing frontmatter at line 1', () => {
    const result = parseFrontmatterSource('x.md', '# Überschrift\n\nText');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ line: 1, column: 1, message: 'Der Kopfbereich (Frontmatter) fehlt.' });
    expect(result.issue.found).toContain('# Überschrift');
  });

  it('accepts an empty frontmatter, CRLF line ends and a byte-order mark', () => {
    expect(ok(parseFrontmatterSource('x.md', '---\n---\nText')).data).toEqual({});
    expect(ok(parseFrontmatterSource('x.md', '---\r\ntitle: a\r\n---\r\nText')).data).toEqual({ title: 'a' });
    expect(ok(parseFrontmatterSource('x.md', '\uFEFF---\ntitle: a\n---\n')).data).toEqual({ title: 'a' });
  });

  it('ends the frontmatter only at a --- line, not at a value ending in ---', () => {
    const source = ok(parseFrontmatterSource('x.md', '---\ntitle: Teil ---\nsummary: weiter\n---\nText\n'));
    expect(source.data).toEqual({ title: 'Teil ---', summary: 'weiter' });
    expect(source.body).toBe('Text\n');
  });

  it('reads unquoted dates as dates and bare years as numbers (the schemas normalise them)', () => {
    const data = ok(parseFrontmatterSource('x.md', '---\ndate: 2023-03-14\nyear: 2009\n---\n')).data as Record<string, unknown>;
    expect(data['date']).toBeInstanceOf(Date);
    expect((data['date'] as Date).toISOString()).toBe('2023-03-14T00:00:00.000Z');
    expect(data['year']).toBe(2009);
  });

  it('keeps an unquoted impossible date as written instead of moving it to another day', () => {
    const data = ok(parseFrontmatterSource('x.md', '---\ndate: 2023-02-30\nok: 2024-02-29\n---\n')).data as Record<string, unknown>;
    expect(data['date']).toBe('2023-02-30');
    expect(data['ok']).toBeInstanceOf(Date);
  });
});

describe('duplicate keys in JSON', () => {
  it('reports a key given twice in one object with its line, instead of silently keeping the last', async () => {
    const { parseJsonSource } = await import('../../../src/lib/validation/source.ts');
    const text = '{\n  "years": [2022],\n  "totals": { "2022": 10, "2022": 20 }\n}\n';
    const result = parseJsonSource('data/budgets/x.json', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ file: 'data/budgets/x.json', line: 3, column: 27, found: 'den doppelten Schlüssel "2022"' });
  });

  it('accepts equal keys in different objects', async () => {
    const { parseJsonSource } = await import('../../../src/lib/validation/source.ts');
    expect(parseJsonSource('x.json', '{"a": {"2022": 1}, "b": {"2022": 2}}').ok).toBe(true);
  });
});

describe('findDuplicateKey', () => {
  it('reads escaped quotes and ignores strings that are values or array items', async () => {
    const { findDuplicateKey } = await import('../../../src/lib/validation/source.ts');
    expect(findDuplicateKey('{"a\\"b": "a\\"b", "c": ["a\\"b", {"a\\"b": 1}]}')).toBeUndefined();
    expect(findDuplicateKey('{"x": {"y": 1}, "z": 2, "x": 3}')).toEqual({ key: 'x', offset: 24 });
  });
});

import { describe, expect, it } from 'vitest';
import { appendToJsonArray, formatDataFile, frontmatter, inlineJson } from '../../../src/lib/scaffold/text.ts';
import { slugify } from '../../../src/lib/slug.ts';

describe('slugify', () => {
  it.each([
    ['Grüne „Straßen“-Aktion', 'gruene-strassen-aktion'],
    ['Ökologische Übergänge & Äcker', 'oekologische-uebergaenge-und-aecker'],
    ['  24/7-Laden im Südraum  ', '24-7-laden-im-suedraum'],
    ['„Konzertierte Aktion Klimaschutz“', 'konzertierte-aktion-klimaschutz'],
    ['Café Élan', 'cafe-elan'],
    ['eCommerce Plattform', 'ecommerce-plattform'],
    ['„“', ''],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));
});

describe('frontmatter', () => {
  it('quotes texts, writes ids bare and leaves out undefined fields', () => {
    expect(frontmatter({ number: 3, title: 'A: „b“', handlungsfeld: 'orte', summary: 'x', contacts: [], skip: undefined, period: { start: undefined, end: '2025' } })).toBe(
      '---\nnumber: 3\ntitle: "A: „b“"\nhandlungsfeld: orte\nsummary: "x"\ncontacts: []\nperiod:\n  end: "2025"\n---\n',
    );
  });
  it('quotes id values YAML would misread', () => {
    expect(frontmatter({ status: 'no', programme: '2024' })).toBe('---\nstatus: "no"\nprogramme: "2024"\n---\n');
  });
});

const BUDGET = `{
  "$schema": "../../public/schemas/budget.schema.json",
  "regionalbudget": "x-2023",
  "years": [2023],
  "totals": { "2023": 100 },
  "lines": [
    { "measure": "a", "amounts": { "2023": 100 } }
  ]
}
`;

describe('appendToJsonArray', () => {
  it('adds one line in the style of the file and changes no other byte', () => {
    const out = appendToJsonArray(BUDGET, 'lines', { measure: 'neu', amounts: {} });
    expect(out).toBe(BUDGET.replace('"amounts": { "2023": 100 } }\n', '"amounts": { "2023": 100 } },\n    { "measure": "neu", "amounts": {} }\n'));
    expect(JSON.parse(out).lines).toHaveLength(2);
  });
  it('fills an empty list', () => {
    const out = appendToJsonArray('{\n  "rows": []\n}\n', 'rows', { measure: 'a', quarters: [] });
    expect(out).toBe('{\n  "rows": [\n    { "measure": "a", "quarters": [] }\n  ]\n}\n');
  });
  it('ignores a key of the same name inside strings and nested objects', () => {
    const text = '{\n  "source": "\\"lines\\": [",\n  "meta": { "lines": [] },\n  "lines": [\n    { "measure": "a" }\n  ]\n}\n';
    const out = JSON.parse(appendToJsonArray(text, 'lines', { measure: 'b' }));
    expect(out.lines).toEqual([{ measure: 'a' }, { measure: 'b' }]);
    expect(out.meta.lines).toEqual([]);
  });
  it('re-writes an unusually laid out file in the standard layout', () => {
    const out = appendToJsonArray('{"regionalbudget":"x","lines":[{"measure":"a","amounts":{}}]}', 'lines', { measure: 'b', amounts: {} });
    expect(JSON.parse(out).lines.map((l: { measure: string }) => l.measure)).toEqual(['a', 'b']);
  });
  it('formats data files like the existing ones', () => {
    expect(formatDataFile({ years: [2023], lines: [{ measure: 'a', amounts: { '2023': 1 } }] })).toBe(
      '{\n  "years": [2023],\n  "lines": [\n    { "measure": "a", "amounts": { "2023": 1 } }\n  ]\n}\n',
    );
    expect(inlineJson({ a: [], b: {} })).toBe('{ "a": [], "b": {} }');
  });
});

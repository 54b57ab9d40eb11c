/**
 * JSON and YAML syntax errors reach editors in German, at the line and column of the mistake (where the
 * comma belongs, the quote that is never closed), never with the parser's English text.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, type Issue } from '../../../src/lib/validation/issue.ts';
import { parseFrontmatterSource, parseJsonSource } from '../../../src/lib/validation/source.ts';

/** Words of the parsers' English messages that must never reach an editor. */
const ENGLISH = /\b(Unexpected|Expected|expected|token|position|property|Nested|mappings|allowed|Missing|closing|Implicit|keys|must|Unterminated|Bad|after|in JSON at|is not valid|indentation|Tabs|quote|Flow|sequence|scalar|reserved|character)\b/;

function jsonIssue(text: string): Issue {
  const result = parseJsonSource('data/x.json', text);
  if (result.ok) throw new Error(`gültig: ${text}`);
  return result.issue;
}

function yamlIssue(frontmatter: string): Issue {
  const result = parseFrontmatterSource('content/x.md', `---\n${frontmatter}\n---\nText\n`);
  if (result.ok) throw new Error(`gültig: ${frontmatter}`);
  return result.issue;
}

function expectGerman(issue: Issue): void {
  const line = formatIssue(issue);
  expect(line).not.toMatch(ENGLISH);
  expect(line).toMatch(/ Erwartet: .+; gefunden: .+\.$/);
  expect(issue.line).toBeGreaterThan(0);
  expect(issue.column).toBeGreaterThan(0);
}

describe('JSON syntax errors', () => {
  // [what, text, line, column, message]
  const cases: [string, string, number, number, RegExp][] = [
    ['missing comma between properties', '{\n  "a": 1\n  "b": 2\n}', 2, 9, /fehlt ein Komma/],
    ['missing comma between list items', '{\n  "a": [\n    "x"\n    "y"\n  ]\n}', 3, 8, /fehlt ein Komma/],
    ['missing comma after an object in a list', '{"rows": [\n  { "a": 1 }\n  { "a": 2 }\n]}', 2, 13, /fehlt ein Komma/],
    ['trailing comma in an object', '{\n  "a": 1,\n  "b": 2,\n}', 3, 9, /Komma zu viel/],
    ['trailing comma in a list', '{\n  "a": [1, 2,]\n}', 2, 13, /Komma zu viel/],
    ['unquoted key', '{\n  "a": 1,\n  title: "x"\n}', 3, 3, /Schlüssel „title“ steht nicht in Anführungszeichen/],
    ['single-quoted key', "{\n  'a': 1\n}", 2, 3, /einfachen Anführungszeichen/],
    ['single-quoted value', "{\n  \"a\": 'x'\n}", 2, 8, /doppelten Anführungszeichen, nicht in einfachen/],
    ['typographic quotes', '{\n  "a": „x“\n}', 2, 8, /typografischen/],
    ['unclosed string', '{\n  "a": "abc,\n  "b": 2\n}', 2, 8, /nicht mit " geschlossen/],
    ['unclosed string at the end', '{\n  "a": "abc', 2, 8, /nicht mit " geschlossen/],
    ['unclosed brace', '{\n  "a": {\n    "b": 1\n', 2, 8, /geschweifte Klammer \{ aus Zeile 2 wird nicht geschlossen/],
    ['unclosed bracket', '{\n  "a": [1, 2\n', 2, 8, /eckige Klammer \[ aus Zeile 2/],
    ['wrong closing bracket', '{\n  "a": [1, 2}\n}', 2, 13, /passt nicht/],
    ['line comment', '{\n  // Kommentar\n  "a": 1\n}', 2, 3, /keine Kommentare/],
    ['block comment', '{\n  "a": 1, /* x */\n  "b": 2\n}', 2, 11, /keine Kommentare/],
    ['missing colon', '{\n  "a" 1\n}', 2, 6, /fehlt der Doppelpunkt/],
    ['missing value', '{\n  "a": ,\n  "b": 1\n}', 2, 8, /fehlt ein Wert/],
    ['bare word', '{\n  "a": brutto\n}', 2, 8, /„brutto“ ist kein gültiger JSON-Wert/],
    ['capitalised literal', '{\n  "a": True\n}', 2, 8, /klein geschrieben: true/],
    ['decimal comma in an object', '{\n  "2023": 12000,50\n}', 2, 16, /Dezimalkomma/],
    ['leading zero', '{\n  "a": 007\n}', 2, 8, /Zahl ist in JSON nicht erlaubt/],
    ['one brace too many', '{\n  "a": 1\n}\n}', 4, 1, /zu viel/],
    ['empty file', '', 1, 1, /leer/],
    ['tab inside a text', '{\n  "a": "x\ty"\n}', 2, 10, /Steuerzeichen/],
    ['invalid escape', '{\n  "a": "C:\\Daten"\n}', 2, 11, /Rückstrich/],
  ];
  for (const [what, text, line, column, message] of cases) {
    it(what, () => {
      const issue = jsonIssue(text);
      expect({ line: issue.line, column: issue.column }).toEqual({ line, column });
      expect(formatIssue(issue)).toMatch(message);
      expectGerman(issue);
    });
  }

  it('keeps the line right in a file with CRLF line endings', () => {
    const issue = jsonIssue('{\r\n  "a": 1\r\n  "b": 2\r\n}');
    expect(issue).toMatchObject({ line: 2, column: 9 });
  });
});

describe('German thousands separator in JSON', () => {
  it('rejects 12.000 as an amount and says how to write it', () => {
    const issue = jsonIssue('{\n  "totals": { "2023": 12.000 }\n}');
    expect(issue).toMatchObject({ line: 2, column: 23 });
    expect(issue.message).toContain('12.000 sieht aus wie eine Zahl mit Tausenderpunkt');
    expect(issue.expected).toContain('12000');
    expectGerman(issue);
  });

  it('rejects 1.250.000 (not even JSON) with the same explanation', () => {
    const issue = jsonIssue('{\n  "a": [5,\n    1.250.000]\n}');
    expect(issue).toMatchObject({ line: 3, column: 5 });
    expect(issue.message).toContain('1.250.000 sieht aus wie eine Zahl mit Tausenderpunkt');
    expect(issue.expected).toContain('1250000');
  });

  it('rejects a negative or list value too, but keeps cents and plain numbers', () => {
    expect(jsonIssue('{"a": [1, 250.500]}').message).toContain('Tausenderpunkt');
    for (const ok of ['{"a": 12000}', '{"a": 12000.5}', '{"a": 558655.42}', '{"a": 0.825}', '{"a": "12.000"}', '{"12.000": 1}', '{"a": 2023}']) {
      expect(parseJsonSource('x.json', ok).ok, ok).toBe(true);
    }
  });
});

describe('YAML syntax errors in the frontmatter', () => {
  // [what, frontmatter, line in the .md file, column, message]
  const cases: [string, string, number, number, RegExp][] = [
    ['colon in an unquoted value', 'title: Kampagne: Teil 1\nsummary: x', 2, 16, /Doppelpunkt/],
    ['deeper indentation', 'title: x\n  summary: y\norder: 1', 3, 1, /tiefer eingerückt/],
    ['tab indentation', 'period:\n\tstart: "2023"', 3, 1, /Tabulator/],
    ['duplicate key', 'title: a\nsummary: b\ntitle: c', 4, 1, /„title“ steht zweimal/],
    ['unclosed double quote', 'title: "abc\nsummary: x\norder: 1', 2, 8, /Anführungszeichen wird nicht geschlossen/],
    ['unclosed single quote', "title: 'abc\nsummary: x", 2, 8, /Anführungszeichen wird nicht geschlossen/],
    ['unclosed flow list', 'title: x\ncontacts: [a, b\nsummary: x', 3, 11, /Klammer \[ wird nicht geschlossen/],
    ['text after the closing quote', 'title: "abc" def\nsummary: x', 2, 14, /Nach dem schließenden Anführungszeichen/],
    ['value starting with @', 'title: @kampagne\nsummary: x', 2, 8, /nicht mit „@“ beginnen/],
    ['value starting with a backtick', 'title: `x`', 2, 8, /nicht mit „`“ beginnen/],
    ['value starting with *', 'title: *wichtig*\nsummary: x', 2, 8, /nicht mit „\*“/],
    ['list item out of line', 'contacts:\n  - a\n - b', 4, 1, /Listeneintrag|eingerückt/],
    ['doubled comma in a flow list', 'title: x\ncontacts: [a,, b]\nsummary: x', 3, 14, /Komma an falscher Stelle/],
    ['unclosed quote inside a flow list', 'title: x\ncontacts: ["anna, bernd]\nsummary: x', 3, 12, /Anführungszeichen wird nicht geschlossen/],
    ['text after a closing bracket', 'title: x\ncontacts: [a, b], c\nsummary: x', 3, 17, /schließenden Klammer/],
    ['two fields on one line', 'title: "x"summary: "y"\norder: 1', 2, 11, /Nach dem schließenden Anführungszeichen/],
    ['first field indented', '  title: x\nsummary: y', 2, 1, /tiefer eingerückt|eingerückt/],
    ['a line without a colon', 'title: x\nsummary\norder: 1', 3, 1, /nicht die Form „feld: wert“/],
    ['continuation of a text not indented', 'summary: Dies ist ein\nlanger Text\norder: 1', 3, 1, /nicht die Form „feld: wert“/],
  ];
  for (const [what, frontmatter, line, column, message] of cases) {
    it(what, () => {
      const issue = yamlIssue(frontmatter);
      expect(issue.message).toMatch(message);
      expect({ line: issue.line, column: issue.column }).toEqual({ line, column });
      expectGerman(issue);
    });
  }

  it('reports an unclosed frontmatter at its first line', () => {
    const result = parseFrontmatterSource('x.md', '---\ntitle: x\nsummary: y\n\nText ohne Abschluss\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ line: 1, column: 1, message: 'Der Kopfbereich (Frontmatter) wird nicht abgeschlossen.' });
    expectGerman(result.issue);
  });

  it('reports a thousands dot in a YAML amount, but not in a rate or a quoted code', () => {
    const issue = yamlIssue('title: x\nfunding:\n  total: 12.000\n  rate: 0.8');
    expect(issue).toMatchObject({ line: 4, column: 10 });
    expect(issue.message).toContain('12.000 sieht aus wie eine Zahl mit Tausenderpunkt');
    for (const ok of ['rate: 0.825', 'code: "52.140.004"', 'code: 52.140.004', 'total: 12000.5']) {
      expect(parseFrontmatterSource('x.md', `---\n${ok}\n---\n`).ok, ok).toBe(true);
    }
  });

  it('keeps the line right with CRLF line endings and a byte-order mark', () => {
    const result = parseFrontmatterSource('x.md', '\uFEFF---\r\ntitle: x\r\nsummary: a: b\r\n---\r\n');
    expect(result.ok || { line: result.issue.line, column: result.issue.column }).toEqual({ line: 3, column: 11 });
  });
});

/**
 * What editors really write, run through validateRepo in-process on copies of the valid fixture:
 * valid-but-unusual files pass with the same result as the canonical form (BOM, CRLF, decomposed umlauts,
 * unquoted dates); every period runs forwards; text fields need visible characters; every file under
 * content/ and data/ is read or reported; one mistake gives one message.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ValidationResult } from '../../../src/lib/data/validate-repo.ts';
import { formatIssue, type Issue } from '../../../src/lib/validation/issue.ts';
import { FIXTURE_FILES, TempRepo, removeTempRepos } from '../../helpers/temp-repo.ts';

const { RB, INDEX, KAMPAGNE, NEWS, PROJECT, BUDGET, SCHEDULE, KONTAKTE } = FIXTURE_FILES;

afterAll(removeTempRepos);

/** The shared fixture copy; `check` is what `npm run check` computes. */
class Project extends TempRepo {
  check(): ValidationResult {
    return this.validate();
  }
}

const lines = (issues: readonly Issue[]) => issues.map(formatIssue).join('\n');
const errorsOf = (change: (p: Project) => void): Issue[] => {
  const p = new Project();
  change(p);
  return p.check().errors;
};

/** The model of a project, with file paths left out so that two spellings of the same content compare equal. */
function modelOf(p: Project): unknown {
  const result = p.check();
  expect(lines(result.errors)).toBe('');
  return JSON.parse(JSON.stringify(result.model, (_key, value: unknown) => (value instanceof Map ? [...value.entries()] : value)));
}

describe('valid but unusual input passes with the same result', () => {
  const canonical = modelOf(new Project());

  it('a UTF-8 byte-order mark at the start of JSON, .md and .mdx files', () => {
    const p = new Project();
    for (const rel of [KONTAKTE, BUDGET, SCHEDULE, 'data/site.json', KAMPAGNE, INDEX, NEWS, PROJECT]) p.write(rel, `\uFEFF${p.read(rel)}`);
    expect(modelOf(p)).toEqual(canonical);
  });

  it('CRLF line endings everywhere, with line numbers still right', () => {
    const p = new Project();
    for (const rel of [KONTAKTE, BUDGET, SCHEDULE, KAMPAGNE, INDEX, NEWS, PROJECT]) p.write(rel, p.read(rel).replace(/\n/g, '\r\n'));
    expect(modelOf(p)).toEqual(canonical);
    p.replace(KAMPAGNE, 'summary: "Eine Kampagne."', 'summary: ""');
    p.replace(BUDGET, '"basis": "brutto"', '"basis": "bruto"');
    const errors = p.check().errors;
    const line = (rel: string, needle: string) => p.read(rel).split('\r\n').findIndex((l) => l.includes(needle)) + 1;
    expect(errors.map((e) => `${e.file}:${e.line}`).sort()).toEqual([`${BUDGET}:${line(BUDGET, '"basis"')}`, `${KAMPAGNE}:${line(KAMPAGNE, 'summary:')}`].sort());
  });

  it('decomposed umlauts (NFD) in text, keys and values', () => {
    const nfc = new Project();
    nfc.replace(KAMPAGNE, 'title: "Kampagne"', 'title: "Grüne Kampagne für Straßenfeste"');
    const nfd = new Project();
    nfd.replace(KAMPAGNE, 'title: "Kampagne"', 'title: "Grüne Kampagne für Straßenfeste"'.normalize('NFD'));
    expect(nfd.read(KAMPAGNE)).not.toBe(nfc.read(KAMPAGNE));
    expect(modelOf(nfd)).toEqual(modelOf(nfc));
  });

  it('a decomposed umlaut in a file name gets the same message as a composed one, with a suggestion', () => {
    const message = (name: string) => {
      const errors = errorsOf((p) => p.rename(`${RB}/massnahmen/messe.md`, `${RB}/massnahmen/${name}`));
      return errors.map((e) => `${e.message} ${e.expected} ${e.found}`);
    };
    const composed = message('grüne-messe.md');
    expect(message('grüne-messe.md'.normalize('NFD'))).toEqual(composed);
    expect(composed.join('\n')).toContain('gruene-messe');
  });

  it('unquoted YAML dates, in every date field', () => {
    const p = new Project();
    p.replace(NEWS, 'date: "2023-03-14"', 'date: 2023-03-14');
    p.replace(INDEX, 'start: "2023-01-01"', 'start: 2023-01-01');
    p.replace(INDEX, 'end: "2025-06-30"', 'end: 2025-06-30');
    p.replace(PROJECT, 'start: "2021-11"', 'start: 2021-11');
    expect(modelOf(p)).toEqual(canonical);
  });

  it('a BOM in data/kontakte.json gives no error at all (it gave one unreadable and eight follow-ups)', () => {
    expect(lines(errorsOf((p) => p.write(KONTAKTE, `\uFEFF${p.read(KONTAKTE)}`)))).toBe('');
  });
});

describe('files in another encoding and German-written amounts', () => {
  it('names a file saved as Windows-1252 or UTF-16 instead of showing broken umlauts', () => {
    const latin1 = errorsOf((p) => writeFileSync(join(p.dir, KAMPAGNE), Buffer.from(p.read(KAMPAGNE).replace('"Kampagne"', '"Grüne Kampagne"'), 'latin1')));
    expect(latin1, lines(latin1)).toHaveLength(1);
    expect(latin1[0]).toMatchObject({ file: KAMPAGNE, line: 3, message: expect.stringContaining('UTF-8') });
    const utf16 = errorsOf((p) => writeFileSync(join(p.dir, KONTAKTE), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(p.read(KONTAKTE), 'utf16le')])));
    expect(utf16, lines(utf16)).toHaveLength(1);
    expect(utf16[0]).toMatchObject({ file: KONTAKTE, message: expect.stringContaining('UTF-8') });
  });

  it('rejects a thousands dot in an amount in JSON and in YAML, as number or as text', () => {
    const cases: [string, (p: Project) => void][] = [
      [BUDGET, (p) => p.replace(BUDGET, /("totals": \{\s*"2023": )[\d.]+/, '$112.000')],
      [INDEX, (p) => p.replace(INDEX, 'total: 12345.67', 'total: 12.345')],
      [INDEX, (p) => p.replace(INDEX, 'total: 12345.67', 'total: 1.234.567')],
      [INDEX, (p) => p.replace(INDEX, 'total: 12345.67', 'total: 12.345,67')],
      [PROJECT, (p) => p.replace(PROJECT, 'amount: 700000', 'amount: 700.000')],
    ];
    for (const [file, change] of cases) {
      const errors = errorsOf(change);
      expect(errors, lines(errors)).toHaveLength(1);
      expect(errors[0]?.file).toBe(file);
      expect(formatIssue(errors[0] as Issue)).toMatch(/Tausenderpunkt/);
    }
  });
});

describe('every period runs forwards', () => {
  const cases: [string, (p: Project) => void, string, string][] = [
    ['Regionalbudget term', (p) => p.replace(INDEX, 'end: "2025-06-30"', 'end: "2022-12-31"'), INDEX, 'period.end'],
    ['term of different precision', (p) => p.replace(INDEX, 'end: "2025-06-30"', 'end: "2022"'), INDEX, 'period.end'],
    ['approval period', (p) => p.replace(INDEX, 'end: "2025-12"', 'end: "2023-06"'), INDEX, 'approvedPeriod.end'],
    ['project period', (p) => p.replace(PROJECT, '  note: "Start Ende November 2021"', '  end: "2021-10"'), PROJECT, 'period.end'],
    ['project period with unquoted dates', (p) => p.replace(PROJECT, '  start: "2021-11"\n  note: "Start Ende November 2021"', '  start: 2021-11-15\n  end: 2021-11-14'), PROJECT, 'period.end'],
    ['schedule from/to', (p) => p.replace(SCHEDULE, /"to": "[^"]+"/, '"to": "2022-Q4"'), SCHEDULE, 'to'],
  ];
  for (const [what, change, file, path] of cases) {
    it(what, () => {
      const errors = errorsOf(change);
      expect(errors, lines(errors)).toHaveLength(1);
      const [error] = errors as [Issue];
      expect(error).toMatchObject({ file, message: expect.stringMatching(/^Das Ende \((end|to)\) liegt vor dem Beginn \((start|from)\)\.$/) });
      expect(formatIssue(error)).toMatch(new RegExp(` bei ${path.replace('.', '\\.')}: `));
      expect(error.expected).toMatch(/Beginn \((start|from): „.+“\)/);
      expect(error.line).toBeGreaterThan(1);
    });
  }

  it('accepts a period of one day, of one month given at two precisions, and an open end', () => {
    expect(lines(errorsOf((p) => p.replace(INDEX, 'end: "2025-06-30"', 'end: "2023-01-01"')))).toBe('');
    expect(lines(errorsOf((p) => p.replace(INDEX, 'end: "2025-06-30"', 'end: "2023-01"')))).toBe('');
    expect(lines(errorsOf((p) => p.replace(INDEX, 'end: "2025-12"', 'end: "2023-07-31"')))).toBe('');
  });
});

describe('text fields need visible characters', () => {
  const invisible = ['\u200B', '\u200B\u200C\u200D', '\uFEFF', '\u200E\u200F', '\u00AD', '\u00A0\u2003', '\u2060', '\u3164', '\u2800', '\u034F', '\u0301'];
  for (const value of invisible) {
    const shown = [...value].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
    it(`rejects a title of only ${shown}`, () => {
      const errors = errorsOf((p) => p.replace(KAMPAGNE, 'title: "Kampagne"', `title: "${value}"`));
      expect(errors, lines(errors)).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: KAMPAGNE, path: ['title'], line: 3 });
      // the message spells out what is there instead of printing nothing
      expect(formatIssue(errors[0] as Issue)).toMatch(/gefunden: „(⟨U\+[0-9A-F]{4}⟩ ?)+“\.$|gefunden: einen leeren Text\.$/);
    });
  }

  it('applies to every kind of text field: optional ones, list items, JSON data', () => {
    expect(errorsOf((p) => p.replace(PROJECT, 'region: "Testregion"', 'region: "Testregion"\nsubtitle: "\u200B"'))[0]).toMatchObject({ path: ['subtitle'] });
    expect(errorsOf((p) => p.replace(PROJECT, '  - label: "Teilnehmende"', '  - label: "\u2060\u2060"'))[0]).toMatchObject({ path: ['results', 0, 'label'] });
    expect(errorsOf((p) => p.replace(BUDGET, /"source": "[^"]+"/, '"source": "\\u200b \\u00a0"'))[0]).toMatchObject({ file: BUDGET, path: ['source'] });
    expect(errorsOf((p) => p.replace(KONTAKTE, /"name": "[^"]+"/, '"name": "\\u200d"'))[0]).toMatchObject({ file: KONTAKTE, path: ['contacts', 0, 'name'] });
  });

  it('rejects bidi override and isolate controls anywhere in a text, and shows them instead of obeying them', () => {
    for (const control of ['\u202E', '\u202D', '\u202A', '\u2066', '\u2067', '\u2068', '\u2069']) {
      const errors = errorsOf((p) => p.replace(KAMPAGNE, 'title: "Kampagne"', `title: "Kampagne ${control}enigapmaK"`));
      expect(errors, lines(errors)).toHaveLength(1);
      expect(errors[0]?.expected).toContain('Schreibrichtung');
      expect(formatIssue(errors[0] as Issue)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
  });

  it('rejects bidi controls in a Markdown body too, at their line', () => {
    const errors = errorsOf((p) => p.write(KAMPAGNE, `${p.read(KAMPAGNE)}\nZweite Zeile\nDritte \u202Eetiez\n`));
    expect(errors, lines(errors)).toHaveLength(1);
    const lineNo = new Project().read(KAMPAGNE).split('\n').length + 2;
    expect(errors[0]).toMatchObject({ file: KAMPAGNE, line: lineNo, column: 8, found: 'das Zeichen U+202E' });
  });

  it('rejects control characters but keeps visible text with marks, soft hyphens and no-break spaces', () => {
    expect(errorsOf((p) => p.replace(KAMPAGNE, 'title: "Kampagne"', 'title: "Kam\\x1b[31mpagne"'))[0]?.expected).toContain('Steuerzeichen');
    for (const ok of ['Kam\u00ADpagne', '10\u00A0%', 'Arabic \u200F(ع)', 'Kampagne\u200B']) {
      expect(lines(errorsOf((p) => p.replace(KAMPAGNE, 'title: "Kampagne"', `title: "${ok}"`)))).toBe('');
    }
  });
});

describe('every file under content/ and data/ is read or reported', () => {
  const stray = (rel: string, make: (p: Project) => void = (p) => p.write(rel, p.read(KAMPAGNE))): Issue[] => {
    const errors = errorsOf(make);
    return errors.filter((e) => e.file === rel);
  };

  it('a measure in a misspelled folder, with a suggestion', () => {
    const [error, ...more] = stray(`${RB}/massnahme/neu.md`);
    expect(more).toEqual([]);
    expect(error?.message).toContain('wird nicht gelesen');
    expect(error?.message).toContain('Meinten Sie den Ordner „massnahmen/“?');
    expect(error?.expected).toContain('content/regionalbudgets/<id>/massnahmen/<name>.md');
  });

  it('unknown extensions, at every level', () => {
    const cases: [string, RegExp][] = [
      [`${RB}/massnahmen/neu.markdown`, /Meinten Sie „neu\.md“\?/],
      [`${RB}/massnahmen/neu.MD`, /Meinten Sie „neu\.md“\?/],
      ['content/aktuelles/notiz.txt', /Meinten Sie „notiz\.md“\?/],
      ['content/projekte/neu.yml', /YAML/],
      ['data/budgets/test-2024.yaml', /JSON/],
      ['data/budgets/test-2024.JSON', /Meinten Sie „test-2024\.json“\?/],
      [`${RB}/notizen.md`, /wird nicht gelesen/],
      ['content/liesmich.md', /wird nicht gelesen/],
      ['content/projekt/neu.md', /Meinten Sie den Ordner „projekte\/“\?/],
      ['data/budget/test-2023.json', /Meinten Sie den Ordner „budgets\/“\?/],
      ['data/notes.json', /wird nicht gelesen/],
      [`${RB}/massnahmen/entwurf/neu.md`, /wird nicht gelesen/],
      [`${RB}/massnahmen/.entwurf.md`, /Punkt beginnt/],
      ['content/bilder/logo.png', /wird nicht gelesen/],
    ];
    for (const [rel, message] of cases) {
      const errors = stray(rel);
      expect(errors, `${rel}: ${lines(errors)}`).toHaveLength(1);
      expect(errors[0]?.message, rel).toMatch(message);
      expect(errors[0]?.found).toBe(`„${rel}“`);
    }
  });

  it('a symbolic link: read like its target, reported when it points nowhere', () => {
    const ok = new Project();
    symlinkSync(join(ok.dir, KAMPAGNE), join(ok.dir, `${RB}/massnahmen/kampagne-kopie.md`));
    expect(ok.check().errors.filter((e) => e.file.includes('kampagne-kopie')).map((e) => e.message).join('\n')).not.toMatch(/nicht gelesen|symbolischer/);
    const errors = errorsOf((p) => symlinkSync(join(p.dir, 'gibt-es-nicht.md'), join(p.dir, `${RB}/massnahmen/weg.md`)));
    expect(errors, lines(errors)).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: `${RB}/massnahmen/weg.md`, message: expect.stringContaining('symbolischer Link') });
  });

  it('ignores the harmless files that systems and editors leave behind', () => {
    const p = new Project();
    for (const rel of [`${RB}/massnahmen/.gitkeep`, 'content/.DS_Store', `${RB}/massnahmen/kampagne.md~`, `${RB}/massnahmen/.kampagne.md.swp`, 'data/Thumbs.db', 'data/budgets/._test-2023.json']) {
      p.write(rel, 'x');
    }
    expect(lines(p.check().errors)).toBe('');
  });

  it('reads nothing the report does not know: measure files in a folder without index are still checked', () => {
    const errors = errorsOf((p) => {
      p.rename(`${RB}/index.mdx`, `${RB}/index.mdx.bak`);
      p.replace(KAMPAGNE, 'title: "Kampagne"', 'titel: "Kampagne"');
    });
    expect(errors.map((e) => e.file)).toEqual(expect.arrayContaining([RB, `${RB}/index.mdx.bak`, KAMPAGNE]));
  });
});

describe('one mistake gives one message', () => {
  const only = (errors: Issue[], file: string) => {
    expect(errors.map((e) => e.file), lines(errors)).toEqual([file]);
  };

  it('a misspelt field in a measure: one message naming the intended field, no "gibt es nicht" elsewhere', () => {
    const errors = errorsOf((p) => p.replace(KAMPAGNE, 'title: "Kampagne"', 'titel: "Kampagne"'));
    only(errors, KAMPAGNE);
    expect(errors[0]?.message).toBe('Das Feld „titel“ ist unbekannt; gemeint ist wohl das Pflichtfeld „title“.');
  });

  it('a YAML syntax error in a measure that budget, schedule and news refer to', () => {
    only(errorsOf((p) => p.replace(KAMPAGNE, 'title: "Kampagne"', 'title: Kampagne: neu')), KAMPAGNE);
  });

  it('a measure with an invalid file name that others refer to by its slug', () => {
    only(errorsOf((p) => p.rename(KAMPAGNE, `${RB}/massnahmen/Kampagne.md`)), `${RB}/massnahmen/Kampagne.md`);
  });

  it('a broken Handlungsfeld that measures point to', () => {
    only(errorsOf((p) => p.replace(`${RB}/handlungsfelder/wirtschaft.md`, /^title:.*$/m, 'title: ""')), `${RB}/handlungsfelder/wirtschaft.md`);
  });

  it('a broken Regionalbudget description that budget, schedule and news refer to', () => {
    only(errorsOf((p) => p.replace(INDEX, 'value: bewilligt', 'value: genehmigt')), INDEX);
  });

  it('a broken programme, project or contacts file', () => {
    only(errorsOf((p) => p.replace('content/programme/grw-infra.md', /^level:.*$/m, 'level: Bundesland')), 'content/programme/grw-infra.md');
    only(errorsOf((p) => p.replace(PROJECT, 'region: "Testregion"', 'region: ""')), PROJECT);
    only(errorsOf((p) => p.replace(KONTAKTE, /"organisation": "[^"]+"/, '"organisation": ""')), KONTAKTE);
    only(errorsOf((p) => p.write(KONTAKTE, p.read(KONTAKTE).replace('{', '{,'))), KONTAKTE);
  });

  it('still reports a real dangling reference next to a broken file', () => {
    const errors = errorsOf((p) => {
      p.replace(KAMPAGNE, 'title: "Kampagne"', 'titel: "Kampagne"');
      p.replace(NEWS, 'measures: [test-2023/kampagne]', 'measures: [test-2023/kampagne, test-2023/gibtsnicht]');
    });
    expect(errors.map((e) => e.file).sort()).toEqual([NEWS, KAMPAGNE].sort());
    expect(errors.find((e) => e.file === NEWS)?.found).toBe('„test-2023/gibtsnicht“');
  });
});

/**
 * `npm run check` end to end: a valid fixture project passes; for each kind of error a copy of it is broken
 * in exactly one place and the real CLI must exit 1 and name file, line, path, expectation and finding.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../../scripts/lib/check-report.ts';
import { FIXTURE_FILES, TempRepo, removeTempRepos } from '../../helpers/temp-repo.ts';


const { INDEX, KAMPAGNE, MESSE, BUDGET, SCHEDULE, KONTAKTE, SITE, NEWS, NEWS_UNDATED } = FIXTURE_FILES;
const NBSP = '\u00a0';

afterAll(removeTempRepos);

/** The tests edit loosely typed JSON on purpose. */
type Json = any;

/** A copy of the valid fixture (test/helpers/temp-repo.ts), checked as `npm run check` reports it. */
class Project extends TempRepo {
  check(): Result {
    const run = checkInProcess(this.dir);
    const lines = run.stderr.split('\n').filter((l) => /^\S+(:\d+:\d+)? (Fehler|Warnung|Hinweis)\b/.test(l));
    const summary = /(\d+) Fehler, (\d+) Warnungen(?:, \d+ Hinweise)?\./.exec(`${run.stdout}${run.stderr}`);
    return {
      status: run.status,
      stdout: run.stdout,
      stderr: run.stderr,
      lines,
      errors: summary ? Number(summary[1]) : Number.NaN,
      warnings: summary ? Number(summary[2]) : Number.NaN,
      dir: this.dir,
    };
  }
}

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Lines of the issue list. */
  lines: string[];
  errors: number;
  warnings: number;
  dir: string;
}

const broken = (change: (p: Project) => void): Result => {
  const p = new Project();
  change(p);
  return p.check();
};

/** `npm run check` as the CLI would print it, without a Node process per case. */
function checkInProcess(dir: string): { status: number; stdout: string; stderr: string } {
  const report = checkReport(dir);
  const text = (lines: string[]) => (lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return { status: report.code, stdout: text(report.out), stderr: text(report.err) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The one line reporting `severity` for `file` at `path` (no path: an issue about the whole file). Checks the
 * contract of every message: relative file with line and column, German label, "Erwartet: …; gefunden: …".
 */
function reported(result: Result, file: string, path: string | undefined, severity: 'Fehler' | 'Warnung' = 'Fehler'): string {
  const head = new RegExp(`^${escape(file)}:(\\d+):(\\d+) ${severity}${path === undefined ? '' : ` bei ${escape(path)}`}: `);
  const found = result.lines.filter((l) => head.test(l));
  expect(found, `keine Meldung „${severity}“ für ${file} bei ${path} in:\n${result.stderr}`).toHaveLength(1);
  const line = found[0] as string;
  expect(line).toMatch(/ Erwartet: .+; gefunden: .+\.$/);
  return line;
}

/** Asserts a failed check and returns the reported line for file/path. */
function error(result: Result, file: string, path?: string): string {
  expect(result.status, result.stderr).toBe(1);
  return reported(result, file, path);
}

function lineNumber(reportedLine: string): number {
  return Number(/^\S+?:(\d+):/.exec(reportedLine)?.[1]);
}

describe('the valid fixture', () => {
  it('passes without errors or warnings', () => {
    const result = new Project().check();
    expect(result.status, result.stderr).toBe(0);
    // Only notices: the fixture's two terms disagree on purpose (the check points that out, it is no error).
    for (const line of result.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^\S+:\d+:\d+ Hinweis/);
    expect(result.stdout).toContain('2 Regionalbudgets, 3 Handlungsfelder/Themenbereiche, 5 Maßnahmen, 1 Projekte, 2 Meldungen, 3 Kontakte');
    expect(result.stdout).toMatch(/: 0 Fehler, 0 Warnungen, \d+ Hinweise\.\n$/);
  });
});

describe('every message', () => {
  it('names the file relative to the project, with line and column, in German', () => {
    const result = broken((p) => p.replace(INDEX, 'programme: grw-infra', 'programme: gibt-es-nicht'));
    expect(result.lines).toHaveLength(1);
    expect(result.stderr).not.toContain(result.dir);
    expect(result.lines[0]).toMatch(/^content\/regionalbudgets\/test-2023\/index\.mdx:\d+:\d+ Fehler bei programme: Der Verweis zeigt ins Leere/);
    expect(result.stderr).toContain('Die Inhalte sind nicht gültig.');
  });
});

describe('references', () => {
  it('unknown programme', () => {
    let expectedLine = 0;
    const result = broken((p) => {
      p.replace(INDEX, 'programme: grw-infra', 'programme: grw-infrastruktur');
      expectedLine = p.lineOf(INDEX, 'programme:');
    });
    const line = error(result, INDEX, 'programme');
    expect(lineNumber(line)).toBe(expectedLine);
    expect(line).toContain('gefunden: „grw-infrastruktur“');
    expect(line).toMatch(/Erwartet: eine Kennung aus content\/programme\/: .*„grw-infra“/);
    expect(result.errors).toBe(1);
  });

  it('unknown programme of a project', () => {
    const result = broken((p) => p.replace('content/projekte/beispielprojekt.mdx', 'programme: region-gestalten', 'programme: region-gestaltet'));
    expect(error(result, 'content/projekte/beispielprojekt.mdx', 'programme')).toContain('„region-gestaltet“');
  });

  it.each([
    [INDEX, 'contacts: [anna-beispiel]', 'contacts: [anna-beispiel, niemand]', 'contacts[1]'],
    [KAMPAGNE, 'contacts: [bernd-muster]', 'contacts: [bernd-mustermann]', 'contacts[0]'],
    ['content/projekte/beispielprojekt.mdx', 'contacts: [anna-beispiel]', 'contacts: [anna]', 'contacts[0]'],
  ])('unknown contact in %s', (file, from, to, path) => {
    const result = broken((p) => p.replace(file, from, to));
    const line = error(result, file, path);
    expect(line).toContain('die Kontaktperson');
    expect(line).toMatch(/Erwartet: eine Kennung aus data\/kontakte\.json: .*„anna-beispiel“/);
    expect(result.errors).toBe(1);
  });

  it('unknown Handlungsfeld', () => {
    const result = broken((p) => p.replace(KAMPAGNE, 'handlungsfeld: wirtschaft', 'handlungsfeld: wirtschaf'));
    const line = error(result, KAMPAGNE, 'handlungsfeld');
    expect(line).toContain('gefunden: „wirtschaf“');
    expect(result.errors).toBe(1);
  });

  it('a Handlungsfeld of another Regionalbudget does not resolve', () => {
    const result = broken((p) => p.replace(KAMPAGNE, 'handlungsfeld: wirtschaft', 'handlungsfeld: umwelt'));
    const line = error(result, KAMPAGNE, 'handlungsfeld');
    expect(line).toMatch(/Erwartet: eine Kennung aus content\/regionalbudgets\/test-2023\/handlungsfelder\/: /);
    expect(line).toContain('„wirtschaft“');
    expect(line).not.toMatch(/Erwartet: [^;]*„umwelt“/);
  });

  it.each([
    ['measures: [test-2023/kampagne]', 'measures: [test-2023/kampagn]', 'measures[0]', 'die Maßnahme'],
    ['measures: [test-2023/kampagne]', 'measures: [zweite-2024/kampagne]', 'measures[0]', 'die Maßnahme'],
    ['projects: [beispielprojekt]', 'projects: [beispiel]', 'projects[0]', 'das Projekt'],
    ['regionalbudgets: [test-2023]', 'regionalbudgets: [test-2023, test-2024]', 'regionalbudgets[1]', 'das Regionalbudget'],
  ])('news: %s → %s', (from, to, path, what) => {
    const result = broken((p) => p.replace(NEWS, from, to));
    expect(error(result, NEWS, path)).toContain(`Der Verweis zeigt ins Leere: ${what}`);
    expect(result.errors).toBe(1);
  });
});

describe('uniqueness and file names', () => {
  it('duplicate contact id', () => {
    const result = broken((p) => p.json(KONTAKTE, (d) => d.contacts.push({ ...d.contacts[0], name: 'Andere Anna' })));
    const line = error(result, KONTAKTE, 'contacts[3].id');
    expect(line).toContain('schon bei contacts[0]');
    expect(line).toContain('gefunden: „anna-beispiel“');
    expect(result.errors).toBe(1);
  });

  it('duplicate measure number', () => {
    const result = broken((p) => p.replace(MESSE, 'number: 2', 'number: 1'));
    const line = error(result, MESSE, 'number');
    expect(line).toContain(KAMPAGNE);
    expect(line).toContain('gefunden: die Nummer 1');
    expect(result.errors).toBe(1);
  });

  it('news file name that does not match its date', () => {
    const renamed = 'content/aktuelles/2023-03-15-auftakt.md';
    const result = broken((p) => p.rename(NEWS, renamed));
    const line = error(result, renamed, 'date');
    expect(line).toContain('Erwartet: einen Dateinamen, der mit „2023-03-14-“ beginnt');
    expect(line).toContain('gefunden: „2023-03-15-auftakt“');
  });

  it('news date changed without renaming the file', () => {
    const result = broken((p) => p.replace(NEWS, 'date: "2023-03-14"', 'date: "2023-04-01"'));
    expect(error(result, NEWS, 'date')).toContain('„2023-04-01-“');
  });
});

describe('budget', () => {
  it('budget line for an unknown measure', () => {
    const result = broken((p) => p.json(BUDGET, (d) => d.lines.push({ measure: 'gibt-es-nicht', amounts: {} })));
    const line = error(result, BUDGET, 'lines[4].measure');
    expect(line).toContain('Die Maßnahme gibt es in diesem Regionalbudget nicht.');
    expect(line).toContain('gefunden: „gibt-es-nicht“');
    expect(result.errors).toBe(1);
  });

  it('missing budget line (totals adjusted, so only the missing line is wrong)', () => {
    const result = broken((p) =>
      p.json(BUDGET, (d) => {
        d.lines = d.lines.filter((l: Json) => l.measure !== 'treffpunkt');
        d.totals['2024'] = 18500.5;
        d.totals['2025'] = 3500;
      }),
    );
    const line = error(result, BUDGET, 'lines');
    expect(line).toContain('„treffpunkt“ fehlt die Budgetzeile');
    expect(line).toContain('gefunden: keine Zeile');
    expect(result.errors).toBe(1);
  });

  it('duplicate budget line', () => {
    const result = broken((p) => p.json(BUDGET, (d) => d.lines.push({ measure: 'messe', amounts: {} })));
    const line = error(result, BUDGET, 'lines[4].measure');
    expect(line).toContain('schon in lines[1]');
    expect(result.errors).toBe(1);
  });

  it('year key that is not in years', () => {
    const result = broken((p) => p.json(BUDGET, (d) => (d.lines[1].amounts['2026'] = 100)));
    const line = error(result, BUDGET, 'lines[1].amounts.2026');
    expect(line).toContain('Erwartet: eines der Jahre aus „years“: 2023, 2024, 2025');
    expect(line).toContain('gefunden: das Jahr 2026');
    expect(result.errors).toBe(1);
  });

  it('year key of the totals that is not in years', () => {
    const result = broken((p) => p.json(BUDGET, (d) => (d.totals['2022'] = 0)));
    expect(error(result, BUDGET, 'totals.2022')).toContain('das Jahr 2022');
    expect(result.errors).toBe(1);
  });

  it('year outside the term', () => {
    const result = broken((p) => p.json(BUDGET, (d) => d.years.push(2026)));
    const line = error(result, BUDGET, 'years[3]');
    expect(line).toContain('Das Jahr liegt außerhalb der Laufzeit');
    expect(line).toContain('gefunden: 2026');
    expect(result.errors).toBe(1);
  });

  it('a year outside the period but inside the approved period is fine', () => {
    const result = broken((p) => p.replace(INDEX, 'end: "2025-06-30"', 'end: "2024-12-31"'));
    expect(result.status, result.stderr).toBe(0);
  });

  it('the sum of the lines differs from totals by one cent', () => {
    const result = broken((p) => p.json(BUDGET, (d) => (d.lines[0].amounts['2024'] = 12500.51)));
    const line = error(result, BUDGET, 'totals.2024');
    expect(line).toContain(`Erwartet: 38.500,51${NBSP}€ (Summe aller Zeilen); gefunden: 38.500,50${NBSP}€.`);
    expect(result.errors).toBe(1);
  });

  it('a year missing from totals counts as 0', () => {
    const result = broken((p) => p.json(BUDGET, (d) => delete d.totals['2025']));
    expect(error(result, BUDGET, 'totals.2025')).toContain(`gefunden: 0,00${NBSP}€`);
  });

  it('negative amount', () => {
    let expectedLine = 0;
    const result = broken((p) => {
      p.json(BUDGET, (d) => (d.lines[1].amounts['2023'] = -5000.25));
      expectedLine = p.lineOf(BUDGET, '-5000.25');
    });
    const line = error(result, BUDGET, 'lines[1].amounts.2023');
    expect(lineNumber(line)).toBe(expectedLine);
    expect(line).toContain('Erwartet: einen Betrag ≥ 0 mit höchstens zwei Nachkommastellen; gefunden: die Zahl -5000.25.');
    expect(result.errors).toBe(1);
  });

  it('amount with three decimals', () => {
    const result = broken((p) => p.json(BUDGET, (d) => (d.lines[1].amounts['2023'] = 5000.255)));
    expect(error(result, BUDGET, 'lines[1].amounts.2023')).toContain('gefunden: die Zahl 5000.255');
    expect(result.errors).toBe(1);
  });

  it('grant more than one cent off total × rate', () => {
    const result = broken((p) => p.replace(INDEX, 'grant: 9876.54', 'grant: 9876.56'));
    const line = error(result, INDEX, 'funding.grant');
    expect(line).toContain(`Erwartet: 9.876,54${NBSP}€ (12.345,67${NBSP}€ × 80${NBSP}%, auf einen Cent genau); gefunden: 9.876,56${NBSP}€.`);
    expect(result.errors).toBe(1);
  });

  it.each(['9876.55', '9876.53'])('grant exactly one cent off (%s) passes', (grant) => {
    const result = broken((p) => p.replace(INDEX, 'grant: 9876.54', `grant: ${grant}`));
    expect(result.status, result.stderr).toBe(0);
  });
});

describe('schedule', () => {
  it('malformed quarter', () => {
    const result = broken((p) => p.json(SCHEDULE, (d) => d.rows[0].quarters.push('2023-Q5')));
    const line = error(result, SCHEDULE, 'rows[0].quarters[1]');
    expect(line).toContain('Erwartet: ein Quartal JJJJ-Qn oder einen Bereich JJJJ-Qn..JJJJ-Qn; gefunden: „2023-Q5“.');
    expect(result.errors).toBe(1);
  });

  it.each(['2026-Q1', '2022-Q4', '2025-Q3..2026-Q1'])('quarter %s outside from..to', (entry) => {
    const result = broken((p) => p.json(SCHEDULE, (d) => d.rows[1].quarters.push(entry)));
    const line = error(result, SCHEDULE, 'rows[1].quarters[2]');
    expect(line).toContain('Erwartet: Quartale von 2023-Q1 bis 2025-Q4');
    expect(line).toContain(`gefunden: „${entry}“`);
    expect(result.errors).toBe(1);
  });

  it('duplicated quarter through overlapping ranges', () => {
    const result = broken((p) => p.json(SCHEDULE, (d) => (d.rows[0].quarters = ['2023-Q1..2024-Q2', '2024-Q1..2025-Q2'])));
    const line = error(result, SCHEDULE, 'rows[0].quarters[1]');
    expect(line).toContain('Das Quartal 2024-Q1 ist doppelt eingetragen.');
    expect(line).toContain('steht schon in „2023-Q1..2024-Q2“');
    expect(result.errors).toBe(1);
  });

  it('row for an unknown measure', () => {
    const result = broken((p) => p.json(SCHEDULE, (d) => d.rows.push({ measure: 'gibt-es-nicht', quarters: [] })));
    expect(error(result, SCHEDULE, 'rows[4].measure')).toContain('gefunden: „gibt-es-nicht“');
    expect(result.errors).toBe(1);
  });

  it('missing row', () => {
    const result = broken((p) => p.json(SCHEDULE, (d) => d.rows.pop()));
    expect(error(result, SCHEDULE, 'rows')).toContain('„begleitung“ fehlt die Zeile im Zeitplan');
    expect(result.errors).toBe(1);
  });
});

describe('syntax and schema errors', () => {
  it('malformed JSON (missing comma) at its line', () => {
    let expectedLine = 0;
    const result = broken((p) => {
      p.replace(BUDGET, '"basis": "brutto",', '"basis": "brutto"');
      expectedLine = p.lineOf(BUDGET, '"basis"'); // where the comma belongs, not where the parser stopped
    });
    const line = error(result, BUDGET);
    expect(lineNumber(line)).toBe(expectedLine);
    expect(line).toContain('Zwischen zwei Einträgen fehlt ein Komma.');
  });

  it('malformed JSON (trailing comma in a list) at the comma', () => {
    let expectedLine = 0;
    const result = broken((p) => {
      p.replace(SCHEDULE, '"2023-Q1..2025-Q4"] }\n', '"2023-Q1..2025-Q4"] },\n');
      expectedLine = p.lineOf(SCHEDULE, '"2023-Q1..2025-Q4"] },');
    });
    const line = error(result, SCHEDULE);
    expect(lineNumber(line)).toBe(expectedLine);
    expect(result.stderr).not.toContain('is not valid JSON');
  });

  it('malformed YAML frontmatter at its line in the Markdown file', () => {
    let expectedLine = 0;
    const result = broken((p) => {
      p.replace(NEWS_UNDATED, 'title: "Meldung ohne Datum"', 'title: Meldung: ohne Datum');
      expectedLine = p.lineOf(NEWS_UNDATED, 'title:');
    });
    const line = error(result, NEWS_UNDATED);
    expect(expectedLine).toBe(2);
    expect(lineNumber(line)).toBe(expectedLine);
    expect(line).toContain('Der Wert enthält einen Doppelpunkt und steht nicht in Anführungszeichen.');
    expect(result.errors).toBe(1);
  });

  it('missing required field in frontmatter', () => {
    const result = broken((p) => p.replace(NEWS_UNDATED, 'summary: "Die Quelle nennt kein Datum."\n', ''));
    const line = error(result, NEWS_UNDATED, 'summary');
    expect(line).toContain('Ein Pflichtfeld fehlt.');
    expect(line).toContain('gefunden: nichts (das Feld fehlt)');
    expect(result.errors).toBe(1);
  });

  it('missing required field in a JSON file', () => {
    const result = broken((p) => p.json(SITE, (d) => delete d.name));
    expect(error(result, SITE, 'name')).toContain('Ein Pflichtfeld fehlt.');
    expect(result.errors).toBe(1);
  });

  it('unknown field (typo) in frontmatter, at its line', () => {
    let expectedLine = 0;
    const result = broken((p) => {
      p.replace(NEWS_UNDATED, 'summary:', 'regionalbudget: [test-2023]\nsummary:');
      expectedLine = p.lineOf(NEWS_UNDATED, 'regionalbudget:');
    });
    const line = error(result, NEWS_UNDATED, 'regionalbudget');
    expect(lineNumber(line)).toBe(expectedLine);
    expect(line).toContain('Das Feld „regionalbudget“ ist unbekannt (Tippfehler?).');
    expect(result.errors).toBe(1);
  });

  it('unknown field (typo) in a JSON file', () => {
    const result = broken((p) => p.json(BUDGET, (d) => (d.lines[2].amount = d.lines[2].amounts)));
    expect(error(result, BUDGET, 'lines[2].amount')).toContain('gefunden: das Feld „amount“');
    expect(result.errors).toBe(1);
  });

  it('an unquoted impossible date is reported, not moved to another day', () => {
    const result = broken((p) => p.replace(INDEX, 'end: "2025-06-30"', 'end: 2025-02-30'));
    expect(error(result, INDEX, 'period.end')).toContain('Erwartet: ein existierendes Kalenderdatum; gefunden: „2025-02-30“');
  });
});

describe('all problems at once', () => {
  it('reports three errors in three files, not only the first', () => {
    const result = broken((p) => {
      p.replace(INDEX, 'programme: grw-infra', 'programme: unbekannt');
      p.json(BUDGET, (d) => (d.lines[3].amounts['2024'] = -1000));
      p.json(KONTAKTE, (d) => d.contacts.push({ id: 'pressestelle', name: 'Noch eine', organisation: 'X' }));
    });
    expect(result.status).toBe(1);
    error(result, INDEX, 'programme');
    error(result, BUDGET, 'lines[3].amounts.2024');
    error(result, KONTAKTE, 'contacts[3].id');
    expect(result.errors).toBe(3);
    expect(result.lines).toHaveLength(3);
  });
});

describe('warnings', () => {
  it('money in a year without a scheduled quarter: exit 0 with a warning', () => {
    const result = broken((p) =>
      p.json(BUDGET, (d) => {
        d.lines[1].amounts['2025'] = 100;
        d.totals['2025'] = 23599.99;
      }),
    );
    expect(result.status, result.stderr).toBe(0);
    const line = reported(result, BUDGET, 'lines[1].amounts.2025', 'Warnung');
    expect(line).toContain('„messe“ hat für 2025 Geld im Budgetplan');
    expect(line).toContain(SCHEDULE);
    expect(result.stdout).toContain('0 Fehler, 1 Warnungen,');
  });

  it('a scheduled quarter in a year without money: exit 0 with a warning', () => {
    const result = broken((p) => p.json(SCHEDULE, (d) => d.rows[2].quarters.unshift('2023-Q4')));
    expect(result.status, result.stderr).toBe(0);
    const line = reported(result, SCHEDULE, 'rows[2].quarters', 'Warnung');
    expect(line).toContain('„treffpunkt“ ist für 2023 eingeplant');
    expect(line).toContain('gefunden: 2023-Q4.');
    expect(result.stdout).toContain('0 Fehler, 1 Warnungen,');
  });
});

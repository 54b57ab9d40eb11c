/**
 * `npm run neu` end to end on a copy of the real content and data: every kind creates files that pass
 * `npm run check`, a second call refuses (exit 1) and changes nothing, and missing facts are refused.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TempRepo, removeTempRepos } from '../../helpers/temp-repo.ts';
import { runNeu } from '../../../scripts/lib/neu.ts';
import { checkReport } from '../../../scripts/lib/check-report.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
afterAll(removeTempRepos);

const copyOfRepo = (): string => TempRepo.ofRepository().dir;

/** `npm run neu` and `npm run check` in-process, their output as the CLI would print it. */
function neu(dir: string, ...args: string[]) {
  const r = runNeu([...args, '--root', dir]);
  return { code: r.code, out: r.out.join('\n'), err: r.err.join('\n') };
}

function check(dir: string) {
  const r = checkReport(dir);
  return { code: r.code, out: r.out.join('\n'), err: r.err.join('\n') };
}

/** Every file below dir with its content, to show that a refused call changed nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path, readFileSync(path, 'utf8'));
    }
  }
  return files;
}

const read = (dir: string, rel: string) => readFileSync(join(dir, rel), 'utf8');

describe('npm run neu', () => {
  const dir = copyOfRepo();

  it('massnahme: frontmatter with the next free number, empty budget and schedule lines; passes the check', () => {
    const r = neu(dir, 'massnahme', 'nordsachsen-2022', 'Grüne „Straßen“-Aktion', '--handlungsfeld', 'klimaneutrale-region', '--zusammenfassung', 'Eine Aktion für grüne Straßen.');
    expect(r.code, r.err).toBe(0);
    const file = 'content/regionalbudgets/nordsachsen-2022/massnahmen/gruene-strassen-aktion.md';
    expect(read(dir, file)).toMatch(/^---\nnumber: 23\ntitle: "Grüne „Straßen“-Aktion"\nhandlungsfeld: klimaneutrale-region\nsummary: "Eine Aktion für grüne Straßen."\n---\n/);
    const budget = read(dir, 'data/budgets/nordsachsen-2022.json');
    expect(budget).toContain('\n    { "measure": "gruene-strassen-aktion", "amounts": {} }\n  ]\n}');
    // every other line of the file is unchanged
    expect(budget.split('\n').filter((l) => !read(REPO, 'data/budgets/nordsachsen-2022.json').split('\n').includes(l))).toHaveLength(2);
    expect(read(dir, 'data/schedules/nordsachsen-2022.json')).toContain('\n    { "measure": "gruene-strassen-aktion", "quarters": [] }\n  ]\n}');
    const c = check(dir);
    expect(c.code, c.err).toBe(0);
  });

  it('massnahme: refuses a duplicate and changes nothing', () => {
    const before = snapshot(dir);
    const r = neu(dir, 'massnahme', 'nordsachsen-2022', 'Grüne „Straßen“-Aktion', '--handlungsfeld', 'klimaneutrale-region', '--zusammenfassung', 'Noch einmal.');
    expect(r.code).toBe(1);
    expect(r.err).toContain('gibt es schon');
    expect(snapshot(dir)).toEqual(before);
  });

  it('massnahme: the issue’s short form works – no field, placeholder summary, check passes with a warning', () => {
    const r = neu(dir, 'massnahme', 'nordsachsen-2022', 'Titel');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('handlungsfeld: attraktiver-arbeitsort');
    const file = read(dir, 'content/regionalbudgets/nordsachsen-2022/massnahmen/titel.md');
    expect(file).not.toContain('handlungsfeld:');
    expect(file).toContain('summary: "[Bitte ergänzen');
    expect(read(dir, 'data/budgets/nordsachsen-2022.json')).toContain('{ "measure": "titel", "amounts": {} }');
    expect(read(dir, 'data/schedules/nordsachsen-2022.json')).toContain('"measure": "titel"');
    const c = check(dir);
    expect(c.code).toBe(0);
    expect(c.err).toMatch(/massnahmen\/titel\.md:\d+:\d+ Warnung bei summary: Hier steht noch ein Platzhalter/);
    expect(neu(dir, 'massnahme', 'nordsachsen-2022', 'Titel').code).toBe(1);
  });

  it('massnahme: refuses a taken number and an unknown Handlungsfeld', () => {
    expect(neu(dir, 'massnahme', 'nordsachsen-2022', 'X', '--handlungsfeld', 'klimaneutrale-region', '--zusammenfassung', 'T.', '--nummer', '1').err).toContain('schon vergeben');
    const before = snapshot(dir);
    const r = neu(dir, 'massnahme', 'nordsachsen-2022', 'Y', '--handlungsfeld', 'gibt-es-nicht');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--handlungsfeld attraktiver-arbeitsort');
    expect(r.err).toContain('„Klimaneutrale Region“');
    expect(snapshot(dir)).toEqual(before);
  });

  it('handlungsfeld: next position; passes the check; refuses a duplicate', () => {
    const r = neu(dir, 'handlungsfeld', 'leipzig-2022', 'Übergreifende Aufgaben', '--zusammenfassung', 'Was alle Themenbereiche betrifft.');
    expect(r.code, r.err).toBe(0);
    expect(read(dir, 'content/regionalbudgets/leipzig-2022/handlungsfelder/uebergreifende-aufgaben.md')).toContain('order: 4\n');
    expect(check(dir).code).toBe(0);
    expect(neu(dir, 'handlungsfeld', 'leipzig-2022', 'Übergreifende Aufgaben', '--zusammenfassung', 'X.').code).toBe(1);
  });

  it('aktuelles: date in the file name, or none for a day without year; passes the check; refuses a duplicate', () => {
    const dated = neu(dir, 'aktuelles', 'Auftakt: Neue Runde', '--datum', '2024-05-02', '--zusammenfassung', 'Es geht los.', '--regionalbudget', 'nordsachsen-2022');
    expect(dated.code, dated.err).toBe(0);
    expect(read(dir, 'content/aktuelles/2024-05-02-auftakt-neue-runde.md')).toContain('date: "2024-05-02"\n');
    const noYear = neu(dir, 'aktuelles', 'Treffen im Mai', '--datum', '--05-02', '--zusammenfassung', 'Ein Treffen.');
    expect(noYear.code, noYear.err).toBe(0);
    expect(read(dir, 'content/aktuelles/treffen-im-mai.md')).toContain('date: "--05-02"\n');
    const undated = neu(dir, 'aktuelles', 'Ohne Datum', '--ohne-datum', '--zusammenfassung', 'Kein Datum.');
    expect(undated.code, undated.err).toBe(0);
    expect(read(dir, 'content/aktuelles/ohne-datum.md')).not.toContain('date:');
    const c = check(dir);
    expect(c.code, c.err).toBe(0);
    expect(neu(dir, 'aktuelles', 'Auftakt: Neue Runde', '--datum', '2024-05-02', '--zusammenfassung', 'X.').code).toBe(1);
    expect(neu(dir, 'aktuelles', 'Falsch', '--datum', '2024-02-30', '--zusammenfassung', 'X.').err).toContain('--datum');
  });

  it('aktuelles: the date defaults to today (UTC)', () => {
    const r = runNeu(['aktuelles', 'Heute', '--zusammenfassung', 'Heute.', '--root', dir], { today: '2025-01-31' });
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.created).toEqual(['content/aktuelles/2025-01-31-heute.md']);
  });

  it('regionalbudget: refuses without the facts, creates a valid file with them, then takes measures', () => {
    const missing = neu(dir, 'regionalbudget', 'meissen-2024', 'Regionalbudget Landkreis Meißen');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('--untertitel');
    expect(existsSync(join(dir, 'content/regionalbudgets/meissen-2024'))).toBe(false);
    const args = ['regionalbudget', 'meissen-2024', 'Regionalbudget Landkreis Meißen', '--untertitel', 'Stärkung der Mittelzentren', '--region', 'Landkreis Meißen', '--ende', '2026-12-31', '--zusammenfassung', 'Der Landkreis Meißen plant ein Regionalbudget.'];
    const r = neu(dir, ...args);
    expect(r.code, r.err).toBe(0);
    const index = read(dir, 'content/regionalbudgets/meissen-2024/index.mdx');
    expect(index).toContain('programme: grw-infra\nperiod:\n  end: "2026-12-31"\n');
    expect(index).not.toContain('status:');
    expect(neu(dir, ...args).code).toBe(1);
    expect(neu(dir, 'regionalbudget', 'x-2024', 'X', '--untertitel', 'U', '--region', 'R', '--ende', '2026', '--zusammenfassung', 'Z', '--programm', 'gibt-es-nicht').err).toContain('Förderprogramm');
    const h = neu(dir, 'handlungsfeld', 'meissen-2024', 'Wirtschaft', '--zusammenfassung', 'Wirtschaft stärken.');
    expect(h.code, h.err).toBe(0);
    const m = neu(dir, 'massnahme', 'meissen-2024', 'Erste Maßnahme', '--handlungsfeld', 'wirtschaft', '--zusammenfassung', 'Die erste Maßnahme.');
    expect(m.code, m.err).toBe(0);
    expect(m.out).toContain('keinen Budget- und Zeitplan');
    const c = check(dir);
    expect(c.code, c.err).toBe(0);
  });

  it('unknown kinds and flags get a German usage message', () => {
    expect(neu(dir, 'projekt', 'X').err).toContain('Unbekannte Art „projekt“');
    expect(neu(dir, 'massnahme', '--farbe', 'rot').err).toContain('--farbe');
  });
});

/** Splits a shell command line as docs/redaktion.md writes it (double quotes only). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('docs/redaktion.md, section 3, followed step by step', () => {
  it('gives a measure with budget and schedule that passes the check without warnings about it', () => {
    const dir = copyOfRepo();
    const doc = read(REPO, 'docs/redaktion.md');
    const command = doc.split('\n').find((l) => l.startsWith('npm run neu -- massnahme nordsachsen-2022 "Digitale Werkstatt"'));
    expect(command).toBeDefined();
    const args = shellWords(command as string).slice(3); // drop "npm run neu"
    expect(args[0]).toBe('--');
    const r = neu(dir, ...args.slice(1));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Nummer 23');

    // Schritt 4 and 5: the lines as the guide shows them, totals raised by the new amounts
    const budgetLine = doc.split('\n').find((l) => l.trim().startsWith('{ "measure": "digitale-werkstatt", "amounts": { "2024"'))?.trim() as string;
    const scheduleLine = doc.split('\n').find((l) => l.trim().startsWith('{ "measure": "digitale-werkstatt", "quarters": ["'))?.trim() as string;
    const amounts = JSON.parse(budgetLine).amounts as Record<string, number>;
    const budgetFile = join(dir, 'data/budgets/nordsachsen-2022.json');
    let budget = read(dir, 'data/budgets/nordsachsen-2022.json').replace('{ "measure": "digitale-werkstatt", "amounts": {} }', budgetLine);
    const totals = JSON.parse(budget).totals as Record<string, number>;
    for (const [year, euros] of Object.entries(amounts)) budget = budget.replace(`"${year}": ${totals[year]}`, `"${year}": ${(totals[year] ?? 0) + euros}`);
    writeFileSync(budgetFile, budget);
    const scheduleFile = join(dir, 'data/schedules/nordsachsen-2022.json');
    writeFileSync(scheduleFile, read(dir, 'data/schedules/nordsachsen-2022.json').replace('{ "measure": "digitale-werkstatt", "quarters": [] }', scheduleLine));

    const c = check(dir);
    expect(c.code, c.err).toBe(0);
    expect(c.err).not.toContain('digitale-werkstatt');
    expect(c.out).toContain(': 0 Fehler');
  });
});

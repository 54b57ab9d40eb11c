/**
 * Rules that hold for any valid project, checked on a project folder: the repository's content, or a copy of
 * it that an editor changed. No counts and no figures here, so adding a measure cannot break them; what the
 * source documents say (22 measures, 1.125.000 €, …) is pinned in test/build/seed-fidelity.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRepo } from '../../../src/lib/io/validate-repo.ts';
import { applyRate, eurosToCents, sumCents } from '../../../src/lib/money.ts';
import { parseQuarterEntry, quarterYear } from '../../../src/lib/quarters.ts';

interface BudgetFile { regionalbudget: string; totals: Record<string, number>; lines: { measure: string; amounts: Record<string, number> }[] }
interface ScheduleFile { regionalbudget: string; rows: { measure: string; quarters: string[] }[] }

const readJson = <T>(root: string, rel: string): T => JSON.parse(readFileSync(join(root, rel), 'utf8')) as T;
const jsonFiles = (root: string, dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`);
const contentFiles = (root: string, dir: string) => readdirSync(join(root, dir)).filter((f) => /\.mdx?$/.test(f));
const cents = (euros: number) => eurosToCents(euros) ?? Number.NaN;

/** The years a schedule row plans, read from the raw row (not through the model). */
function scheduledYears(quarters: string[]): Set<number> {
  const years = new Set<number>();
  for (const entry of quarters) {
    const range = parseQuarterEntry(entry);
    for (let q = range?.from ?? 1; range && q <= range.to; q++) years.add(quarterYear(q));
  }
  return years;
}

/**
 * The warnings the budget/schedule rule must raise, worked out from the raw files: a year with money but no
 * planned quarter (at the budget line), a planned year without money (at the schedule row).
 */
function expectedMismatchWarnings(root: string): string[] {
  const expected: string[] = [];
  for (const budgetPath of jsonFiles(root, 'data/budgets')) {
    const budget = readJson<BudgetFile>(root, budgetPath);
    const schedulePath = `data/schedules/${budget.regionalbudget}.json`;
    let schedule: ScheduleFile;
    try {
      schedule = readJson<ScheduleFile>(root, schedulePath);
    } catch {
      continue;
    }
    budget.lines.forEach((line, i) => {
      const j = schedule.rows.findIndex((r) => r.measure === line.measure);
      if (j < 0) return;
      const planned = scheduledYears(schedule.rows[j]?.quarters ?? []);
      const money = Object.entries(line.amounts).filter(([, euros]) => cents(euros) > 0).map(([year]) => Number(year));
      for (const year of money) if (!planned.has(year)) expected.push(`${budgetPath} lines.${i}.amounts.${year}`);
      for (const year of planned) if (!money.includes(year)) expected.push(`${schedulePath} rows.${j}.quarters`);
    });
  }
  return expected.sort();
}

export function contentRules(root: string): void {
  const result = validateRepo(root);
  const model = result.model;

  it('is valid: no errors, a model', () => {
    expect(result.errors).toEqual([]);
    expect(model).toBeDefined();
  });

  it('warns exactly where budget plan and schedule disagree, and hands the warnings to the model', () => {
    const mismatches = result.warnings.filter((w) => /^data\/(budgets|schedules)\//.test(w.file));
    expect(mismatches.map((w) => `${w.file} ${(w.path ?? []).join('.')}`).sort()).toEqual(expectedMismatchWarnings(root));
    for (const w of mismatches) {
      expect(w.severity).toBe('warning');
      expect(w.line, `${w.file} ${String(w.path)}`).toBeGreaterThan(0);
    }
    // Any other warning is a placeholder left in a text.
    for (const w of result.warnings.filter((x) => !mismatches.includes(x))) expect(w.found).toMatch(/^„/);
    expect(model?.warnings).toEqual(result.warnings);
  });

  it('counts what is in the content folders', () => {
    const rbs = readdirSync(join(root, 'content/regionalbudgets'));
    expect(result.counts).toMatchObject({
      regionalbudgets: rbs.length,
      massnahmen: rbs.reduce((n, rb) => n + contentFiles(root, `content/regionalbudgets/${rb}/massnahmen`).length, 0),
      aktuelles: contentFiles(root, 'content/aktuelles').length,
    });
  });

  describe('every Regionalbudget', () => {
    it('has each measure once, with a page address, and numbers that are unique', () => {
      for (const rb of model?.regionalbudgets ?? []) {
        const files = contentFiles(root, `content/regionalbudgets/${rb.id}/massnahmen`).map((f) => f.replace(/\.mdx?$/, ''));
        expect(rb.measures.map((m) => m.slug).sort(), rb.id).toEqual(files.sort());
        for (const m of rb.measures) expect(m.url, m.slug).toBe(`/regionalbudgets/${rb.id}/massnahmen/${m.slug}/`);
        const numbers = rb.measures.map((m) => m.data.number).filter((n) => n !== undefined);
        expect(new Set(numbers).size, rb.id).toBe(numbers.length);
      }
    });

    it('with a budget plan: one line per measure, yearly totals = the lines = the stated totals, in integer cents', () => {
      for (const rb of (model?.regionalbudgets ?? []).filter((r) => r.budget)) {
        const file = readJson<BudgetFile>(root, rb.budget?.file ?? '');
        for (const m of rb.measures) expect(file.lines.filter((l) => l.measure === m.slug), m.slug).toHaveLength(1);
        expect(file.lines).toHaveLength(rb.measures.length);
        for (const [year, total] of rb.budget?.byYear ?? []) {
          expect(Number.isInteger(total)).toBe(true);
          expect(total, `${rb.id} ${year}`).toBe(sumCents(rb.measures.map((m) => m.budget?.byYear.get(year) ?? 0)));
          expect(total, `${rb.id} ${year}`).toBe(cents(file.totals[String(year)] ?? 0));
        }
        expect(rb.budget?.total).toBe(sumCents(rb.budget?.byYear.values() ?? []));
        // The Handlungsfelder (and accompanying measures) add up to the whole budget.
        expect(sumCents(rb.handlungsfelder.map((h) => h.total)), rb.id).toBe(rb.budget?.total);
      }
    });

    it('with a schedule: one row per measure, every planned quarter within the schedule', () => {
      for (const rb of (model?.regionalbudgets ?? []).filter((r) => r.schedule)) {
        const file = readJson<ScheduleFile>(root, rb.schedule?.file ?? '');
        for (const m of rb.measures) {
          expect(file.rows.filter((r) => r.measure === m.slug), m.slug).toHaveLength(1);
          for (const q of m.quarters ?? []) {
            expect(q, m.slug).toBeGreaterThanOrEqual(rb.schedule?.from ?? Number.NaN);
            expect(q, m.slug).toBeLessThanOrEqual(rb.schedule?.to ?? Number.NaN);
          }
        }
      }
    });

    it('with funding: the grant is the total times the rate, to the cent', () => {
      for (const rb of model?.regionalbudgets ?? []) {
        if (!rb.funding) continue;
        const { total, grant, rate } = rb.funding;
        expect(applyRate(total, rate), rb.id).toBe(grant);
      }
    });
  });
}

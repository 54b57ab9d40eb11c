/** The committed content and data: valid, with exactly the known warnings, and the figures of the sources. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getModel } from '../../../src/lib/data/project.ts';
import { validateProject } from '../../../src/lib/io/validate-project.ts';
import { formatEuro } from '../../../src/lib/format.ts';
import { applyRate } from '../../../src/lib/money.ts';
import { parseQuarter } from '../../../src/lib/quarters.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const result = validateProject(REPO);
const model = getModel(REPO);
const nordsachsen = model.regionalbudgets.find((rb) => rb.id === 'nordsachsen-2022');
const leipzig = model.regionalbudgets.find((rb) => rb.id === 'leipzig-2022');
const budgetFile = JSON.parse(readFileSync(join(REPO, 'data/budgets/nordsachsen-2022.json'), 'utf8')) as { lines: { measure: string }[] };
const scheduleFile = JSON.parse(readFileSync(join(REPO, 'data/schedules/nordsachsen-2022.json'), 'utf8')) as { rows: { measure: string }[] };
const euros = (value: number) => value * 100;

describe('validateProject on the repository', () => {
  it('finds no errors', () => {
    expect(result.errors).toEqual([]);
    expect(result.model).toBeDefined();
  });

  it('finds exactly three warnings: measures 11, 12 and 19 have money in 2022 but start in 2023-Q1', () => {
    expect(result.warnings).toHaveLength(3);
    const warned = result.warnings.map((w) => {
      expect(w.severity).toBe('warning');
      expect(w.file).toBe('data/budgets/nordsachsen-2022.json');
      const [lines, index, amounts, year] = w.path ?? [];
      expect([lines, amounts, year]).toEqual(['lines', 'amounts', '2022']);
      expect(w.found).toBe('den Beginn im Zeitplan 2023-Q1');
      expect(w.line).toBeGreaterThan(0);
      return budgetFile.lines[index as number]?.measure;
    });
    expect(warned.sort()).toEqual(['kampagne-unterwegs-in-nordsachsen', 'website-wirtschaftsstandort', 'werbeartikel-neubuergerberatung']);
    const numbers = warned.map((slug) => nordsachsen?.measures.find((m) => m.slug === slug)?.data.number);
    expect(numbers.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([11, 12, 19]);
  });

  it('hands the warnings on to the model (open-data page)', () => {
    expect(model.warnings).toHaveLength(3);
  });

  it('counts the content', () => {
    expect(result.counts).toMatchObject({ regionalbudgets: 2, massnahmen: 25, aktuelles: 3 });
  });
});

describe('Nordsachsen in the model', () => {
  it('has the yearly totals of the budget plan in integer cents', () => {
    const budget = nordsachsen?.budget;
    expect(budget?.years).toEqual([2022, 2023, 2024, 2025]);
    expect(Object.fromEntries(budget?.byYear ?? [])).toEqual({
      2022: euros(125_000),
      2023: euros(375_000),
      2024: euros(375_000),
      2025: euros(250_000),
    });
    expect(budget?.total).toBe(112_500_000);
    for (const cents of budget?.byYear.values() ?? []) expect(Number.isInteger(cents)).toBe(true);
    expect(formatEuro(budget?.total ?? 0)).toBe('1.125.000\u00a0€');
  });

  it('measure 1 (Ansiedlungskampagne): 10.000 € in 2022, 47.500 € in total', () => {
    const m1 = nordsachsen?.measures.find((m) => m.data.number === 1);
    expect(m1?.slug).toBe('ansiedlungskampagne');
    expect(m1?.budget?.byYear.get(2022)).toBe(1_000_000);
    expect(m1?.budget?.total).toBe(4_750_000);
    expect(m1?.shortUrl).toBe('/regionalbudgets/nordsachsen-2022/massnahmen/1/');
  });

  it('has 22 measures numbered 1–22, each with a budget line and a schedule row', () => {
    const measures = nordsachsen?.measures ?? [];
    expect(measures).toHaveLength(22);
    expect(measures.map((m) => m.data.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    const lines = budgetFile.lines.map((l) => l.measure);
    const rows = scheduleFile.rows.map((r) => r.measure);
    for (const m of measures) {
      expect(lines.filter((slug) => slug === m.slug), m.slug).toHaveLength(1);
      expect(rows.filter((slug) => slug === m.slug), m.slug).toHaveLength(1);
      expect(m.budget?.total, m.slug).toBeGreaterThan(0);
      expect(m.quarters?.length, m.slug).toBeGreaterThan(0);
    }
    expect(lines).toHaveLength(22);
    expect(rows).toHaveLength(22);
  });

  it('schedules every measure within 2022-Q3..2025-Q2', () => {
    expect(nordsachsen?.schedule).toMatchObject({ from: parseQuarter('2022-Q3'), to: parseQuarter('2025-Q2') });
    for (const m of nordsachsen?.measures ?? []) {
      expect(Math.min(...(m.quarters ?? []))).toBeGreaterThanOrEqual(parseQuarter('2022-Q3') as number);
      expect(Math.max(...(m.quarters ?? []))).toBeLessThanOrEqual(parseQuarter('2025-Q2') as number);
    }
  });

  it('the Handlungsfelder add up to the whole budget', () => {
    const fieldTotal = (nordsachsen?.handlungsfelder ?? []).reduce((sum, h) => sum + h.total, 0);
    expect(fieldTotal).toBe(112_500_000);
  });
});

describe('Leipzig funding', () => {
  it('states 558.655,42 € total, 446.924,34 € grant at 80 %', () => {
    expect(leipzig?.funding).toEqual({ total: 55_865_542, grant: 44_692_434, rate: 0.8 });
    expect(leipzig?.budget).toBeUndefined();
  });

  it('grant = total × rate to the cent', () => {
    const funding = leipzig?.funding;
    if (!funding) throw new Error('Leipzig has no funding');
    expect(applyRate(funding.total, funding.rate)).toBe(funding.grant);
  });
});

/** Rows and files of the open data, on the fixture project and on the real content. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRepo } from '../../../src/lib/io/validate-repo.ts';
import { centsToDecimalString, sumCents } from '../../../src/lib/money.ts';
import { parseCsvObjects } from '../../../src/lib/opendata/csv.ts';
import { dataFiles } from '../../../src/lib/opendata/files.ts';
import { measureYearCsv, measureYearRows, scheduleRows } from '../../../src/lib/opendata/rows.ts';
import { budgetJsonSchema, measuresJsonSchema, scheduleJsonSchema } from '../../../src/lib/opendata/schemas.ts';
import { measureName, plainWarnings, warningSummary } from '../../../src/lib/opendata/warnings.ts';
import { ROOT } from '../../helpers/site.ts';

const fixture = validateRepo(join(ROOT, 'test/fixtures/valid')).model;
const real = validateRepo(ROOT).model;
if (!fixture || !real) throw new Error('Testinhalte ungültig');
const rb = fixture.regionalbudgets.find((r) => r.id === 'test-2023');
const noPlan = fixture.regionalbudgets.find((r) => r.id === 'zweite-2024');
if (!rb || !noPlan) throw new Error('Fixture fehlt');

describe('measure-year rows', () => {
  it('has one row per measure and plan year, zero where the plan has no money', () => {
    const rows = measureYearRows(rb);
    expect(rows).toHaveLength(rb.measures.length * 3);
    const messe = rows.filter((r) => r.massnahme_slug === 'messe');
    expect(messe.map((r) => [r.jahr, r.betrag_cent])).toEqual([[2023, 500025], [2024, 500000], [2025, 0]]);
  });

  it('sums to the budget data to the cent, per year and in total', () => {
    const rows = measureYearRows(rb);
    expect(sumCents(rows.map((r) => r.betrag_cent ?? 0))).toBe(rb.budget?.total);
    for (const year of rb.budget?.years ?? []) {
      expect(sumCents(rows.filter((r) => r.jahr === year).map((r) => r.betrag_cent ?? 0))).toBe(rb.budget?.byYear.get(year) ?? 0);
    }
    expect(centsToDecimalString(rb.budget?.total ?? 0)).toBe('78000.74');
  });

  it('keeps a measure without budget plan as one row without year and amount', () => {
    const rows = measureYearRows(noPlan);
    expect(rows).toHaveLength(noPlan.measures.length);
    expect(rows[0]).toMatchObject({ jahr: null, betrag_cent: null });
    expect(parseCsvObjects(measureYearCsv(rows))[0]).toMatchObject({ jahr: '', betrag_eur: '' });
  });

  it('writes amounts with a dot and two decimals', () => {
    const csv = parseCsvObjects(measureYearCsv(measureYearRows(rb)));
    expect(csv.find((r) => r['massnahme_slug'] === 'kampagne' && r['jahr'] === '2024')?.['betrag_eur']).toBe('12500.50');
    expect(csv.find((r) => r['massnahme_slug'] === 'treffpunkt' && r['jahr'] === '2025')?.['betrag_eur']).toBe('19999.99');
  });
});

describe('schedule rows', () => {
  it('lists every scheduled quarter with its bounds, and every measure', () => {
    const rows = scheduleRows(rb);
    expect(new Set(rows.map((r) => r.massnahme_slug))).toEqual(new Set(rb.measures.map((m) => m.slug)));
    for (const r of rows.filter((x) => x.quartal)) {
      expect(r.quartal).toMatch(/^\d{4}-Q[1-4]$/);
      expect(r.beginn).toMatch(/^\d{4}-(01|04|07|10)-01$/);
    }
    expect(scheduleRows(noPlan).every((r) => r.quartal === null)).toBe(true);
  });
});

describe('files', () => {
  it('produces four files per Regionalbudget and two for the site, valid against their schemas', () => {
    const files = dataFiles(fixture);
    expect(files.map((f) => f.path)).toContain('/daten/test-2023/budget.csv');
    expect(files).toHaveLength(fixture.regionalbudgets.length * 4 + 2);
    for (const f of files.filter((x) => x.format === 'JSON')) {
      const schema = f.kind === 'budget' ? budgetJsonSchema : f.kind === 'zeitplan' ? scheduleJsonSchema : measuresJsonSchema;
      const parsed = schema.safeParse(JSON.parse(f.body));
      expect(parsed.success, `${f.path}: ${parsed.error?.message}`).toBe(true);
    }
  });
});

describe('warnings in plain German', () => {
  it('explains every warning of the real content for readers: measure, source documents, no file paths', () => {
    const warnings = plainWarnings(real);
    expect(warnings).toHaveLength(real.warnings.length);
    for (const w of warnings) {
      expect(w.label).toBe(w.measure ? measureName(w.measure) : undefined);
      expect(w.text).toMatch(/^Laut .*Anlage \d.*\. Laut .*Anlage \d.*\.$/);
      expect(w.text).not.toMatch(/lines\[|\.json|[a-z]+-[a-z]+-[a-z]+/);
    }
    // The three measures of the source with 2022 money and a 2023 start: test/build/seed-fidelity.test.ts.
  });

  it('sums up warnings of one kind in one sentence per Regionalbudget, with the count in words', () => {
    const warnings = plainWarnings(real);
    const ns = real.regionalbudgets.find((r) => r.id === 'nordsachsen-2022')!;
    const of = (n: number) => warnings.filter((w) => w.regionalbudget?.id === ns.id).slice(0, n);
    expect(warningSummary(of(3))).toEqual([
      'Drei Maßnahmen im Regionalbudget Landkreis Nordsachsen haben im Budgetplan (Anlage 1) Geld für 2022, beginnen laut Zeitplan (Anlage 2) aber erst 2023.',
    ]);
    expect(warningSummary(of(2))[0]).toMatch(/^Zwei Maßnahmen im Regionalbudget Landkreis Nordsachsen /);
  });
});

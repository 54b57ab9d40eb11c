/**
 * For the real content: every chart's table carries exactly the numbers of the model it was drawn from,
 * and the amounts drawn in the SVG (tooltips) are the same as in the table.
 */
import { describe, expect, it } from 'vitest';
import { CHART_MEASURES_MAX, handlungsfeldCharts, measureCharts, overviewChart, regionalbudgetCharts } from '../../../src/charts/from-model.ts';
import { validateRepo } from '../../../src/lib/io/validate-repo.ts';
import { parseEuro } from './helpers.ts';
import { ROOT } from '../../helpers/site.ts';

const model = validateRepo(ROOT).model;
if (!model) throw new Error('Die echten Inhalte sind ungültig');
const TODAY = '2023-06-15';
const rb = (id: string) => {
  const found = model.regionalbudgets.find((r) => r.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** Column index of a header. */
function col(columns: string[], name: string | RegExp): number {
  const i = columns.findIndex((c) => (typeof name === 'string' ? c === name : name.test(c)));
  if (i < 0) throw new Error(`Spalte ${String(name)} fehlt in ${columns.join(' | ')}`);
  return i;
}

describe('Regionalbudget charts (real content)', () => {
  for (const r of model.regionalbudgets) {
    it(`${r.id}: budget table = model per Handlungsfeld and year`, () => {
      const charts = regionalbudgetCharts(r, TODAY);
      if (!r.budget) {
        expect(charts.some((c) => c.svg.includes('chart--budget'))).toBe(false);
        return;
      }
      const budget = charts[0];
      if (!budget) throw new Error('kein Budgetdiagramm');
      const { columns, rows } = budget.table;
      for (const year of r.budget.years) {
        const row = rows.find((cells) => cells[0] === String(year));
        expect(row, `Jahr ${year}`).toBeDefined();
        for (const field of r.handlungsfelder) {
          expect(parseEuro(row?.[col(columns, field.data.title)] ?? ''), `${year} ${field.slug}`).toBe(field.byYear.get(year) ?? 0);
        }
      }
    });

    it(`${r.id}: share table = totals per Handlungsfeld`, () => {
      if (!r.budget) return;
      const share = regionalbudgetCharts(r, TODAY)[1];
      for (const field of r.handlungsfelder) {
        const row = share?.table.rows.find((cells) => cells[0] === field.data.title);
        const amount = row?.find((cell) => /€$/.test(cell));
        expect(parseEuro(amount ?? ''), field.slug).toBe(field.total);
      }
    });

    it(`${r.id}: schedule table marks exactly the scheduled quarters`, () => {
      const charts = regionalbudgetCharts(r, TODAY);
      const gantt = charts.find((c) => c.svg.includes('chart--schedule'));
      if (!r.schedule) {
        expect(gantt).toBeUndefined();
        return;
      }
      expect(gantt).toBeDefined();
      const rows = gantt?.table.rows ?? [];
      expect(rows).toHaveLength(r.measures.length);
      for (const m of r.measures) {
        const row = rows.find((cells) => cells[0]?.endsWith(m.data.title));
        expect(row, m.slug).toBeDefined();
        expect(row?.filter((cell) => cell === 'geplant').length, m.slug).toBe(m.quarters?.length);
      }
    });
  }

  it('with funding: the split shows the grant and the own share (total − grant), to the cent', () => {
    for (const r of model.regionalbudgets.filter((x) => x.funding)) {
      const split = regionalbudgetCharts(r, TODAY).find((c) => c.svg.includes('chart--funding'));
      const cells = split?.table.rows.flat() ?? [];
      const total = r.funding?.total ?? Number.NaN;
      const grant = r.funding?.grant ?? Number.NaN;
      const amounts = cells.filter((c) => /€$/.test(c)).map(parseEuro);
      expect(amounts, r.id).toContain(grant);
      expect(amounts, r.id).toContain(total - grant);
    }
    // Leipzig's figures themselves (446.924,34 € and 111.731,08 €): test/build/seed-fidelity.test.ts.
  });
});

describe('Handlungsfeld and measure charts (real content)', () => {
  const ns = rb('nordsachsen-2022');
  it('each Handlungsfeld chart sums its measures per year', () => {
    for (const field of ns.handlungsfelder) {
      const [budget] = handlungsfeldCharts(ns, field, TODAY);
      for (const m of field.measures) {
        for (const year of ns.budget?.years ?? []) {
          const row = budget?.table.rows.find((cells) => cells[0] === String(year));
          const i = col(budget?.table.columns ?? [], m.data.number !== undefined ? `${m.data.number}. ${m.data.title}` : m.data.title);
          expect(parseEuro(row?.[i] ?? ''), `${field.slug} ${m.slug} ${year}`).toBe(m.budget?.byYear.get(year) ?? 0);
        }
      }
    }
  });

  it('each measure chart shows its plan per year', () => {
    for (const m of ns.measures) {
      const [budget] = measureCharts(ns, m, TODAY);
      for (const year of ns.budget?.years ?? []) {
        const row = budget?.table.rows.find((cells) => cells[0] === String(year));
        expect(parseEuro(row?.[1] ?? ''), `${m.slug} ${year}`).toBe(m.budget?.byYear.get(year) ?? 0);
      }
    }
  });
});

describe('overview chart (real content)', () => {
  it('holds each Regionalbudget’s money per year', () => {
    const chart = overviewChart(model);
    const { columns, rows } = chart.table;
    for (const r of model.regionalbudgets.filter((x) => x.budget)) {
      const i = col(columns, new RegExp(`^${r.data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      for (const year of r.budget?.years ?? []) {
        const row = rows.find((cells) => cells[0] === String(year));
        expect(parseEuro(row?.[i] ?? ''), `${r.id} ${year}`).toBe(r.budget?.byYear.get(year) ?? 0);
      }
    }
  });
});

describe('charts of a Regionalbudget with hundreds of measures', () => {
  // The real Nordsachsen with its measures repeated (as many as it takes): more than a chart shows one by one.
  const ns = rb('nordsachsen-2022');
  const field = ns.handlungsfelder.find((h) => h.measures.length > 0)!;
  const repeat = <T extends { slug: string }>(list: readonly T[], n: number): T[] => Array.from({ length: n }, (_, i) => ({ ...list[i % list.length]!, slug: `${list[i % list.length]!.slug}-${i}` }));
  const withMeasures = (n: number) => ({ ...ns, measures: repeat(ns.measures, n) });
  const kinds = (charts: { svg: string }[]) => charts.map((c) => /class="chart chart--([\w-]+)"/.exec(c.svg)?.[1]);

  it(`draws a row per measure up to ${CHART_MEASURES_MAX}, beyond that the measures running per quarter`, () => {
    expect(kinds(regionalbudgetCharts(withMeasures(CHART_MEASURES_MAX), TODAY))).toContain('schedule');
    const charts = regionalbudgetCharts(withMeasures(CHART_MEASURES_MAX + 1), TODAY);
    expect(kinds(charts)).not.toContain('schedule');
    const counts = charts.find((c) => c.svg.includes('chart--schedule-counts'))!;
    expect(counts.table.footer?.at(-1)).toBe(String(CHART_MEASURES_MAX + 1));
    expect(counts.table.caption).toBe(`Laufende Maßnahmen je Quartal (${ns.data.title})`);
  });

  it('gives a Handlungsfeld of many measures one budget series, the field\'s own sums', () => {
    const many = { ...field, measures: repeat(field.measures, CHART_MEASURES_MAX + 1) };
    const [budget, plan] = handlungsfeldCharts({ ...ns, measures: many.measures }, many, TODAY);
    expect(budget!.table.columns).toEqual(['Jahr', `${field.data.title} (${CHART_MEASURES_MAX + 1} Maßnahmen)`, 'Summe']);
    for (const [i, year] of ns.budget!.years.entries()) expect(parseEuro(budget!.table.rows[i]![1]!)).toBe(field.byYear.get(year) ?? 0);
    expect(plan!.svg).toContain('chart--schedule-counts');
    const few = handlungsfeldCharts(ns, field, TODAY);
    expect(few[0]!.table.columns).toHaveLength(field.measures.length + 2);
  });
});

/**
 * Any slug the schema accepts gives valid chart ids: generated slugs (digit-leading, single characters,
 * long ones) through chartId, and a fixture project with digit-leading slugs for a Regionalbudget, a
 * Handlungsfeld and measures with budget and schedule through every chart of the model.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { handlungsfeldCharts, measureCharts, overviewChart, regionalbudgetCharts } from '../../../src/charts/from-model.ts';
import { chartId } from '../../../src/charts/svg.ts';
import { SLUG_PATTERN } from '../../../src/lib/slug.ts';
import { TempRepo, removeTempRepos } from '../../helpers/temp-repo.ts';

afterAll(removeTempRepos);

/** A deterministic pseudo-random generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const DIGITS = '0123456789';

function slugs(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = (chars: string) => chars[Math.floor(next() * chars.length)] as string;
  const word = (first: string) => pick(first) + Array.from({ length: Math.floor(next() * 6) }, () => pick(ALPHABET)).join('');
  return Array.from({ length: count }, (_, i) => {
    const words = 1 + Math.floor(next() * 4);
    // Every third slug starts with a digit, like the real „24-7-laden-suedraum“.
    return Array.from({ length: words }, (_, w) => word(w === 0 && i % 3 === 0 ? DIGITS : ALPHABET)).join('-');
  });
}

describe('chart ids', () => {
  it('are valid for every generated slug the schema accepts', () => {
    const generated = [...slugs(2000, 12), '0', '9', '1-2', '24-7-laden-suedraum', 'a'];
    for (const slug of generated) {
      expect(SLUG_PATTERN.test(slug), slug).toBe(true);
      for (const kind of ['rb', 'hf', 'm'] as const) expect(() => chartId(kind, slug, 'budget'), slug).not.toThrow();
    }
  });

  it('differ between a Regionalbudget, a Handlungsfeld and a measure with the same slug', () => {
    expect(new Set([chartId('rb', 'x', 'budget'), chartId('hf', 'x', 'budget'), chartId('m', 'x', 'budget')]).size).toBe(3);
  });

  it('let every chart of a project with digit-leading slugs render', () => {
    const project = new TempRepo()
      .write('content/regionalbudgets/test-2023/massnahmen/24-7-laden-suedraum.md', '---\ntitle: "24/7-Laden Südraum"\nhandlungsfeld: 2-orte\nsummary: "Ein Laden, der immer offen hat."\n---\n')
      .write('content/regionalbudgets/test-2023/handlungsfelder/2-orte.md', '---\ntitle: "Zweite Orte"\norder: 3\nsummary: "Ein Handlungsfeld mit Ziffer vorn."\n---\n')
      .json('data/budgets/test-2023.json', (b) => {
        b.lines.push({ measure: '24-7-laden-suedraum', amounts: { '2024': 1000 } });
        b.totals['2024'] += 1000;
      })
      .json('data/schedules/test-2023.json', (s) => void s.rows.push({ measure: '24-7-laden-suedraum', quarters: ['2024-Q1'] }));
    const result = project.validate();
    expect(result.errors).toEqual([]);
    const model = result.model;
    if (!model) throw new Error('kein Modell');
    const rb = model.regionalbudgets.find((r) => r.id === 'test-2023');
    const measure = rb?.measures.find((m) => m.slug === '24-7-laden-suedraum');
    const field = rb?.handlungsfelder.find((h) => h.slug === '2-orte');
    if (!rb || !measure || !field) throw new Error('Maßnahme oder Handlungsfeld fehlt im Modell');
    const charts = [...regionalbudgetCharts(rb, '2024-06-15'), ...handlungsfeldCharts(rb, field, '2024-06-15'), ...measureCharts(rb, measure, '2024-06-15'), overviewChart(model)];
    expect(charts.map((c) => /<svg[^>]*aria-labelledby="([^" ]+)-title/.exec(c.svg)?.[1])).toContain('m-24-7-laden-suedraum-budget');
  });
});

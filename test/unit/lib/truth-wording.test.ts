import { describe, expect, it } from 'vitest';
import { groupingText } from '../../../src/lib/fields.ts';
import { termSummary, termsConflict, termsOf } from '../../../src/lib/terms.ts';
import { sourceConflicts } from '../../../src/lib/source-conflicts.ts';

const field = (kind?: 'handlungsfeld' | 'begleitend') => ({ data: { kind } });
const rb = (fieldLabel: 'Handlungsfeld' | 'Themenbereich', ...kinds: ('handlungsfeld' | 'begleitend' | undefined)[]) => ({ data: { fieldLabel }, handlungsfelder: kinds.map(field) });

describe('groupingText: one wording for fields and accompanying measures', () => {
  it('never counts the accompanying group as a field', () => {
    expect(groupingText([rb('Handlungsfeld', 'handlungsfeld', undefined, 'handlungsfeld', 'begleitend')])).toBe('3 Handlungsfelder und begleitende Maßnahmen');
    expect(groupingText([rb('Themenbereich', undefined, undefined, undefined)])).toBe('3 Themenbereiche');
    expect(groupingText([rb('Handlungsfeld', undefined)])).toBe('1 Handlungsfeld');
  });

  it('sums several Regionalbudgets by what their sources call the groups', () => {
    expect(groupingText([rb('Themenbereich', undefined, undefined, undefined), rb('Handlungsfeld', undefined, undefined, undefined, 'begleitend')])).toBe(
      '3 Handlungsfelder, 3 Themenbereiche und begleitende Maßnahmen',
    );
  });
});

describe('terms from two sources', () => {
  const ns = {
    period: { start: '2022-09-01', end: '2025-08-31', label: 'Geplante Laufzeit', source: 'Konzept' },
    approvedPeriod: { start: '2023-01-01', end: '2025-12-31', label: 'Bewilligungszeitraum', source: 'Landkreis' },
  };

  it('shows both with their sources and says they differ', () => {
    expect(termSummary(ns)).toBe(
      'Geplante Laufzeit 1. September 2022 bis 31. August 2025 (Konzept); Bewilligungszeitraum 1. Januar 2023 bis 31. Dezember 2025 (Landkreis) – die Quellen nennen unterschiedliche Zeiträume',
    );
  });

  it('compares dates only as precisely as both are given', () => {
    const [a, b] = termsOf({ period: { end: '2025-06-30' }, approvedPeriod: { start: '2022-07', end: '2025-06' } });
    expect(termsConflict(a!, b!)).toBe(false);
    const [c, d] = termsOf({ period: { end: '2025-07-31' }, approvedPeriod: { end: '2025-06' } });
    expect(termsConflict(c!, d!)).toBe(true);
  });

  it('finds budget years outside a term and a schedule that does not cover it', () => {
    const found = sourceConflicts({
      ...ns,
      budget: { byYear: new Map([[2022, 12_500_000], [2023, 37_500_000]]), source: 'Anlage 1' },
      schedule: { from: 2022 * 4 + 2, to: 2025 * 4 + 1, source: 'Anlage 2' },
    });
    expect(found.map((c) => [c.topic, c.field, c.year])).toEqual([
      ['term', 'approvedPeriod', undefined],
      ['budget', 'approvedPeriod', 2022],
      ['schedule', 'period', undefined],
      ['schedule', 'approvedPeriod', undefined],
    ]);
    expect(found[1]?.text).toBe('Laut Anlage 1 sind für 2022 125.000\u00a0€ geplant; Bewilligungszeitraum (Landkreis): 1. Januar 2023 bis 31. Dezember 2025.');
    expect(found[2]?.text).toContain('reicht der Zeitplan von III/2022 bis II/2025; Geplante Laufzeit (Konzept): 1. September 2022 bis 31. August 2025 (III/2022 bis III/2025).');
  });

  it('finds nothing where the sources agree', () => {
    expect(sourceConflicts({ period: { start: '2023-01-01', end: '2024-12-31' }, budget: { byYear: new Map([[2023, 1], [2024, 1]]), source: 'Plan' }, schedule: { from: 2023 * 4, to: 2024 * 4 + 3, source: 'Zeitplan' } })).toEqual([]);
  });
});

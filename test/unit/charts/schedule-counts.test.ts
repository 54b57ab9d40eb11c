import { describe, expect, it } from 'vitest';
import { countsPerQuarter, scheduleCounts } from '../../../src/charts/schedule-counts.ts';
import type { ScheduleData } from '../../../src/charts/schedule.ts';
import { q, scheduleFixture } from './fixtures.ts';
import { matchGoldenChart } from './golden.ts';

/** n measures in four groups, each running 1–8 quarters from a start spread over the period. */
function many(n: number): ScheduleData {
  const groups = ['a', 'b', 'c', 'd'];
  return {
    from: q(2023, 1),
    to: q(2026, 4),
    today: '2024-05-02',
    groupOrder: groups,
    rows: Array.from({ length: n }, (_, i) => {
      const start = q(2023, 1) + ((i * 7) % 16);
      return { key: `m${i}`, label: `${i + 1} Maßnahme`, group: groups[i % 4] ?? 'a', groupLabel: `Feld ${(groups[i % 4] ?? 'a').toUpperCase()}`, quarters: Array.from({ length: 1 + (i % 8) }, (_, k) => start + k) };
    }),
  };
}

describe('scheduleCounts', () => {
  it('matches the golden SVG', () => {
    matchGoldenChart('schedule-counts', scheduleCounts(scheduleFixture, { id: 'laufend' }));
  });

  it('counts the measures running in each quarter, per group, each quarter of a measure once', () => {
    // Hand-counted from the fixture: I/2022 has "Dorfläden" (orte) and "Radwegelücken" (mobil); I/2024 has
    // "Gründerzentrum" (wirtschaft), "Dorfläden" and "Rufbus" (mobil); IV/2021 is outside the period.
    const counts = countsPerQuarter({ ...scheduleFixture, rows: [...scheduleFixture.rows, { ...scheduleFixture.rows[3]!, key: 'twice', quarters: [q(2024, 1), q(2024, 1)] }] }, ['wirtschaft', 'orte', 'mobil']);
    expect(counts).toHaveLength(12);
    expect(counts[0]).toEqual({ quarter: q(2022, 1), byGroup: [0, 1, 1], total: 2 });
    expect(counts.find((c) => c.quarter === q(2024, 1))).toEqual({ quarter: q(2024, 1), byGroup: [1, 1, 2], total: 4 });
    expect(counts.find((c) => c.quarter === q(2022, 4))).toEqual({ quarter: q(2022, 4), byGroup: [1, 0, 0], total: 1 });
  });

  it('has a table of counts per quarter and group, with the measures per group below', () => {
    const { table } = scheduleCounts(scheduleFixture, { id: 'laufend', groupHeading: 'Handlungsfeld' });
    expect(table.columns).toEqual(['Quartal', 'Attraktiver Wirtschaftsstandort', 'Lebenswerte Orte & Gemeinschaft', 'Nachhaltige Mobilität', 'Zusammen']);
    expect(table.rows[0]).toEqual(['I/2022', '0', '1', '1', '2']);
    expect(table.rows).toHaveLength(12);
    expect(table.footer).toEqual(['Maßnahmen insgesamt', '2', '1', '2', '5']);
  });

  it('marks the quarter of today and says how many measures run then', () => {
    const { svg, narrow } = scheduleCounts(scheduleFixture, { id: 'laufend' });
    for (const s of [svg, narrow ?? '']) expect(s).toContain('1. Quartal 2024 (heute)');
    expect(svg).toContain('Heute (14.03.2024) laufen 3 Maßnahmen.');
    expect(scheduleCounts({ ...scheduleFixture, today: '2030-01-01' }, { id: 'laufend' }).svg).not.toContain('heute');
  });

  it('keeps its size whatever the number of measures', () => {
    const small = scheduleCounts(many(50), { id: 'x' });
    const large = scheduleCounts(many(10_000), { id: 'x' });
    const height = (svg: string) => Number(/viewBox="0 0 \d+ ([\d.]+)"/.exec(svg)?.[1]);
    expect(height(large.svg)).toBe(height(small.svg));
    expect(height(large.narrow ?? '')).toBe(height(small.narrow ?? ''));
    expect(large.svg.length).toBeLessThan(20_000);
    expect(large.table.rows).toHaveLength(16);
    expect(large.table.footer?.at(-1)).toBe('10.000');
    expect(large.svg).toContain('10.000 Maßnahmen im Zeitraum 1. Quartal 2023 bis 4. Quartal 2026');
  });

  it('escapes group names', () => {
    const hostile = { ...scheduleFixture, rows: scheduleFixture.rows.map((r) => ({ ...r, groupLabel: `${r.groupLabel} </text><script>x</script>` })) };
    const { svg, narrow } = scheduleCounts(hostile, { id: 'laufend' });
    for (const s of [svg, narrow ?? '']) {
      expect(s).not.toContain('<script>');
      expect(s).toContain('&lt;/text&gt;&lt;script&gt;');
    }
  });

  it('says so when no measure has a quarter in the period', () => {
    const chart = scheduleCounts({ ...scheduleFixture, rows: scheduleFixture.rows.map((r) => ({ ...r, quarters: [] })) }, { id: 'leer' });
    expect(chart.svg).toContain('Keine Quartale eingetragen');
    expect(chart.svg).toContain('Ohne Quartal im Zeitraum: 5 Maßnahmen.');
  });
});

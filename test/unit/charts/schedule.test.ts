import { describe, expect, it } from 'vitest';
import { groupSeries, schedule } from '../../../src/charts/schedule.ts';
import { q, scheduleFixture } from './fixtures.ts';
import { matchGoldenChart } from './golden.ts';

describe('schedule', () => {
  it('colours groups by the given order, unknown groups after it', () => {
    const map = groupSeries(scheduleFixture.rows, ['orte', 'wirtschaft']);
    expect([...map.entries()]).toEqual([['orte', 0], ['wirtschaft', 1], ['mobil', 2]]);
    expect(groupSeries(scheduleFixture.rows).get('wirtschaft')).toBe(0);
  });

  it('matches the golden SVG', () => {
    matchGoldenChart('schedule', schedule(scheduleFixture, { id: 'plan' }));
  });

  it('truncates long labels but keeps the full label as tooltip', () => {
    const { svg } = schedule(scheduleFixture, { id: 'plan' });
    expect(svg).toMatch(/<title>2 Gründerzentrum „Alte Spinnerei“ – Umbau und Ausstattung der Werkstätten<\/title>2 Gründerzentrum[^<]*…<\/text>/);
    expect(svg).toContain('3 Dorfläden &lt;mobil&gt;');
  });

  it('draws one bar per run, ignoring quarters outside the range', () => {
    const { svg } = schedule(scheduleFixture, { id: 'plan' });
    expect(svg).toContain('<title>3 Dorfläden &lt;mobil&gt;: I/2022 – II/2022</title>');
    expect(svg).toContain('<title>3 Dorfläden &lt;mobil&gt;: III/2023 – I/2024</title>');
    expect(svg).toContain('<title>5 Radwegelücken: I/2022</title>');
    expect(svg).not.toContain('IV/2021');
  });

  it('draws and labels the today line only inside the range', () => {
    expect(schedule(scheduleFixture, { id: 'plan' }).svg).toContain('Heute (14.03.2024)');
    const outside = schedule({ ...scheduleFixture, today: '2025-01-01' }, { id: 'plan' }).svg;
    expect(outside).not.toContain('Heute');
    expect(outside).not.toContain('chart-today');
    expect(schedule({ ...scheduleFixture, today: undefined }, { id: 'plan' }).svg).not.toContain('chart-today');
  });

  it('describes the busiest quarter and today', () => {
    const { svg } = schedule(scheduleFixture, { id: 'plan' });
    expect(svg).toContain('5 Maßnahmen im Zeitraum 1. Quartal 2022 bis 4. Quartal 2024.');
    expect(svg).toContain('Heute (14.03.2024) laufen 3 Maßnahmen.');
  });

  it('has a table with the same quarters as the input', () => {
    const { table } = schedule(scheduleFixture, { id: 'plan' });
    expect(table.columns.slice(0, 3)).toEqual(['Maßnahme', 'Handlungsfeld', 'I/2022']);
    expect(table.columns).toHaveLength(2 + 12);
    table.rows.forEach((row, i) => {
      const input = scheduleFixture.rows[i];
      expect(row[0]).toBe(input?.label);
      expect(row[1]).toBe(input?.groupLabel);
      const planned = row.slice(2).flatMap((cell, k) => (cell === 'geplant' ? [scheduleFixture.from + k] : []));
      expect(planned).toEqual(input?.quarters.filter((x) => x >= scheduleFixture.from && x <= scheduleFixture.to));
    });
  });

  it('handles no measures and rejects a backwards range', () => {
    expect(schedule({ from: q(2022, 1), to: q(2022, 4), rows: [] }, { id: 'e' }).svg).toContain('Keine Maßnahmen vorhanden.');
    expect(() => schedule({ from: q(2023, 1), to: q(2022, 4), rows: [] }, { id: 'e' })).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { measureTimeline } from '../../../src/charts/measure-timeline.ts';
import { q, timelineFixture } from './fixtures.ts';
import { matchGoldenChart } from './golden.ts';

describe('measureTimeline', () => {
  it('matches the golden SVG', () => {
    matchGoldenChart('measure-timeline', measureTimeline(timelineFixture, { id: 'timeline' }));
  });

  it('describes the planned runs in words', () => {
    const { svg } = measureTimeline(timelineFixture, { id: 'timeline' });
    expect(svg).toContain('„1 Ansiedlungskampagne“ ist vom 3. Quartal 2022 bis 2. Quartal 2023 und im 1. Quartal 2024 geplant (5 Quartale).');
    expect(svg).toContain('Heute (14.03.2024) läuft die Maßnahme.');
  });

  it('has a year × quarter table with the same quarters as the input', () => {
    const { table } = measureTimeline(timelineFixture, { id: 'timeline' });
    expect(table.rows).toEqual([
      ['2022', '', '', 'geplant', 'geplant'],
      ['2023', 'geplant', 'geplant', '', ''],
      ['2024', 'geplant', '', '', ''],
    ]);
  });

  it('marks quarters outside the range and omits an outside today line', () => {
    const { svg, table } = measureTimeline({ from: q(2022, 3), to: q(2023, 1), quarters: [], label: 'X', today: '2030-01-01' }, { id: 't' });
    expect(table.rows[0]).toEqual(['2022', '–', '–', '', '']);
    expect(svg).not.toContain('chart-today');
    expect(svg).toContain('keine Quartale geplant');
  });
});

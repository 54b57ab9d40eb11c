import { describe, expect, it } from 'vitest';
import { planText, statusText } from '../../../src/lib/status.ts';
import { statusStatement } from '../../../src/schemas/status.ts';

// III/2022 … II/2025 as quarter ordinals (year × 4 + quarter − 1)
const q = (year: number, n: number) => year * 4 + n - 1;

describe('what a page says about the state of a measure', () => {
  it('says what the schedule plans, in the project’s quarter form, and nothing about progress', () => {
    const quarters = [q(2022, 3), q(2022, 4), q(2023, 1), q(2025, 2)];
    expect(planText(quarters)).toBe('laut Zeitplan III/2022 bis II/2025');
    expect(planText([...quarters].reverse())).toBe('laut Zeitplan III/2022 bis II/2025');
    expect(planText([q(2024, 1)])).toBe('laut Zeitplan I/2024');
    expect(planText([])).toBeUndefined();
    expect(planText(undefined)).toBeUndefined();
  });

  it('shows an editor-set status with its date and source', () => {
    expect(statusText({ value: 'abgeschlossen', asOf: '2025-03-31', source: 'Sachbericht 2024' })).toBe(
      'abgeschlossen (Stand 31. März 2025, Quelle: Sachbericht 2024)',
    );
  });

  it('accepts a status only with value, date and source together, and only from the closed set', () => {
    expect(statusStatement.safeParse({ value: 'laufend', asOf: '2024-01-31', source: 'Sachbericht' }).success).toBe(true);
    expect(statusStatement.safeParse({ value: 'laufend', asOf: '2024-01-31' }).success).toBe(false);
    expect(statusStatement.safeParse({ value: 'laufend', source: 'Sachbericht' }).success).toBe(false);
    expect(statusStatement.safeParse({ value: 'fast fertig', asOf: '2024-01-31', source: 'Sachbericht' }).success).toBe(false);
    expect(statusStatement.safeParse('bewilligt').success).toBe(false);
  });
});

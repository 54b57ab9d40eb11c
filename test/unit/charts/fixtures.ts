/** Small, hand-checkable inputs for the golden files, plus the largest real-size schedule (22 × 12). */
import type { BudgetByYearData } from '../../../src/charts/budget-by-year.ts';
import type { MeasureBudgetData } from '../../../src/charts/measure-budget.ts';
import type { MeasureTimelineData } from '../../../src/charts/measure-timeline.ts';
import type { OverviewComparisonData } from '../../../src/charts/overview-comparison.ts';
import type { ScheduleData } from '../../../src/charts/schedule.ts';
import type { ShareOfTotalData } from '../../../src/charts/share-of-total.ts';

/** Quarter ordinal for year and quarter number 1–4. */
export const q = (year: number, n: number): number => year * 4 + n - 1;
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

export const budgetFixture: BudgetByYearData = {
  years: [2022, 2023, 2024, 2025],
  series: [
    { key: 'wirtschaft', label: 'Attraktiver Wirtschaftsstandort', cents: [10_000_000, 15_000_000, 15_000_000, 5_500_000] },
    { key: 'orte', label: 'Lebenswerte Orte & Gemeinschaft', cents: [5_000_000, 12_500_000, 12_500_000, 2_000_000] },
    { key: 'mobil', label: 'Nachhaltige Mobilität', cents: [2_500_000, 10_000_000, 10_000_000, 2_500_050] },
  ],
};

export const shareFixture: ShareOfTotalData = {
  items: [
    { key: 'orte', label: 'Lebenswerte Orte & Gemeinschaft', cents: 40_000_000 },
    { key: 'wirtschaft', label: 'Attraktiver Wirtschaftsstandort', cents: 45_500_000 },
    { key: 'mobil', label: 'Nachhaltige Mobilität', cents: 27_000_000 },
  ],
};

export const scheduleFixture: ScheduleData = {
  from: q(2022, 1),
  to: q(2024, 4),
  today: '2024-03-14',
  groupOrder: ['wirtschaft', 'orte', 'mobil'],
  rows: [
    { key: 'm1', label: '1 Ansiedlungskampagne', group: 'wirtschaft', groupLabel: 'Attraktiver Wirtschaftsstandort', quarters: range(q(2022, 3), q(2023, 2)) },
    { key: 'm2', label: '2 Gründerzentrum „Alte Spinnerei“ – Umbau und Ausstattung der Werkstätten', group: 'wirtschaft', groupLabel: 'Attraktiver Wirtschaftsstandort', quarters: range(q(2023, 1), q(2024, 4)) },
    { key: 'm3', label: '3 Dorfläden <mobil>', group: 'orte', groupLabel: 'Lebenswerte Orte & Gemeinschaft', quarters: [q(2022, 1), q(2022, 2), q(2023, 3), q(2023, 4), q(2024, 1)] },
    { key: 'm4', label: '4 Rufbus', group: 'mobil', groupLabel: 'Nachhaltige Mobilität', quarters: range(q(2024, 1), q(2024, 4)) },
    { key: 'm5', label: '5 Radwegelücken', group: 'mobil', groupLabel: 'Nachhaltige Mobilität', quarters: [q(2021, 4), q(2022, 1)] },
  ],
};

export const measureBudgetFixture: MeasureBudgetData = {
  years: [2022, 2023, 2024],
  cents: [5_000_000, 12_500_000, 12_500_000],
  actual: { asOf: '2023-12-31', cents: [4_812_345, 11_000_000, null] },
};

export const timelineFixture: MeasureTimelineData = {
  from: q(2022, 1),
  to: q(2024, 4),
  quarters: [...range(q(2022, 3), q(2023, 2)), q(2024, 1)],
  label: '1 Ansiedlungskampagne',
  series: 0,
  today: '2024-03-14',
};

export const fundingFixture = { totalCents: 55_865_542, grantCents: 44_692_434 };

export const overviewFixture: OverviewComparisonData = {
  years: [2022, 2023, 2024, 2025],
  budgets: [
    { key: 'leipzig', label: 'Landkreis Leipzig', cents: [17_500_000, 37_500_000, 37_500_000, 10_000_050], measureCount: 22 },
    { key: 'nordsachsen', label: 'Landkreis Nordsachsen', cents: [12_000_000, 25_000_000, 30_000_000, 8_000_000], measureCount: 14 },
    { key: 'vogtland', label: 'Vogtlandkreis', cents: [0, 0, 0, 0], measureCount: 9 },
  ],
};

const GROUPS = [
  ['wirtschaft', 'Attraktiver Wirtschaftsstandort'],
  ['orte', 'Lebenswerte Orte & Gemeinschaft'],
  ['mobil', 'Nachhaltige Mobilität'],
  ['bildung', 'Bildung und Fachkräfte'],
  ['tourismus', 'Tourismus und Kultur'],
] as const;

/** 22 measures over 12 quarters with deterministic, varied runs: the largest chart the site renders. */
export const largeScheduleFixture: ScheduleData = {
  from: q(2022, 1),
  to: q(2024, 4),
  today: '2024-03-14',
  rows: Array.from({ length: 22 }, (_, i) => {
    const [group, groupLabel] = GROUPS[i % GROUPS.length] ?? GROUPS[0];
    const start = q(2022, 1) + ((i * 5) % 9);
    const quarters = range(start, Math.min(start + 2 + (i % 6), q(2024, 4)));
    if (i % 4 === 0) quarters.push(q(2024, 4));
    return { key: `m${i + 1}`, label: `${i + 1} Maßnahme Nummer ${i + 1} mit einem längeren Titel zur Förderung`, group, groupLabel, quarters };
  }),
};

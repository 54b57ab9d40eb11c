/** Public entry of the chart module: pure functions from data to `{ svg, table }`. */
export type { Chart, ChartOptions, ChartTable } from './svg.ts';
export { PALETTE, BACKGROUNDS, seriesClass } from './palette.ts';
export { budgetByYear, stackByYear, type BudgetByYearData, type BudgetSeries } from './budgetByYear.ts';
export { shareOfTotal, sortedShares, type ShareOfTotalData, type ShareItem } from './shareOfTotal.ts';
export { schedule, groupSeries, type ScheduleData, type ScheduleRow } from './schedule.ts';
export { measureBudget, type MeasureBudgetData } from './measureBudget.ts';
export { measureTimeline, type MeasureTimelineData } from './measureTimeline.ts';
export { fundingSplit, fundingParts, type FundingSplitData } from './fundingSplit.ts';
export { overviewComparison, type OverviewComparisonData, type OverviewBudget } from './overviewComparison.ts';
export { quarterX, todayX, quarterRuns } from './timeAxis.ts';

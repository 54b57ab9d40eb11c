/**
 * Schedule rules (quarters inside from..to, no quarter twice, one row per measure) and the warnings that
 * compare schedule and budget: money in a year without a scheduled quarter, or the other way round.
 */
import type { Entry, ParsedRepo, RegionalbudgetEntry } from '../data/parsed-repo.ts';
import { folderOf, PLACES } from '../data/layout.ts';
import { eurosToCents } from '../money.ts';
import { parseQuarter, parseQuarterEntry, quarterKey, quarterYear } from '../quarters.ts';
import type { ScheduleFile } from '../../schemas/schedule.ts';
import type { BudgetFile } from '../../schemas/budget.ts';
import type { Issue } from './issue.ts';
import { issueAt } from './crosschecks.ts';
import { measureSlugs } from './budget-checks.ts';

function checkScheduleFile(schedule: Entry<ScheduleFile>, rb: RegionalbudgetEntry, slugs: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  const from = parseQuarter(schedule.data.from) ?? 0;
  const to = parseQuarter(schedule.data.to) ?? 0;
  const measures = new Set(slugs);
  const seenRows = new Map<string, number>();
  schedule.data.rows.forEach((row, i) => {
    const first = seenRows.get(row.measure);
    if (first !== undefined) {
      issues.push(issueAt(schedule, ['rows', i, 'measure'], 'Für diese Maßnahme gibt es schon eine Zeile.', `eine Zeile je Maßnahme (schon in rows[${first}])`, `„${row.measure}“`));
    } else seenRows.set(row.measure, i);
    if (!measures.has(row.measure)) {
      issues.push(issueAt(schedule, ['rows', i, 'measure'], 'Die Maßnahme gibt es in diesem Regionalbudget nicht.', `eine Maßnahme aus ${folderOf(PLACES.massnahmen, rb.id)}`, `„${row.measure}“`));
    }
    const taken = new Map<number, string>();
    row.quarters.forEach((entry, j) => {
      const parsed = parseQuarterEntry(entry);
      if (!parsed) return; // reported by the schema
      if (parsed.from < from || parsed.to > to) {
        issues.push(
          issueAt(schedule, ['rows', i, 'quarters', j], 'Das Quartal liegt außerhalb des Zeitplans.', `Quartale von ${schedule.data.from} bis ${schedule.data.to}`, `„${entry}“`),
        );
      }
      for (let q = parsed.from; q <= parsed.to; q++) {
        const other = taken.get(q);
        if (other !== undefined) {
          issues.push(
            issueAt(schedule, ['rows', i, 'quarters', j], `Das Quartal ${quarterKey(q)} ist doppelt eingetragen.`, `jedes Quartal einmal (steht schon in „${other}“)`, `„${entry}“`),
          );
          break;
        }
        taken.set(q, entry);
      }
    });
  });
  for (const slug of slugs) {
    if (!seenRows.has(slug)) {
      issues.push(issueAt(schedule, ['rows'], `Für die Maßnahme „${slug}“ fehlt die Zeile im Zeitplan.`, `genau eine Zeile { "measure": "${slug}", "quarters": [ … ] }`, 'keine Zeile'));
    }
  }
  return issues;
}

/** Warnings: a year with money but no scheduled quarter, or scheduled quarters in a year without money. */
export function compareBudgetAndSchedule(budget: Entry<BudgetFile>, schedule: Entry<ScheduleFile>): Issue[] {
  const warnings: Issue[] = [];
  const rows = new Map(schedule.data.rows.map((row, i) => [row.measure, { row, i }]));
  budget.data.lines.forEach((line, i) => {
    const found = rows.get(line.measure);
    if (!found) return;
    const scheduledYears = new Map<number, string[]>();
    for (const entry of found.row.quarters) {
      const parsed = parseQuarterEntry(entry);
      if (!parsed) continue;
      for (let q = parsed.from; q <= parsed.to; q++) {
        const y = quarterYear(q);
        scheduledYears.set(y, [...(scheduledYears.get(y) ?? []), quarterKey(q)]);
      }
    }
    const moneyYears = Object.entries(line.amounts)
      .filter(([, euros]) => (eurosToCents(euros) ?? 0) > 0)
      .map(([year]) => Number(year));
    for (const year of moneyYears) {
      if (!scheduledYears.has(year)) {
        const firstQuarter = [...scheduledYears.values()].flat().sort()[0];
        warnings.push(
          issueAt(
            budget,
            ['lines', i, 'amounts', String(year)],
            `Die Maßnahme „${line.measure}“ hat für ${year} Geld im Budgetplan, aber im Zeitplan (${schedule.file}) kein Quartal in ${year}.`,
            `mindestens ein Quartal ${year} in rows[${found.i}].quarters oder kein Betrag für ${year}`,
            firstQuarter ? `den Beginn im Zeitplan ${firstQuarter}` : 'keine Quartale',
            'warning',
          ),
        );
      }
    }
    for (const [year, quarters] of scheduledYears) {
      if (!moneyYears.includes(year)) {
        warnings.push(
          issueAt(
            schedule,
            ['rows', found.i, 'quarters'],
            `Die Maßnahme „${line.measure}“ ist für ${year} eingeplant, hat im Budgetplan (${budget.file}) für ${year} aber kein Geld.`,
            `einen Betrag für ${year} in lines[${i}].amounts oder keine Quartale in ${year}`,
            quarters.join(', '),
            'warning',
          ),
        );
      }
    }
  });
  return warnings;
}

export function checkSchedules(repo: ParsedRepo): Issue[] {
  const rbs = new Map(repo.regionalbudgets.map((rb) => [rb.id, rb]));
  const budgets = new Map(repo.budgets.map((b) => [b.id, b]));
  const issues: Issue[] = [];
  for (const schedule of repo.schedules) {
    const rb = rbs.get(schedule.data.regionalbudget);
    if (!rb || schedule.id !== rb.id) continue;
    issues.push(...checkScheduleFile(schedule, rb, measureSlugs(repo, rb)));
    const budget = budgets.get(rb.id);
    if (budget && budget.data.regionalbudget === rb.id) issues.push(...compareBudgetAndSchedule(budget, schedule));
  }
  return issues;
}

/**
 * Budget rules: one line per measure, years inside the term, and per year the lines add up to the stated
 * total to the cent. All sums are integer cents.
 */
import type { Entry, ParsedRepo, RegionalbudgetEntry } from '../data/parsed-repo.ts';
import { folderOf, PLACES } from '../data/layout.ts';
import { formatEuroExact, formatPercent } from '../format.ts';
import { applyRate, eurosToCents } from '../money.ts';
import type { BudgetFile } from '../../schemas/budget.ts';
import type { Issue } from './issue.ts';
import { issueAt } from './crosschecks.ts';

const cents = (euros: number): number => eurosToCents(euros) ?? 0;

function yearOf(date: string | undefined): number | undefined {
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

function yearsWithin(rb: RegionalbudgetEntry, year: number): boolean {
  const terms = [rb.data.period, rb.data.approvedPeriod].filter((t) => t !== undefined);
  return terms.some((t) => (yearOf(t.start) ?? -Infinity) <= year && year <= (yearOf(t.end) ?? Infinity));
}

function termText(rb: RegionalbudgetEntry): string {
  const show = (t: { start?: string | undefined; end: string } | undefined) => (t ? `${t.start ?? '…'} bis ${t.end}` : undefined);
  return [show(rb.data.period) && `Laufzeit ${show(rb.data.period)}`, show(rb.data.approvedPeriod) && `Bewilligungszeitraum ${show(rb.data.approvedPeriod)}`]
    .filter(Boolean)
    .join(' oder ');
}

const slugsByRb = new WeakMap<Set<string>, Map<string, string[]>>();

/** "<rb>/<slug>" keys grouped by Regionalbudget, once per set (not once per Regionalbudget). */
export function groupedSlugs(keys: Set<string>): Map<string, string[]> {
  let grouped = slugsByRb.get(keys);
  if (!grouped) {
    grouped = new Map();
    for (const key of keys) {
      const slash = key.indexOf('/');
      const rb = key.slice(0, slash);
      const list = grouped.get(rb);
      if (list) list.push(key.slice(slash + 1));
      else grouped.set(rb, [key.slice(slash + 1)]);
    }
    for (const list of grouped.values()) list.sort();
    slugsByRb.set(keys, grouped);
  }
  return grouped;
}

/** Slugs of every measure file of a Regionalbudget, valid or not (a broken file still has its lines). */
export function measureSlugs(repo: ParsedRepo, rb: RegionalbudgetEntry): string[] {
  return groupedSlugs(repo.known.measures).get(rb.id) ?? [];
}

function checkBudgetFile(budget: Entry<BudgetFile>, rb: RegionalbudgetEntry, slugs: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  const { years, totals, lines } = budget.data;
  const yearSet = new Set(years.map(String));

  years.forEach((y, i) => {
    if (years.indexOf(y) !== i) issues.push(issueAt(budget, ['years', i], 'Das Jahr steht doppelt in der Liste.', 'jedes Jahr einmal', `${y}`));
    if (!yearsWithin(rb, y)) {
      issues.push(issueAt(budget, ['years', i], 'Das Jahr liegt außerhalb der Laufzeit des Regionalbudgets.', `ein Jahr innerhalb von ${termText(rb)}`, `${y}`));
    }
  });

  const keyIssues = (amounts: Record<string, number>, path: (string | number)[]) =>
    Object.keys(amounts)
      .filter((key) => !yearSet.has(key))
      .map((key) => issueAt(budget, [...path, key], 'Für dieses Jahr ist kein Betrag vorgesehen.', `eines der Jahre aus „years“: ${years.join(', ')}`, `das Jahr ${key}`));

  issues.push(...keyIssues(totals, ['totals']));
  const measures = new Set(slugs);
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    issues.push(...keyIssues(line.amounts, ['lines', i, 'amounts']));
    if (line.actual) issues.push(...keyIssues(line.actual.amounts, ['lines', i, 'actual', 'amounts']));
    const first = seen.get(line.measure);
    if (first !== undefined) {
      issues.push(issueAt(budget, ['lines', i, 'measure'], 'Für diese Maßnahme gibt es schon eine Budgetzeile.', `eine Zeile je Maßnahme (schon in lines[${first}])`, `„${line.measure}“`));
    } else seen.set(line.measure, i);
    if (!measures.has(line.measure)) {
      issues.push(
        issueAt(budget, ['lines', i, 'measure'], 'Die Maßnahme gibt es in diesem Regionalbudget nicht.', `eine Maßnahme aus ${folderOf(PLACES.massnahmen, rb.id)}`, `„${line.measure}“`),
      );
    }
  });
  for (const slug of slugs) {
    if (!seen.has(slug)) {
      issues.push(issueAt(budget, ['lines'], `Für die Maßnahme „${slug}“ fehlt die Budgetzeile.`, `genau eine Zeile { "measure": "${slug}", "amounts": { … } }`, 'keine Zeile'));
    }
  }

  for (const y of years) {
    const key = String(y);
    const sum = lines.reduce((acc, line) => acc + cents(line.amounts[key] ?? 0), 0);
    const stated = cents(totals[key] ?? 0);
    if (sum !== stated) {
      issues.push(
        issueAt(budget, ['totals', key], `Die Summe der Maßnahmen für ${key} stimmt nicht mit der angegebenen Summe überein.`, `${formatEuroExact(sum)} (Summe aller Zeilen)`, formatEuroExact(stated)),
      );
    }
  }
  return issues;
}

/** Förderung must equal Gesamtbudget × Förderquote within one cent. */
export function checkFunding(rb: RegionalbudgetEntry): Issue[] {
  const f = rb.data.funding;
  if (!f) return [];
  const total = cents(f.total);
  const grant = cents(f.grant);
  const expected = applyRate(total, f.rate);
  if (Math.abs(expected - grant) <= 1) return [];
  return [
    issueAt(
      rb,
      ['funding', 'grant'],
      'Förderung, Gesamtbudget und Förderquote passen nicht zusammen.',
      `${formatEuroExact(expected)} (${formatEuroExact(total)} × ${formatPercent(f.rate)}, auf einen Cent genau)`,
      formatEuroExact(grant),
    ),
  ];
}

export function checkBudgets(repo: ParsedRepo): Issue[] {
  const rbs = new Map(repo.regionalbudgets.map((rb) => [rb.id, rb]));
  const issues = repo.regionalbudgets.flatMap(checkFunding);
  const seen = new Set<string>();
  for (const budget of repo.budgets) {
    const rb = rbs.get(budget.data.regionalbudget);
    if (!rb || budget.id !== rb.id) continue; // reported by checkReferences
    seen.add(rb.id);
    issues.push(...checkBudgetFile(budget, rb, measureSlugs(repo, rb)));
  }
  return issues;
}

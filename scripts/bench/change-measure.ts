/** Edits of generated content between a cold and a warm build (benchmarks and the warm-equals-cold test). */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface BudgetFile {
  totals: Record<string, number>;
  lines: { measure: string; amounts: Record<string, number> }[];
}

/**
 * Adds `euros` to the first year of a budget line (the measure's; without a measure, the first line) and to
 * that year's total, so the file stays consistent. Throws if there is no such line.
 */
export function raiseFirstAmount(budgetPath: string, euros: number, measure?: string): void {
  const budget = JSON.parse(readFileSync(budgetPath, 'utf8')) as BudgetFile;
  const line = measure === undefined ? budget.lines[0] : budget.lines.find((l) => l.measure === measure);
  const year = line ? Object.keys(line.amounts)[0] : undefined;
  if (!line || !year) throw new Error(`${budgetPath}: keine Budgetzeile${measure === undefined ? '' : ` für ${measure}`}`);
  line.amounts[year] = (line.amounts[year] ?? 0) + euros;
  budget.totals[year] = (budget.totals[year] ?? 0) + euros;
  writeFileSync(budgetPath, `${JSON.stringify(budget, null, 2)}\n`);
}

/** Changes one measure: a sentence more in its body and 25 € more in its first budget year (totals kept consistent). */
export function changeOneMeasure(root: string): string {
  const rbDir = join(root, 'content', 'regionalbudgets');
  const rb = readdirSync(rbDir).sort()[0] as string;
  const measureDir = join(rbDir, rb, 'massnahmen');
  const file = readdirSync(measureDir).sort()[0] as string;
  const path = join(measureDir, file);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\nGeändert für den warmen Build (${new Date().toISOString()}).\n`);
  raiseFirstAmount(join(root, 'data', 'budgets', `${rb}.json`), 25, file.replace(/\.mdx?$/, ''));
  return path;
}

/** The one edit between the benchmark's cold and warm builds. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Changes one measure: a sentence more in its body and 25 € more in its first budget year (totals kept consistent). */
export function changeOneMeasure(root: string): string {
  const rbDir = join(root, 'content', 'regionalbudgets');
  const rb = readdirSync(rbDir).sort()[0] as string;
  const measureDir = join(rbDir, rb, 'massnahmen');
  const file = readdirSync(measureDir).sort()[0] as string;
  const path = join(measureDir, file);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\nGeändert für den warmen Build (${new Date().toISOString()}).\n`);
  const budgetPath = join(root, 'data', 'budgets', `${rb}.json`);
  const budget = JSON.parse(readFileSync(budgetPath, 'utf8')) as { totals: Record<string, number>; lines: { measure: string; amounts: Record<string, number> }[] };
  const line = budget.lines.find((l) => l.measure === file.replace(/\.mdx?$/, ''));
  const year = line ? Object.keys(line.amounts)[0] : undefined;
  if (line && year) {
    line.amounts[year] = (line.amounts[year] ?? 0) + 25;
    budget.totals[year] = (budget.totals[year] ?? 0) + 25;
    writeFileSync(budgetPath, `${JSON.stringify(budget, null, 2)}\n`);
  }
  return path;
}

/**
 * The check's data warnings (budget plan vs. schedule) in plain German for the open-data page: which
 * measure, what each source document says, and that the portal shows both unchanged.
 */
import type { Measure, Model, Regionalbudget } from '../data/model.ts';
import { formatEuro, formatQuarter } from '../format.ts';
import { parseQuarter, quarterYear } from '../quarters.ts';
import type { Issue } from '../validation/issue.ts';

export interface PlainWarning {
  regionalbudget?: Regionalbudget;
  measure?: Measure;
  /** "Maßnahme 11: Werbeartikel …", when the warning is about one measure. */
  label?: string;
  /** One or two sentences in plain German (after the label). */
  text: string;
  /** For money in a year the schedule starts after: that year and the schedule's first year. */
  moneyBeforeStart?: { year: number; startYear: number };
}

function findMeasure(rb: Regionalbudget, issue: Issue): Measure | undefined {
  return rb.measures.find((m) => issue.message.includes(`„${m.slug}“`));
}

const doc = (source: string) => `„${source}“`;

export function measureName(m: Measure): string {
  return m.data.number !== undefined ? `Maßnahme ${m.data.number}: ${m.data.title}` : `Maßnahme: ${m.data.title}`;
}

export function plainWarning(model: Model, issue: Issue): PlainWarning {
  const rb = model.regionalbudgets.find((r) => r.budget?.file === issue.file || r.schedule?.file === issue.file);
  const measure = rb ? findMeasure(rb, issue) : undefined;
  const path = issue.path ?? [];
  if (rb?.budget && rb.schedule && measure && issue.file === rb.budget.file && path[0] === 'lines' && path[2] === 'amounts') {
    const year = Number(path[3]);
    const cents = measure.budget?.byYear.get(year) ?? 0;
    const first = measure.quarters?.[0];
    const later = first !== undefined && quarterYear(first) > year;
    return {
      regionalbudget: rb,
      measure,
      label: measureName(measure),
      ...(later && first !== undefined && { moneyBeforeStart: { year, startYear: quarterYear(first) } }),
      text:
        `Laut ${doc(rb.budget.source)} sind für ${year} ${formatEuro(cents)} vorgesehen. ` +
        (first === undefined
          ? `Laut ${doc(rb.schedule.source)} sind für die Maßnahme aber keine Quartale eingeplant.`
          : later
            ? `Laut ${doc(rb.schedule.source)} beginnt die Maßnahme aber erst im ${formatQuarter(first)}.`
            : `Laut ${doc(rb.schedule.source)} ist die Maßnahme ${year} aber in keinem Quartal eingeplant.`),
    };
  }
  if (rb?.budget && rb.schedule && measure && issue.file === rb.schedule.file && path[0] === 'rows') {
    const quarters = (issue.found ?? '').split(/,\s*/).map(parseQuarter).filter((q): q is number => q !== null);
    const year = quarters[0] !== undefined ? quarterYear(quarters[0]) : undefined;
    return {
      regionalbudget: rb,
      measure,
      label: measureName(measure),
      text:
        `Laut ${doc(rb.schedule.source)} läuft die Maßnahme${year !== undefined ? ` auch ${year}` : ''}` +
        `${quarters.length > 0 ? ` (${quarters.map(formatQuarter).join(', ')})` : ''}. Laut ${doc(rb.budget.source)} ist für sie${year !== undefined ? ` in diesem Jahr` : ''} aber kein Geld vorgesehen.`,
    };
  }
  return { ...(rb && { regionalbudget: rb }), ...(measure && { measure, label: measureName(measure) }), text: `${issue.message} (Datei ${issue.file})` };
}

export function plainWarnings(model: Model): PlainWarning[] {
  return model.warnings.map((w) => plainWarning(model, w));
}

const NUMBER_WORDS = ['keine', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

/**
 * One sentence per Regionalbudget and pattern, e.g. "Drei Maßnahmen des Regionalbudgets Landkreis
 * Nordsachsen haben im Budgetplan Geld für 2022, beginnen laut Zeitplan aber erst 2023."
 */
export function warningSummary(warnings: readonly PlainWarning[]): string[] {
  const groups = new Map<string, { rb: Regionalbudget; year: number; startYear: number; count: number }>();
  for (const w of warnings) {
    if (!w.regionalbudget || !w.moneyBeforeStart) continue;
    const key = `${w.regionalbudget.id}|${w.moneyBeforeStart.year}|${w.moneyBeforeStart.startYear}`;
    const g = groups.get(key) ?? { rb: w.regionalbudget, ...w.moneyBeforeStart, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => {
    const n = NUMBER_WORDS[g.count] ?? String(g.count);
    const count = g.count === 1 ? 'Eine Maßnahme' : `${n.charAt(0).toUpperCase()}${n.slice(1)} Maßnahmen`;
    const verb = g.count === 1 ? ['hat', 'beginnt'] : ['haben', 'beginnen'];
    const ref = (text: string | undefined) => {
      const annex = /Anlage \d+/.exec(text ?? '')?.[0];
      return annex ? ` (${annex})` : '';
    };
    return `${count} im ${g.rb.data.title} ${verb[0]} im Budgetplan${ref(g.rb.budget?.source)} Geld für ${g.year}, ${verb[1]} laut Zeitplan${ref(g.rb.schedule?.source)} aber erst ${g.startYear}.`;
  });
}

/** What the measure page shows of the change history: German text, computed by a pure function. */
import { formatDate, formatEuro, formatQuarter } from '../format.ts';
import { compressQuarters, parseQuarterEntry } from '../quarters.ts';
import type { HistoryEntry, HistoryResult } from './diff.ts';

export const UNAVAILABLE = 'Änderungsverlauf in dieser Build-Umgebung nicht verfügbar.';
export const UNCHANGED = 'Seit der Erstveröffentlichung unverändert.';

export type HistoryView =
  | { kind: 'unavailable'; text: string }
  | { kind: 'unchanged'; text: string }
  | { kind: 'changes'; items: { date: string; dateText: string; commit: string; message: string; lines: string[] }[] };

export function quartersText(ordinals: readonly number[]): string {
  if (ordinals.length === 0) return 'keine Quartale';
  return compressQuarters(ordinals)
    .map((run) => {
      const parsed = parseQuarterEntry(run);
      if (!parsed) return run;
      return parsed.from === parsed.to ? formatQuarter(parsed.from) : `${formatQuarter(parsed.from)} bis ${formatQuarter(parsed.to)}`;
    })
    .join('; ');
}

export function entryLines(entry: HistoryEntry): string[] {
  const lines = entry.changes.map((c) => `Budget ${c.year}: ${formatEuro(c.oldCents)} → ${formatEuro(c.newCents)}`);
  if (entry.scheduleChanged) lines.push(`Zeitplan: ${quartersText(entry.scheduleChanged.old)} → ${quartersText(entry.scheduleChanged.new)}`);
  return lines;
}

/**
 * The view for one measure. `keys` are "<regionalbudget>/<slug>" for the measure's current and earlier slugs
 * (after a rename the history continues under the old name).
 */
export function historyView(history: HistoryResult, keys: readonly string[]): HistoryView {
  if (!history.available) return { kind: 'unavailable', text: UNAVAILABLE };
  const entries = keys
    .flatMap((k) => history.byMeasure.get(k) ?? [])
    .sort((a, b) => b.date.localeCompare(a.date));
  if (entries.length === 0) return { kind: 'unchanged', text: UNCHANGED };
  return {
    kind: 'changes',
    items: entries.map((e) => ({ date: e.date, dateText: formatDate(e.date), commit: e.commit.slice(0, 7), message: e.message, lines: entryLines(e) })),
  };
}

/**
 * What the site says about the state of a measure or Regionalbudget. A status is shown only where an
 * editor recorded one with its date and source; otherwise the page says what the plan says and no more.
 * (An earlier version derived "abgeschlossen" from the last planned quarter and the build date: no
 * source reported that.)
 */
import type { StatusStatement } from '../schemas/status.ts';
import { formatDate, formatQuarterShort } from './format.ts';

/** "abgeschlossen (Stand 14. März 2024, Quelle: Sachbericht 2024)" */
export function statusText(status: StatusStatement): string {
  return `${status.value} (Stand ${formatDate(status.asOf)}, Quelle: ${status.source})`;
}

/** "laut Zeitplan III/2022 bis II/2025"; undefined without scheduled quarters. */
export function planText(quarters: readonly number[] | undefined): string | undefined {
  if (!quarters || quarters.length === 0) return undefined;
  const first = Math.min(...quarters);
  const last = Math.max(...quarters);
  return first === last ? `laut Zeitplan ${formatQuarterShort(first)}` : `laut Zeitplan ${formatQuarterShort(first)} bis ${formatQuarterShort(last)}`;
}

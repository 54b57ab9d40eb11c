/**
 * Handlungsfelder (or Themenbereiche) and the accompanying measures some sources list beside them
 * ("Projektbegleitende Maßnahmen"). The accompanying group is not a field: every count and label on the
 * site comes from here, so no page says "4 Handlungsfelder" where the source names three.
 */
import { formatNumber } from './format.ts';

export type FieldLabel = 'Handlungsfeld' | 'Themenbereich';

interface FieldLike {
  data: { kind?: 'handlungsfeld' | 'begleitend' | undefined };
}
interface RegionalbudgetLike<F extends FieldLike> {
  data: { fieldLabel: FieldLabel };
  handlungsfelder: readonly F[];
}

const PLURAL: Record<FieldLabel, string> = { Handlungsfeld: 'Handlungsfelder', Themenbereich: 'Themenbereiche' };

export function pluralOf(label: FieldLabel): string {
  return PLURAL[label];
}

export function isAccompanying(field: FieldLike): boolean {
  return field.data.kind === 'begleitend';
}

/** The real fields of action, without the accompanying group. */
export function realFields<F extends FieldLike>(rb: RegionalbudgetLike<F>): F[] {
  return rb.handlungsfelder.filter((h) => !isAccompanying(h));
}

export function hasAccompanying<F extends FieldLike>(rb: RegionalbudgetLike<F>): boolean {
  return rb.handlungsfelder.some(isAccompanying);
}

/** "a", "a und b", "a, b und c" */
export function germanList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} und ${parts.at(-1)}`;
}

function countWord(n: number, label: FieldLabel): string {
  return `${formatNumber(n)} ${n === 1 ? label : PLURAL[label]}`;
}

/**
 * The one wording for how the measures of one or more Regionalbudgets are grouped:
 * "3 Handlungsfelder und begleitende Maßnahmen", "3 Themenbereiche",
 * "3 Handlungsfelder, 3 Themenbereiche und begleitende Maßnahmen".
 */
export function groupingText<F extends FieldLike>(rbs: readonly RegionalbudgetLike<F>[]): string {
  const counts = new Map<FieldLabel, number>();
  for (const rb of rbs) {
    const n = realFields(rb).length;
    if (n > 0) counts.set(rb.data.fieldLabel, (counts.get(rb.data.fieldLabel) ?? 0) + n);
  }
  const parts = (['Handlungsfeld', 'Themenbereich'] as const).filter((l) => counts.has(l)).map((l) => countWord(counts.get(l) ?? 0, l));
  if (rbs.some((rb) => hasAccompanying(rb))) parts.push('begleitende Maßnahmen');
  return parts.length > 0 ? germanList(parts) : `keine ${PLURAL.Handlungsfeld}`;
}

/** What a measure's group is called next to it: "Handlungsfeld", "Themenbereich", or "Zuordnung" for the accompanying group. */
export function groupRole<F extends FieldLike>(rb: RegionalbudgetLike<F>, field: F | undefined): string {
  return field && isAccompanying(field) ? 'Zuordnung' : rb.data.fieldLabel;
}

/** Heading word for charts and tables that list the fields and the accompanying group: "Handlungsfeld bzw. Gruppe". */
export function groupHeading<F extends FieldLike>(rb: RegionalbudgetLike<F>): string {
  return hasAccompanying(rb) ? `${rb.data.fieldLabel} bzw. Gruppe` : rb.data.fieldLabel;
}

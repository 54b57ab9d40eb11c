/** Status of a measure, derived from its scheduled quarters and the build date (never stored). */
import { quarterOfDate } from './quarters.ts';

export type MeasureStatus = 'geplant' | 'laufend' | 'abgeschlossen';

export const STATUS_LABEL: Record<MeasureStatus, string> = {
  geplant: 'geplant',
  laufend: 'laufend',
  abgeschlossen: 'abgeschlossen',
};

/** Undefined when the measure has no scheduled quarter: then nothing can be said. */
export function measureStatus(quarters: readonly number[] | undefined, today: string): MeasureStatus | undefined {
  if (!quarters || quarters.length === 0) return undefined;
  const now = quarterOfDate(today);
  const first = Math.min(...quarters);
  const last = Math.max(...quarters);
  if (now < first) return 'geplant';
  if (now > last) return 'abgeschlossen';
  return 'laufend';
}

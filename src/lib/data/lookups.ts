/** Small queries over the model that several pages need; pure functions of the model. */
import type { Kontakt } from '../../schemas/kontakt.ts';
import { eurosToCents } from '../money.ts';
import type { Measure, Model, Regionalbudget } from './model.ts';

export function contactsOf(model: Model, ids: readonly string[]): Kontakt[] {
  return ids.map((id) => model.contacts.get(id)).filter((c): c is Kontakt => c !== undefined);
}

export function regionalbudget(model: Model, id: string): Regionalbudget {
  const rb = model.regionalbudgets.find((r) => r.id === id);
  if (!rb) throw new Error(`Unbekanntes Regionalbudget: ${id}`);
  return rb;
}

export function newsFor(model: Model, filter: { regionalbudget?: string; project?: string; measure?: string }): Model['news'] {
  return model.news.filter(
    (n) =>
      (filter.regionalbudget !== undefined && n.data.regionalbudgets.includes(filter.regionalbudget)) ||
      (filter.project !== undefined && n.data.projects.includes(filter.project)) ||
      (filter.measure !== undefined && n.data.measures.includes(filter.measure)),
  );
}

export function neighbours(rb: Regionalbudget, measure: Measure): { prev?: Measure; next?: Measure } {
  const i = rb.measures.findIndex((m) => m.key === measure.key);
  const prev = rb.measures[i - 1];
  const next = rb.measures[i + 1];
  return { ...(prev && { prev }), ...(next && { next }) };
}

/** All measures of all Regionalbudgets. */
export function allMeasures(model: Model): { rb: Regionalbudget; measure: Measure }[] {
  return model.regionalbudgets.flatMap((rb) => rb.measures.map((measure) => ({ rb, measure })));
}

/**
 * The money a Regionalbudget documents: the Gesamtbudget where the source states one, otherwise the sum
 * of its budget plan. `kind` says which, so pages can say what they add up.
 */
export function documentedTotal(rb: Regionalbudget): { cents: number; kind: 'gesamtbudget' | 'budgetplan' } | undefined {
  if (rb.data.funding) return { cents: eurosToCents(rb.data.funding.total) ?? 0, kind: 'gesamtbudget' };
  if (rb.budget) return { cents: rb.budget.total, kind: 'budgetplan' };
  return undefined;
}

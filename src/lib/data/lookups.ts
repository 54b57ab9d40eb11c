/** Small queries over the model that several pages need; pure functions of the model. */
import type { Kontakt } from '../../schemas/kontakt.ts';
import type { Measure, Model, Regionalbudget } from './model.ts';

export function contactsOf(model: Model, ids: readonly string[]): Kontakt[] {
  return ids.map((id) => model.contacts.get(id)).filter((c): c is Kontakt => c !== undefined);
}

type NewsItem = Model['news'][number];
interface NewsIndex {
  byKey: Map<string, NewsItem[]>;
  position: Map<NewsItem, number>;
}
const newsIndexes = new WeakMap<Model, NewsIndex>();

/** News by relation ("rb:<id>", "projekt:<id>", "massnahme:<rb>/<slug>"), built once per model, not per page. */
function newsIndex(model: Model): NewsIndex {
  let index = newsIndexes.get(model);
  if (!index) {
    const byKey = new Map<string, NewsItem[]>();
    const add = (key: string, item: NewsItem) => byKey.set(key, [...(byKey.get(key) ?? []), item]);
    model.news.forEach((n) => {
      for (const id of n.data.regionalbudgets) add(`rb:${id}`, n);
      for (const id of n.data.projects) add(`projekt:${id}`, n);
      for (const key of n.data.measures) add(`massnahme:${key}`, n);
    });
    index = { byKey, position: new Map(model.news.map((n, i) => [n, i])) };
    newsIndexes.set(model, index);
  }
  return index;
}

/** News related to a Regionalbudget, project or measure, newest first (the model's order). */
export function newsFor(model: Model, filter: { regionalbudget?: string | undefined; project?: string; measure?: string }): Model['news'] {
  const { byKey, position } = newsIndex(model);
  const keys = [
    filter.regionalbudget !== undefined && `rb:${filter.regionalbudget}`,
    filter.project !== undefined && `projekt:${filter.project}`,
    filter.measure !== undefined && `massnahme:${filter.measure}`,
  ].filter((k): k is string => typeof k === 'string');
  const found = new Set(keys.flatMap((k) => byKey.get(k) ?? []));
  return [...found].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
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
  if (rb.funding) return { cents: rb.funding.total, kind: 'gesamtbudget' };
  if (rb.budget) return { cents: rb.budget.total, kind: 'budgetplan' };
  return undefined;
}

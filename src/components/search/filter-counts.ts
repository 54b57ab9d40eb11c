/**
 * The numbers beside the search filters: how many results each choice would give. They need every filter
 * file (at 10,000 measures more than the rest of the first search), so they are loaded only while the filter
 * panel is open: on a phone when the reader opens it, on a wide screen (panel open) right after the results.
 * A search reports counts only for the filter files loaded.
 */
import { FILTER_KEYS, pagefindFilters, type FilterKey, type FilterMap, type SearchState } from '../../lib/search/query-state.ts';
import type { Pagefind, PagefindResponse } from './pagefind-api.ts';

export interface FilterCounts {
  /** True once the filter files are loaded: a search run after that reports the counts with its results. */
  readonly ready: boolean;
  clear(): void;
  /** `searched`: the response of the search just shown, if the filter files were loaded before it ran. */
  update(pf: Pagefind, state: SearchState, id: number, searched?: PagefindResponse): Promise<void>;
}

/** `current()`: the id of the latest search; the counts of an older one are dropped. */
export function filterCounts(root: HTMLElement, filtersPanel: HTMLDetailsElement | null, filterMap: FilterMap, current: () => number): FilterCounts {
  let loaded: Promise<unknown> | undefined;
  let ready = false;
  const wanted = () => !filtersPanel || filtersPanel.open;
  // A facet shown as a list (facetAsList) carries its count in each option's label ("Marketing (12)").
  const listOptions = () => root.querySelectorAll<HTMLOptionElement>('select[name]:not([name="sort"]) option:not([value=""])');
  const clear = () => {
    for (const span of root.querySelectorAll<HTMLElement>('[data-count-for]')) span.textContent = '';
    for (const option of listOptions()) option.removeAttribute('label');
  };
  const update = async (pf: Pagefind, state: SearchState, id: number, searched?: PagefindResponse) => {
    // Counts of an earlier search must not wait in a folded panel until it is opened again.
    if (!wanted()) return clear();
    loaded ??= pf.filters().then(
      () => (ready = true),
      (error: unknown) => {
        loaded = undefined;
        throw error;
      },
    );
    await loaded;
    if (id !== current()) return;
    const term = state.q || null;
    const response = searched ?? (await pf.search(term, { filters: pagefindFilters(state, filterMap) }));
    const counts: Partial<Record<FilterKey, Record<string, number>>> = {};
    for (const key of FILTER_KEYS) {
      const name = filterMap[key]?.name;
      if (name === undefined) continue;
      if (state.filters[key].length === 0) {
        counts[key] = response.filters[name] ?? {};
      } else {
        // With this filter's own choices left out, so the numbers say what each choice would add.
        const without = await pf.search(term, { filters: pagefindFilters(state, filterMap, key) });
        counts[key] = without.filters[name] ?? {};
      }
    }
    if (id !== current()) return;
    for (const span of root.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [key, param] = (span.dataset['countFor'] ?? '').split('=') as [FilterKey, string];
      const value = filterMap[key]?.values[param] ?? param;
      const n = counts[key]?.[value];
      span.textContent = n === undefined ? '' : `(${n})`;
    }
    for (const option of listOptions()) {
      const key = (option.closest('select')?.name ?? '') as FilterKey;
      const n = counts[key]?.[filterMap[key]?.values[option.value] ?? option.value];
      if (n === undefined) option.removeAttribute('label');
      else option.label = `${option.text} (${n})`;
    }
  };
  return {
    get ready() {
      return ready;
    },
    clear,
    update,
  };
}

/**
 * The search page in the browser: Pagefind's JS API (no default UI), results rendered with DOM methods
 * (no HTML strings, no inline styles or handlers: works under a strict Content-Security-Policy; one result:
 * result-item.ts, the filter counts: filter-counts.ts), the state kept in the URL, the result count
 * announced in a live region.
 */
import { PAGEFIND_URL, type Pagefind, type PagefindResult } from './pagefind-api.ts';
import { pagefindClient } from './pagefind-client.ts';
import { filterCounts } from './filter-counts.ts';
import { resultItem } from './result-item.ts';
import { shouldPreload } from '../../lib/search/preload.ts';
import { FILTER_KEYS, emptyFilters, hasFilters, pagefindFilters, parseState, stateToSearch, statusText, type ChosenFilter, type FilterKey, type FilterMap, type SearchState } from '../../lib/search/query-state.ts';

/** Results shown at once; each needs its own small fragment file (about 1–2 KB). */
const PAGE_SIZE = 8;
const DEBOUNCE_MS = 250;
/** A pause in typing after which the index chunk for the word so far is fetched (before the search runs). */
const PRELOAD_PAUSE_MS = 100;

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'suche' });
  } catch {
    return undefined;
  }
}

async function start(pf: Pagefind): Promise<Pagefind> {
  await pf.options({ excerptLength: 30 });
  await pf.init();
  return pf;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  if (!root || !form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const reset = root.querySelector<HTMLButtonElement>('[data-search-reset]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  const filtersPanel = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  // Filters stay folded on a phone (results first); on a wide screen they stand open beside the results.
  if (filtersPanel && matchMedia('(min-width: 56rem)').matches) filtersPanel.open = true;
  const filterMap = JSON.parse(root.dataset['filterMap'] ?? '{}') as FilterMap;
  const baseTitle = document.title;

  // Pagefind runs in the page's own web worker (search-worker.ts), started now so that pagefind.js is fetched
  // before the first letter is typed; WebAssembly and metadata load from the first letter. Where the worker
  // cannot run, Pagefind runs from the page (and starts its own worker).
  const worker = startWorker();
  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = (): Promise<Pagefind> => {
    pagefind ??= (worker ? start(pagefindClient(worker)) : Promise.reject(new Error('kein Worker'))).catch(async () => {
      worker?.terminate();
      return start((await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind);
    });
    return pagefind;
  };

  const showError = () => {
    root.hidden = true;
    const error = document.querySelector<HTMLElement>('[data-search-error]');
    if (error) error.hidden = false;
  };

  const readForm = (): SearchState => {
    const filters = emptyFilters();
    for (const key of FILTER_KEYS) {
      filters[key] = [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]:checked`)].map((c) => c.value);
      // A facet with many options is a list to choose one from (facetAsList).
      const list = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
      if (list?.value) filters[key] = [list.value];
    }
    return { q: input.value.trim(), filters, sort: sortSelect.value === 'datum' ? 'datum' : '' };
  };

  // The chosen filter values of a state by their names on the page (a checkbox's label without its count, a
  // list's option) and their groups (statusText).
  const chosenLabels = (state: SearchState): ChosenFilter[] =>
    FILTER_KEYS.flatMap((key) =>
      state.filters[key].flatMap((value) => {
        const box = [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)].find((b) => b.value === value);
        const option = [...(form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)?.options ?? [])].find((o) => o.value === value);
        const name = box ? box.labels?.[0]?.firstChild?.textContent : option?.text;
        const group = box ? box.closest('.search-facet__group')?.querySelector('legend')?.textContent : option?.parentElement instanceof HTMLOptGroupElement ? option.parentElement.label : undefined;
        return name?.trim() ? [{ name, group: group ?? undefined }] : [];
      }),
    );

  // In a Handlungsfeld list, only the fields of the chosen Regionalbudgets (all while none is chosen).
  const narrowFields = () => {
    const fields = form.querySelector<HTMLSelectElement>('select[name="hf"]');
    if (!fields) return;
    const chosen = readForm().filters.rb;
    for (const group of fields.querySelectorAll<HTMLOptGroupElement>('optgroup[data-group]')) {
      const off = chosen.length > 0 && !chosen.includes(group.dataset['group'] ?? '');
      group.hidden = off;
      group.disabled = off;
    }
    if (fields.selectedOptions[0]?.parentElement instanceof HTMLOptGroupElement && fields.selectedOptions[0].parentElement.disabled) fields.value = '';
  };

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
    }
    // A list shows one choice; a value it does not offer leaves it at "Alle …".
    for (const list of form.querySelectorAll<HTMLSelectElement>('select[name]:not([name="sort"])')) {
      list.value = state.filters[list.name as FilterKey]?.[0] ?? '';
      if (list.selectedIndex < 0) list.value = '';
    }
    sortSelect.value = state.sort;
    narrowFields();
  };

  let results: PagefindResult[] = [];
  let shown = 0;
  let currentQuery = '';
  let runId = 0;

  const renderResult = (result: PagefindResult): Promise<HTMLLIElement> => resultItem(result, currentQuery);

  const showMore = async (id: number) => {
    const next = results.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(next.map(renderResult));
    if (id !== runId) return;
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= results.length;
  };

  let shownState: SearchState | undefined;
  const counts = filterCounts(root, filtersPanel, filterMap, () => runId);

  const run = async (state: SearchState, { updateUrl = true } = {}) => {
    const id = ++runId;
    currentQuery = state.q;
    if (updateUrl) {
      const search = stateToSearch(state);
      if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
    }
    if (empty) empty.hidden = Boolean(state.q) || hasFilters(state);
    document.title = state.q ? `Suche: ${state.q} – ${baseTitle.replace(/^Suche – /, '')}` : baseTitle;
    shownState = undefined;
    if (!state.q && !hasFilters(state)) {
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      counts.clear();
      return;
    }
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      showError();
      return;
    }
    const withCounts = counts.ready;
    const response = await pf.search(state.q || null, {
      filters: pagefindFilters(state, filterMap),
      ...(state.sort === 'datum' && { sort: { datum: 'desc' } }),
    });
    if (id !== runId) return;
    results = response.results;
    shown = 0;
    const first = await Promise.all(results.slice(0, PAGE_SIZE).map(renderResult));
    if (id !== runId) return;
    list.replaceChildren(...first);
    shown = first.length;
    more.hidden = shown >= results.length;
    status.textContent = statusText(results.length, state, chosenLabels(state));
    shownState = state;
    // Without counts the results still stand; the panel then shows its options without numbers.
    await counts.update(pf, state, id, withCounts ? response : undefined).catch(() => undefined);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let preloadTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    clearTimeout(preloadTimer);
    const term = input.value.trim();
    // Pagefind (WebAssembly, metadata) loads from the first letter. The index chunk for the word is preloaded
    // when typing pauses (from the third letter), ahead of the search: a preload per keystroke fetched the
    // chunks of prefixes typed past ("Mar", "Mark" lie in other chunks than "Marketing" at 10,000 measures).
    if (term) void loadPagefind().catch(() => undefined);
    if (shouldPreload(term)) {
      preloadTimer = setTimeout(() => void loadPagefind().then((pf) => pf.preload(term)).catch(() => undefined), PRELOAD_PAUSE_MS);
    }
    timer = setTimeout(() => void run(readForm()), DEBOUNCE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    clearTimeout(timer);
    narrowFields();
    void run(readForm());
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(readForm());
  });
  more.addEventListener('click', () => {
    const before = shown;
    void showMore(runId).then(() => {
      // Move focus to the first new result, so keyboard users continue where the list grew.
      list.children[before]?.querySelector('a')?.focus();
    });
  });
  reset.addEventListener('click', () => {
    const state = readForm();
    state.filters = emptyFilters();
    state.sort = '';
    writeForm(state);
    void run(state);
  });
  filtersPanel?.addEventListener('toggle', () => {
    const state = shownState;
    if (!filtersPanel.open || !state || !pagefind) return;
    const id = runId;
    void pagefind.then((pf) => counts.update(pf, state, id)).catch(() => undefined);
  });
  window.addEventListener('popstate', () => {
    const state = parseState(location.search);
    writeForm(state);
    void run(state, { updateUrl: false });
  });

  const initial = parseState(location.search);
  writeForm(initial);
  if (empty) empty.hidden = Boolean(initial.q) || hasFilters(initial);
  // A chosen filter is shown, not hidden in a folded panel.
  if (filtersPanel && hasFilters(initial)) filtersPanel.open = true;
  if (initial.q || hasFilters(initial)) void run(initial, { updateUrl: false });
}

/**
 * The state of the search page and its URL: `/suche/?q=Ansiedlung&typ=massnahme&jahr=2024&sort=datum`.
 * Several values of one filter are "any of them", different filters must all match. Pure functions.
 */

export const FILTER_KEYS = ['typ', 'rb', 'hf', 'jahr', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: '' | 'datum';
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return { typ: [], rb: [], hf: [], jahr: [], status: [] };
}

/** Reads the state from a query string ("?q=…&typ=…"); unknown parameters and empty values are ignored. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'datum' ? 'datum' : '' };
}

/** The query string for a state ("" for the empty state), in a fixed parameter order. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((k) => state.filters[k].length > 0);
}

/**
 * Maps URL values to index values ("massnahme" → "Maßnahme"); a missing mapping keeps the value. A filter the
 * site does not offer (e.g. status while no source reports one) is absent, and ignored if a URL names it.
 */
export type FilterMap = Partial<Record<FilterKey, { name: string; values: Record<string, string> }>>;

/** Pagefind's filter object for a state; `without` leaves one filter out (to count its options). */
export function pagefindFilters(state: SearchState, map: FilterMap, without?: FilterKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const entry = map[key];
    if (!entry || key === without || state.filters[key].length === 0) continue;
    out[entry.name] = { any: state.filters[key].map((v) => entry.values[v] ?? v) };
  }
  return out;
}

/** A chosen filter value as the page shows it, with its group where the page groups options ("Regionalbudget …"). */
export interface ChosenFilter {
  name: string;
  group?: string;
}

/**
 * The names of the chosen filter values: a grouped one with its group ("Klimaneutrale Region (Regionalbudget
 * Nordsachsen)": a Handlungsfeld's name alone is shared by many Regionalbudgets), unless the group is itself
 * among the chosen values. Soft hyphens of the page's typesetting (src/lib/typography.ts) are layout, not part of a name.
 */
export function chosenNames(chosen: readonly ChosenFilter[]): string[] {
  const plain = (text: string) => text.replace(/\u00ad/g, '').trim();
  const names = new Set(chosen.map((c) => plain(c.name)));
  return chosen.map((c) => (c.group && !names.has(plain(c.group)) ? `${plain(c.name)} (${plain(c.group)})` : plain(c.name)));
}

/**
 * "14 Ergebnisse für „Marketing“" and the like, for the live region. With the chosen filter values named in
 * full (chosenNames): a list to choose one from cuts a long name in its closed state.
 */
export function statusText(count: number, state: SearchState, chosen: readonly ChosenFilter[] = []): string {
  const what = count === 0 ? 'Keine Ergebnisse' : count === 1 ? '1 Ergebnis' : `${count} Ergebnisse`;
  const term = state.q ? ` für „${state.q}“` : '';
  const named = chosen.length > 0 ? `: ${chosenNames(chosen).map((c) => `„${c}“`).join(', ')}` : '';
  const filtered = hasFilters(state) ? ` mit den gewählten Filtern${named}` : '';
  const sorted = state.sort === 'datum' ? ', nach Datum sortiert (nur Aktuelles)' : '';
  const hint = count === 0 ? (hasFilters(state) ? ' Entfernen Sie Filter oder versuchen Sie einen anderen Begriff.' : ' Versuchen Sie einen anderen oder kürzeren Begriff.') : '';
  return `${what}${term}${filtered}${sorted}.${hint}`;
}

import { describe, expect, it } from 'vitest';
import { chosenNames, emptyFilters, pagefindFilters, parseState, stateToSearch, statusText, type FilterMap } from '../../../src/lib/search/query-state.ts';

const MAP: FilterMap = {
  typ: { name: 'typ', values: { massnahme: 'Maßnahme', projekt: 'Projekt' } },
  rb: { name: 'regionalbudget', values: { 'nordsachsen-2022': 'Regionalbudget Landkreis Nordsachsen' } },
  hf: { name: 'handlungsfeld', values: {} },
  jahr: { name: 'jahr', values: { '2024': '2024' } },
  status: { name: 'status', values: {} },
};

describe('search state in the URL', () => {
  it('reads query, repeated filters and sort; ignores the rest', () => {
    const state = parseState('?q=+Ansiedlung+&typ=massnahme&typ=projekt&typ=massnahme&jahr=2024&sort=datum&x=1&rb=');
    expect(state).toEqual({ q: 'Ansiedlung', filters: { ...emptyFilters(), typ: ['massnahme', 'projekt'], jahr: ['2024'] }, sort: 'datum' });
    expect(parseState('?sort=beliebig').sort).toBe('');
  });

  it('writes the URL in a fixed order and round-trips', () => {
    const state = parseState('?jahr=2024&typ=massnahme&q=Gewerbefl%C3%A4chen');
    expect(stateToSearch(state)).toBe('?q=Gewerbefl%C3%A4chen&typ=massnahme&jahr=2024');
    expect(parseState(stateToSearch(state))).toEqual(state);
    expect(stateToSearch(parseState(''))).toBe('');
  });
});

describe('pagefindFilters', () => {
  it('maps URL values to index values; several values mean any of them', () => {
    const state = parseState('?typ=massnahme&typ=projekt&rb=nordsachsen-2022&jahr=2024');
    expect(pagefindFilters(state, MAP)).toEqual({
      typ: { any: ['Maßnahme', 'Projekt'] },
      regionalbudget: { any: ['Regionalbudget Landkreis Nordsachsen'] },
      jahr: { any: ['2024'] },
    });
    expect(Object.keys(pagefindFilters(state, MAP, 'typ'))).toEqual(['regionalbudget', 'jahr']);
  });
});

describe('statusText', () => {
  it('says how many results there are, in German', () => {
    expect(statusText(14, parseState('?q=Marketing'))).toBe('14 Ergebnisse für „Marketing“.');
    expect(statusText(1, parseState('?q=Nachfolge&typ=massnahme'))).toBe('1 Ergebnis für „Nachfolge“ mit den gewählten Filtern.');
    expect(statusText(0, parseState('?q=xyz'))).toBe('Keine Ergebnisse für „xyz“. Versuchen Sie einen anderen oder kürzeren Begriff.');
    expect(statusText(3, parseState('?typ=aktuelles&sort=datum'))).toBe('3 Ergebnisse mit den gewählten Filtern, nach Datum sortiert (nur Aktuelles).');
  });

  it('names the chosen filters as the page shows them, without the soft hyphens of its typesetting', () => {
    const state = parseState('?q=Nachfolge&typ=massnahme&hf=landkreis-1-klimaneutrale-region');
    expect(statusText(2, state, [{ name: 'Maßnahme' }, { name: 'Klima\u00adneutrale Region', group: 'Regionalbudget Landkreis Sächsische Schweiz-Osterzgebirge' }])).toBe(
      '2 Ergebnisse für „Nachfolge“ mit den gewählten Filtern: „Maßnahme“, „Klimaneutrale Region (Regionalbudget Landkreis Sächsische Schweiz-Osterzgebirge)“.',
    );
    // No names without filters in the state (a stale list of names must not describe an unfiltered search).
    expect(statusText(2, parseState('?q=Nachfolge'), [{ name: 'Maßnahme' }])).toBe('2 Ergebnisse für „Nachfolge“.');
    expect(statusText(0, state, [{ name: 'Maßnahme' }])).toBe('Keine Ergebnisse für „Nachfolge“ mit den gewählten Filtern: „Maßnahme“. Entfernen Sie Filter oder versuchen Sie einen anderen Begriff.');
  });

  it('leaves out a group that is itself chosen: the Regionalbudget is named once', () => {
    const rb = 'Regionalbudget Landkreis Sächsische Schweiz-Osterzgebirge';
    expect(chosenNames([{ name: rb }, { name: 'Klimaneutrale Region', group: `${rb} ` }])).toEqual([rb, 'Klimaneutrale Region']);
    expect(chosenNames([{ name: 'Klimaneutrale Region', group: rb }, { name: '2024' }])).toEqual([`Klimaneutrale Region (${rb})`, '2024']);
    // Two fields of the same name from two Regionalbudgets stay apart.
    expect(chosenNames([{ name: 'Ziele', group: 'A' }, { name: 'Ziele', group: 'B' }])).toEqual(['Ziele (A)', 'Ziele (B)']);
  });
});

describe('a filter the site does not offer', () => {
  it('is ignored when a URL names it (no status filter while no source reports a status)', () => {
    const map: FilterMap = { typ: { name: 'typ', values: { massnahme: 'Maßnahme' } } };
    const state = parseState('?typ=massnahme&status=laufend');
    expect(pagefindFilters(state, map)).toEqual({ typ: { any: ['Maßnahme'] } });
  });
});

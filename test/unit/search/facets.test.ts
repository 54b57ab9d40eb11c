import { describe, expect, it } from 'vitest';
import { getModel } from '../../../src/lib/data/get-model.ts';
import { BROWSE_FIELD_LINKS_MAX, MEASURE_LINKS_MAX, browseYears, fieldBrowseUrl, listsEveryField, listsEveryMeasure, listsMeasuresOf, measuresInYear, yearBrowseUrl } from '../../../src/lib/search/browse.ts';
import { FACET_CHECKBOXES_MAX, facetAsList, facets, optionGroups, fieldMeta, fieldParam, measureMeta, measureYears, newsMeta, newsSortKey, regionalbudgetMeta, typeOfPath } from '../../../src/lib/search/facets.ts';

const model = getModel();
const ns = model.regionalbudgets.find((rb) => rb.id === 'nordsachsen-2022')!;
const leipzig = model.regionalbudgets.find((rb) => rb.id === 'leipzig-2022')!;
const measure = (slug: string) => ns.measures.find((m) => m.slug === slug)!;

describe('search metadata of pages (real content)', () => {
  it('gives measures their number in the title, Regionalbudget, Handlungsfeld and years, and no status no source reports', () => {
    const meta = measureMeta(model, ns, measure('gewerbeflaechenmarketing'));
    expect(meta).toEqual({
      typ: 'massnahme',
      title: 'Maßnahme 2: Gewerbeflächenmarketing',
      regionalbudgets: [{ id: 'nordsachsen-2022', title: 'Regionalbudget Landkreis Nordsachsen' }],
      handlungsfelder: ['attraktiver-wirtschaftsstandort'],
      jahre: [2022, 2023, 2024, 2025],
    });
  });

  it('offers no status filter while no measure has a status from a source', () => {
    expect(ns.measures.some((m) => m.data.status)).toBe(false);
    expect(facets(model).map((f) => f.key)).not.toContain('status');
  });

  it('leaves out years and status where the source has no budget and no schedule', () => {
    const meta = measureMeta(model, leipzig, leipzig.measures[0]!);
    expect(meta.jahre).toEqual([]);
    expect(meta.status).toBeUndefined();
    expect(meta.title).toBeUndefined();
    expect(meta.handlungsfelder).toEqual([]);
  });

  it('counts scheduled quarters as years even without money', () => {
    for (const m of ns.measures) {
      const fromQuarters = (m.quarters ?? []).map((q) => Math.floor(q / 4));
      for (const y of [...(m.budget?.byYear.keys() ?? []), ...fromQuarters]) expect(measureYears(m)).toContain(y);
    }
  });

  it('unites the years of a field and of a Regionalbudget', () => {
    const field = ns.handlungsfelder[0]!;
    expect(fieldMeta(model, ns, field).jahre).toEqual([...new Set(field.measures.flatMap(measureYears))].sort());
    expect(regionalbudgetMeta(ns).jahre).toEqual([2022, 2023, 2024, 2025]);
  });

  it('sorts news by date, with partial and missing dates last', () => {
    expect(newsSortKey('2023-03-14')).toBe('2023-03-14');
    expect(newsSortKey('--03-22')).toBe('0000');
    expect(newsSortKey(undefined)).toBe('0000');
    const item = model.news.find((n) => n.id === '2023-03-14-austausch-wirtschaftsfoerderungen')!;
    expect(newsMeta(model, item, '14. März 2023')).toMatchObject({ typ: 'aktuelles', datum: '2023-03-14', datumText: '14. März 2023', regionalbudgets: expect.arrayContaining([{ id: 'nordsachsen-2022', title: 'Regionalbudget Landkreis Nordsachsen' }]) });
  });
});

describe('filters of the search page', () => {
  it('gives a Handlungsfeld a prefixed URL value only where another Regionalbudget uses the same slug', () => {
    const [shared, own] = ns.handlungsfelder;
    // Leipzig gets a copy of one of Nordsachsen's fields: the same title and slug in two Regionalbudgets.
    const copy = { ...shared!, regionalbudget: leipzig.id };
    const twice = { ...model, regionalbudgets: [ns, { ...leipzig, handlungsfelder: [...leipzig.handlungsfelder, copy] }] };
    expect(fieldParam(twice, shared!)).toBe(`nordsachsen-2022-${shared!.slug}`);
    expect(fieldParam(twice, copy)).toBe(`leipzig-2022-${shared!.slug}`);
    expect(fieldParam(twice, own!)).toBe(own!.slug);
    // The real content has no such pair: the same field is plain there (counts are kept per model).
    expect(fieldParam(model, shared!)).toBe(shared!.slug);
  });

  it('filters Regionalbudgets and Handlungsfelder in the index by their URL values, not by their titles', () => {
    // Titles are content: Pagefind collapses their white space and decodes "&amp;" once more, and two
    // Regionalbudgets may share one; a filter value that differs from the page's finds nothing.
    const twin = { ...leipzig, data: { ...leipzig.data, title: ns.data.title } };
    const all = facets({ ...model, regionalbudgets: [ns, twin] });
    const rb = all.find((f) => f.key === 'rb')!.options;
    const hf = all.find((f) => f.key === 'hf')!.options;
    expect(rb.map((o) => o.filter)).toEqual([ns.id, leipzig.id]);
    expect(hf.length).toBeGreaterThan(0);
    for (const o of hf) expect(o.filter).toBe(o.param);
    const field = ns.handlungsfelder[0]!;
    expect(fieldMeta(model, ns, field)).toMatchObject({ regionalbudgets: [{ id: ns.id }], handlungsfelder: [fieldParam(model, field)] });
  });

  it('offers every type, named for what it is, both Regionalbudgets, every Handlungsfeld, the years, and no status (no source reports one)', () => {
    const f = Object.fromEntries(facets(model).map((x) => [x.key, x.options.map((o) => o.param)]));
    expect(f['typ']).toEqual(['regionalbudget', 'handlungsfeld', 'massnahme', 'projekt', 'programm', 'aktuelles', 'kontakt', 'uebersicht', 'daten', 'hinweis']);
    expect(facets(model)[0]?.options.map((o) => o.label)).not.toContain('Seite');
    expect(f['rb']?.sort()).toEqual(['leipzig-2022', 'nordsachsen-2022']);
    expect(f['hf']).toHaveLength(model.regionalbudgets.flatMap((rb) => rb.handlungsfelder).length);
    expect(f['jahr']).toEqual(['2022', '2023', '2024', '2025']);
    expect(f['status']).toBeUndefined();
  });

  it(`shows a facet as checkboxes up to ${FACET_CHECKBOXES_MAX} options, beyond that as a list; fields name their Regionalbudget as group`, () => {
    for (const f of facets(model)) expect(facetAsList(f), f.key).toBe(false);
    const hf = facets(model).find((x) => x.key === 'hf')!;
    for (const o of hf.options) {
      const rb = model.regionalbudgets.find((r) => r.handlungsfelder.some((h) => fieldParam(model, h) === o.param))!;
      expect(o.groupParam).toBe(rb.id);
      expect(o.group).toBe(rb.data.title);
    }
    // Copies of a Regionalbudget under other ids: the fields pass the limit first, the Regionalbudgets later.
    const withRbs = (n: number) => ({ ...model, regionalbudgets: Array.from({ length: n }, (_, i) => ({ ...ns, id: `rb-${i}`, handlungsfelder: ns.handlungsfelder.map((h) => ({ ...h, regionalbudget: `rb-${i}` })) })) });
    const asList = (n: number) => Object.fromEntries(facets(withRbs(n)).map((f) => [f.key, facetAsList(f)]));
    const perRb = ns.handlungsfelder.length;
    expect(asList(Math.floor(FACET_CHECKBOXES_MAX / perRb))).toMatchObject({ rb: false, hf: false, typ: false });
    expect(asList(Math.floor(FACET_CHECKBOXES_MAX / perRb) + 1)).toMatchObject({ rb: false, hf: true, typ: false });
    expect(asList(FACET_CHECKBOXES_MAX)).toMatchObject({ rb: false, hf: true });
    expect(asList(FACET_CHECKBOXES_MAX + 1)).toMatchObject({ rb: true, hf: true, typ: false, jahr: false });
  });

  it('groups options by their group’s URL value, in order, so that two Regionalbudgets with one title stay apart', () => {
    const o = (param: string, group?: string, groupParam?: string) => ({ param, filter: param, label: param, ...(group && { group }), ...(groupParam && { groupParam }) });
    const groups = optionGroups([o('a', 'Landkreis X', 'x-2022'), o('b', 'Landkreis X', 'x-2023'), o('c', 'Landkreis X', 'x-2022'), o('d', 'Y', 'y')]);
    expect(groups.map((g) => [g.groupParam, g.group, g.options.map((x) => x.param)])).toEqual([
      ['x-2022', 'Landkreis X', ['a', 'c']],
      ['x-2023', 'Landkreis X', ['b']],
      ['y', 'Y', ['d']],
    ]);
    expect(optionGroups([o('1'), o('2')])).toEqual([{ group: undefined, groupParam: undefined, options: [o('1'), o('2')] }]);
    // The real fields: one group per Regionalbudget, in the model's order.
    const hf = facets(model).find((x) => x.key === 'hf')!;
    expect(optionGroups(hf.options).map((g) => g.groupParam)).toEqual(model.regionalbudgets.filter((rb) => rb.handlungsfelder.length > 0).map((rb) => rb.id));
  });

  it('offers exactly the status values that editors recorded', () => {
    const withStatus = structuredClone(ns.measures[0]!.data);
    const fake = { ...model, regionalbudgets: [{ ...ns, measures: [{ ...ns.measures[0]!, data: { ...withStatus, status: { value: 'laufend' as const, asOf: '2024-01-31', source: 'Sachbericht' } } }, ...ns.measures.slice(1)] }] };
    const status = facets(fake).find((x) => x.key === 'status');
    expect(status?.options.map((o) => o.param)).toEqual(['laufend']);
  });
});

describe('type of a page without search metadata', () => {
  it('names programmes, the contact page, overviews and open data; legal pages are notes', () => {
    expect(typeOfPath('/programme/grw-infra/')).toBe('programm');
    expect(typeOfPath('/programme/')).toBe('uebersicht');
    expect(typeOfPath('/')).toBe('uebersicht');
    expect(typeOfPath('/kontakt/')).toBe('kontakt');
    expect(typeOfPath('/daten/')).toBe('daten');
    expect(typeOfPath('/impressum/')).toBe('hinweis');
  });
});

describe('browse pages', () => {
  it(`links every Handlungsfeld from the browse links up to ${BROWSE_FIELD_LINKS_MAX} in all, beyond that the Regionalbudgets`, () => {
    expect(listsEveryField(model)).toBe(true);
    const perRb = ns.handlungsfelder.length;
    const fits = Math.floor(BROWSE_FIELD_LINKS_MAX / perRb);
    const withRbs = (n: number) => ({ ...model, regionalbudgets: Array.from({ length: n }, () => ns) });
    expect(listsEveryField(withRbs(fits))).toBe(true);
    expect(listsEveryField(withRbs(fits + 1))).toBe(false);
  });

  it(`lists every measure on the pages that gather them up to ${MEASURE_LINKS_MAX} (in all, and per Regionalbudget), beyond that counts them`, () => {
    expect(listsEveryMeasure(model)).toBe(true);
    expect(listsMeasuresOf(ns)).toBe(true);
    // One Regionalbudget with n measures, in as few fields as the real one: the field rule alone would list them all.
    const withMeasures = (n: number) => ({ ...ns, measures: Array.from({ length: n }, (_, i) => ns.measures[i % ns.measures.length]!) });
    expect(listsMeasuresOf(withMeasures(MEASURE_LINKS_MAX))).toBe(true);
    expect(listsMeasuresOf(withMeasures(MEASURE_LINKS_MAX + 1))).toBe(false);
    expect(listsEveryMeasure({ ...model, regionalbudgets: [withMeasures(MEASURE_LINKS_MAX)] })).toBe(true);
    expect(listsEveryMeasure({ ...model, regionalbudgets: [withMeasures(MEASURE_LINKS_MAX - 1), withMeasures(2)] })).toBe(false);
    // Too many fields is enough on its own.
    expect(listsEveryMeasure({ ...model, regionalbudgets: Array.from({ length: Math.floor(BROWSE_FIELD_LINKS_MAX / ns.handlungsfelder.length) + 1 }, () => withMeasures(1)) })).toBe(false);
  });

  it('lists every measure with money or quarters in a year, with that year’s amount', () => {
    expect(browseYears(model)).toEqual([2022, 2023, 2024, 2025]);
    const rows = measuresInYear(model, 2024);
    const gfm = rows.find((r) => r.measure.slug === 'gewerbeflaechenmarketing')!;
    expect(gfm.amount).toBe(3_500_000);
    expect(gfm.quarters).toEqual([1, 2, 3, 4]);
    expect(rows.every((r) => measureYears(r.measure).includes(2024))).toBe(true);
    expect(yearBrowseUrl(2024)).toBe('/massnahmen/jahr/2024/');
    expect(fieldBrowseUrl(ns.handlungsfelder[0]!)).toBe('/massnahmen/handlungsfeld/nordsachsen-2022/attraktiver-wirtschaftsstandort/');
  });
});

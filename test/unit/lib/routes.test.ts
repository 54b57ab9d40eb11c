/** The fixed routes in src/lib/routes.ts are exactly the pages in src/pages without parameters. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderOf, PLACES } from '../../../src/lib/data/layout.ts';
import { RESERVED_TREES, STATIC_ROUTES, normaliseSitePath, reservedTreeOf, urlOf } from '../../../src/lib/routes.ts';
import { ROOT } from '../../helpers/site.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** "src/pages/impressum.astro" → "/impressum/", "src/pages/robots.txt.ts" → "/robots.txt", "404.astro" → "/404.html". */
function routeOf(file: string): string {
  const path = relative(join(ROOT, 'src/pages'), file).split(sep).join('/');
  if (path === '404.astro') return '/404.html';
  if (/\.[a-z]+\.ts$/.test(path)) return `/${path.replace(/\.ts$/, '')}`;
  const page = path.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return page === '' ? '/' : `/${page}/`;
}

const pages = files(join(ROOT, 'src/pages'));

describe('STATIC_ROUTES', () => {
  it('lists every page of src/pages without parameters, with its file', () => {
    for (const file of pages.filter((f) => !f.includes('['))) {
      expect(STATIC_ROUTES[routeOf(file)], routeOf(file)).toBe(relative(ROOT, file).split(sep).join('/'));
    }
  });

  it('names only files that exist', () => {
    for (const [route, file] of Object.entries(STATIC_ROUTES)) expect(existsSync(join(ROOT, file)), `${route}: ${file}`).toBe(true);
  });

  it('reserves the folder of every page with parameters that the model does not name one by one', () => {
    // Pages of collections (/regionalbudgets/<id>/…, /projekte/<slug>/ …) are reserved address by address
    // from the model; the other parameter pages lie in a reserved folder.
    // So are the news list's later pages (/aktuelles/seite/<n>/, address-checks.ts).
    const collections = /^\/(regionalbudgets|projekte|programme|aktuelles)\/(seite\/)?\[/;
    for (const file of pages.filter((f) => f.includes('['))) {
      const route = routeOf(file);
      if (collections.test(route)) continue;
      expect(Object.keys(RESERVED_TREES).some((tree) => route.startsWith(tree)), route).toBe(true);
    }
  });
});

describe('urlOf', () => {
  it('puts the files the build writes by itself into their reserved folders', () => {
    expect(reservedTreeOf(urlOf.shareImage.regionalbudget('rb'))).toBe('/og/');
    expect(reservedTreeOf(urlOf.shareImage.measure('rb', 'm'))).toBe('/og/');
    expect(reservedTreeOf(urlOf.shareImage.page('/aktuelles/x/'))).toBe('/og/');
    expect(urlOf.shareImage.regionalbudget('rb')).toBe('/og/regionalbudgets/rb.png');
    for (const file of ['budget.csv', 'budget.json', 'zeitplan.csv', 'zeitplan.json'] as const) expect(reservedTreeOf(urlOf.openData('rb', file))).toBe('/daten/');
    expect(reservedTreeOf(urlOf.allMeasuresData('csv'))).toBe('/daten/');
    expect(reservedTreeOf(urlOf.schema('daten-budget.schema.json'))).toBe('/schemas/');
    expect(reservedTreeOf(urlOf.browseField('rb', 'hf'))).toBe('/massnahmen/');
    expect(reservedTreeOf(urlOf.browseYear(2024))).toBe('/massnahmen/');
  });

  it('names the fixed routes exactly as STATIC_ROUTES lists them', () => {
    for (const fixed of [urlOf.newsFeed(), urlOf.dataCatalogue(), urlOf.browseAll(), urlOf.easyLanguage('rb').split('#')[0] ?? '']) {
      expect(STATIC_ROUTES[fixed], fixed).toBeDefined();
    }
  });

  it('keeps the measures, short links and feed of a Regionalbudget below its address', () => {
    const rb = urlOf.regionalbudget('nordsachsen-2022');
    expect(urlOf.measures('nordsachsen-2022')).toBe(`${rb}massnahmen/`);
    expect(urlOf.measure('nordsachsen-2022', 'radweg')).toBe('/regionalbudgets/nordsachsen-2022/massnahmen/radweg/');
    expect(urlOf.shortLink('nordsachsen-2022', 7)).toBe('/regionalbudgets/nordsachsen-2022/massnahmen/7/');
    expect(urlOf.regionalbudgetFeed('nordsachsen-2022').startsWith(rb)).toBe(true);
    expect(urlOf.handlungsfeld('nordsachsen-2022', 'wirtschaft').startsWith(rb)).toBe(true);
  });

  it('builds page addresses that are already in their comparable form', () => {
    for (const url of [urlOf.regionalbudget('a'), urlOf.measure('a', 'b'), urlOf.handlungsfeld('a', 'c'), urlOf.programme('p'), urlOf.project('p'), urlOf.news('n')]) {
      expect(normaliseSitePath(url)).toBe(url);
    }
  });
});

describe('folderOf', () => {
  it('names the folder of a place for messages, with the parent ids filled in', () => {
    expect(folderOf(PLACES.massnahmen, 'nordsachsen-2022')).toBe('content/regionalbudgets/nordsachsen-2022/massnahmen/');
    expect(folderOf(PLACES.handlungsfelder, 'x')).toBe('content/regionalbudgets/x/handlungsfelder/');
    expect(folderOf(PLACES.projekte)).toBe('content/projekte/');
    expect(folderOf(PLACES.programme)).toBe('content/programme/');
  });
});

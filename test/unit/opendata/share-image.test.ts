import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRepo } from '../../../src/lib/io/validate-repo.ts';
import { shareCardOf, shareCards, shareImageAlt } from '../../../src/lib/share-image/cards.ts';
import { compactTerm, ogPathOfPage } from '../../../src/lib/share-image/page-cards.ts';
import { fontMetrics, textWidth } from '../../../src/lib/share-image/font-metrics.ts';
import { cardSvg, ellipsize, layoutTitle, wrap } from '../../../src/lib/share-image/svg.ts';
import { STATIC_ROUTES } from '../../../src/lib/routes.ts';
import { browseYears, fieldBrowseUrl, yearBrowseUrl } from '../../../src/lib/search/browse.ts';
import { ROOT } from '../../helpers/site.ts';

const FONTS = join(ROOT, 'node_modules/@expo-google-fonts/noto-sans');
const fonts = {
  regular: fontMetrics(readFileSync(join(FONTS, '400Regular/NotoSans_400Regular.ttf'))),
  bold: fontMetrics(readFileSync(join(FONTS, '700Bold/NotoSans_700Bold.ttf'))),
};

describe('font metrics', () => {
  it('reads advance widths from Noto Sans', () => {
    expect(fonts.regular.unitsPerEm).toBe(1000);
    expect(textWidth(fonts.regular, 'W', 100)).toBeGreaterThan(textWidth(fonts.regular, 'i', 100) * 2);
    expect(textWidth(fonts.bold, 'Maßnahme', 40)).toBeGreaterThan(textWidth(fonts.regular, 'Maßnahme', 40));
    expect(textWidth(fonts.regular, 'ä€„“', 10)).toBeGreaterThan(0);
  });
});

describe('layout', () => {
  const measure = (s: string) => s.length * 10;
  it('wraps at word boundaries and breaks over-long words', () => {
    expect(wrap('aa bb cc', 50, measure)).toEqual(['aa bb', 'cc']);
    expect(wrap('abcdefghij', 40, measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(ellipsize('abcdefghij', 50, measure)).toBe('abcd…');
  });
  it('shrinks a long title and never exceeds four lines', () => {
    expect(layoutTitle('Kurz', fonts)).toEqual({ size: 64, lines: ['Kurz'] });
    const long = layoutTitle('Begleitende Unterstützung bei der Projektumsetzung '.repeat(6), fonts);
    expect(long.lines.length).toBeLessThanOrEqual(4);
    expect(long.lines.at(-1)).toMatch(/…$/);
  });
});

describe('cards', () => {
  const model = validateRepo(ROOT).model;
  if (!model) throw new Error('Inhalte ungültig');
  it('has one card per Regionalbudget and measure at the paths the pages use', () => {
    const cards = shareCards(model);
    for (const rb of model.regionalbudgets) {
      expect(cards.filter((c) => c.pagePath === rb.url)).toHaveLength(1);
      for (const m of rb.measures) expect(cards.filter((c) => c.pagePath === m.url), m.url).toHaveLength(1);
    }
    expect(cards.map((c) => c.path)).toContain('/og/regionalbudgets/nordsachsen-2022/ansiedlungskampagne.png');
    expect(cards.map((c) => c.path)).toContain('/og/regionalbudgets/leipzig-2022.png');
    const m1 = cards.find((c) => c.pagePath === '/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/');
    expect(m1?.figures.map((f) => f.value)).toEqual(['47.500\u00a0€', 'III/2022 – II/2025']);
    expect(m1?.kicker).toBe('Maßnahme 1 · Regionalbudget Landkreis Nordsachsen');
    const leipzig = cards.find((c) => c.path === '/og/regionalbudgets/leipzig-2022.png');
    expect(leipzig?.figures[0]).toEqual({ label: 'Gesamtbudget', value: '558.655,42\u00a0€' });
    expect(leipzig?.figures[1]).toEqual({ label: 'Laufzeit', value: 'bis 30.06.2025' });
    expect(leipzig?.figures[2]).toEqual({ label: 'Förderung genehmigt', value: '07/2022–06/2025' });
    // Two conflicting terms: both, each under the source's name, never one of them alone.
    const ns = cards.find((c) => c.path === '/og/regionalbudgets/nordsachsen-2022.png');
    expect(ns?.figures.slice(1)).toEqual([
      { label: 'Geplante Laufzeit', value: '01.09.2022–31.08.2025' },
      { label: 'Bewilligungszeitraum', value: '01.01.2023–31.12.2025' },
    ]);
  });
  it('has a card for every page type, each image path used once', () => {
    const cards = shareCards(model);
    const htmlRoutes = Object.entries(STATIC_ROUTES).filter(([path, file]) => file.endsWith('.astro') && path !== '/404/').map(([path]) => path);
    const pages = [
      ...htmlRoutes,
      ...model.regionalbudgets.flatMap((rb) => rb.handlungsfelder.flatMap((h) => [h.url, fieldBrowseUrl(h)])),
      ...browseYears(model).map(yearBrowseUrl),
      ...model.projects.map((p) => p.url),
      ...[...model.programmes.values()].map((p) => p.url),
      ...model.news.map((n) => n.url),
    ];
    for (const path of pages) expect(shareCardOf(model, path)?.pagePath, path).toBe(path);
    expect(shareCardOf(model, '/404/')?.pagePath).toBe('/404.html');
    expect(shareCardOf(model, '/gibt-es-nicht/')).toBeUndefined();
    expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
    expect(new Set(cards.map((c) => c.pagePath)).size).toBe(cards.length);
  });

  it('shows figures the model states, exactly', () => {
    const home = shareCardOf(model, '/');
    expect(home?.figures).toEqual([
      { label: 'Dokumentierte Budgets', value: '1.683.655,42\u00a0€' },
      { label: 'Regionalbudgets', value: '2' },
      { label: 'Maßnahmen', value: String(model.regionalbudgets.reduce((n, rb) => n + rb.measures.length, 0)) },
    ]);
    const field = shareCardOf(model, '/regionalbudgets/nordsachsen-2022/handlungsfelder/attraktiver-wirtschaftsstandort/');
    expect(field?.title).toBe('Attraktiver Wirtschaftsstandort');
    // Nordsachsen states two terms: neither is shown alone.
    expect(field?.figures).toEqual([{ label: 'Budget gesamt', value: '467.500\u00a0€' }, { label: 'Maßnahmen', value: '9' }]);
    // Leipzig's sources assign no measure to a Themenbereich: said so, not "0".
    expect(shareCardOf(model, '/regionalbudgets/leipzig-2022/handlungsfelder/liebenswerte-orte/')?.figures).toEqual([
      { label: 'Budget gesamt', value: 'nicht angegeben' },
      { label: 'Maßnahmen', value: 'keine zugeordnet' },
    ]);
    // A term the source leaves open at one end is said so, not completed.
    expect(shareCardOf(model, '/projekte/region-der-mitte/')?.figures[0]).toEqual({ label: 'Laufzeit', value: 'ab 11/2021' });
    const news = shareCardOf(model, '/aktuelles/treffen-wirtschaftsfoerderungen-22-maerz/');
    expect(news?.figures[0]).toEqual({ label: 'Datum', value: '22. März (ohne Jahr)' });
  });

  it('describes each card in its alternative text', () => {
    const card = { path: '/og/x.png', pagePath: '/x/', kicker: 'Projekt · Leipzig', title: 'Titel', figures: [{ label: 'Volumen', value: '1\u00a0€' }, { label: 'Laufzeit', value: 'ab 2021' }], siteName: 'P', host: 'h' };
    expect(shareImageAlt(card)).toBe('Projekt · Leipzig: Titel – Volumen: 1\u00a0€, Laufzeit: ab 2021');
    expect(shareImageAlt({ ...card, figures: [] })).toBe('Projekt · Leipzig: Titel');
  });

  it('derives page image paths from page addresses', () => {
    expect(ogPathOfPage('/')).toBe('/og/index.png');
    expect(ogPathOfPage('/aktuelles/x/')).toBe('/og/aktuelles/x.png');
    expect(ogPathOfPage('/404.html')).toBe('/og/404.png');
  });

  it('renders escaped text into a 1200 × 630 SVG', () => {
    const svg = cardSvg({ path: '/og/x.png', pagePath: '/x/', kicker: 'K & <k>', title: 'Titel „A & B“', figures: [{ label: 'Budget', value: '1 €' }], siteName: 'Portal', host: 'x.example' }, fonts);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('Titel „A &amp; B“');
    expect(svg).toContain('K &amp; &lt;k&gt;');
    expect(svg).toContain('font-family="Noto Sans"');
  });
  it('formats terms compactly without guessing a missing start', () => {
    expect(compactTerm({ start: '2022-09-01', end: '2025-08-31' })).toBe('01.09.2022 – 31.08.2025');
    expect(compactTerm({ end: '2025-06-30' })).toBe('bis 30.06.2025');
    expect(compactTerm({ start: '2022-07' })).toBe('ab 07/2022');
  });
});

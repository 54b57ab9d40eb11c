/**
 * Share images of the pages that are neither a Regionalbudget nor a measure (those are in cards.ts): the home
 * page, the overviews, Handlungsfelder, projects, programmes, news, contact, open data, search and the legal
 * pages. Each card shows the page's own heading and only figures the page states, taken from the model.
 * test/build/share-images.test.ts compares every card with its built page.
 */
import type { Handlungsfeld, Model, Regionalbudget } from '../data/model.ts';
import { documentedTotal } from '../data/lookups.ts';
import { isAccompanying } from '../fields.ts';
import { formatDate, formatEuro, formatNumber } from '../format.ts';
import { sumCents } from '../money.ts';
import { browseYears, browsesUnassigned, fieldBrowseUrl, measuresInYear, unassignedOf, yearBrowseUrl } from '../search/browse.ts';
import { rangeTextShort, termsOf } from '../terms.ts';
import type { ShareCard } from './svg.ts';
import { urlOf } from '../routes.ts';

type Figure = ShareCard['figures'][number];

export const ogPathOfPage = urlOf.shareImage.page;

/** "2022-09-01" → "01.09.2022", "2022-07" → "07/2022", "2025" → "2025". */
export function compactDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return `${d}.${m}.${y}`;
  if (m) return `${m}/${y}`;
  return y ?? value;
}

/** Only what the source gives: "01.09.2022 – 31.08.2025", "bis 30.06.2025", "ab 07/2022". */
export function compactTerm(term: { start?: string | undefined; end?: string | undefined }): string {
  if (term.start && term.end) return `${compactDate(term.start)} – ${compactDate(term.end)}`;
  if (term.end) return `bis ${compactDate(term.end)}`;
  if (term.start) return `ab ${compactDate(term.start)}`;
  return 'nicht angegeben';
}

export function cardFrame(model: Model): Pick<ShareCard, 'siteName' | 'host'> {
  return { siteName: model.site.name, host: new URL(model.site.baseUrl).host };
}

function card(model: Model, pagePath: string, kicker: string, title: string, figures: (Figure | false | undefined)[] = []): ShareCard {
  const shown = figures.filter((f): f is Figure => Boolean(f)).slice(0, 3);
  return { path: ogPathOfPage(pagePath), pagePath, kicker, title, figures: shown, ...cardFrame(model) };
}

const count = (label: string, n: number): Figure => ({ label, value: formatNumber(n) });

function fieldCards(model: Model, rb: Regionalbudget, field: Handlungsfeld): ShareCard[] {
  const label = isAccompanying(field) ? 'Begleitende Maßnahmen' : rb.data.fieldLabel;
  const terms = termsOf(rb.data);
  const single = terms.length === 1 ? terms[0] : undefined;
  const total: Figure = { label: 'Budget gesamt', value: rb.budget ? formatEuro(field.total) : 'nicht angegeben' };
  // "0" alone would read as "this field has no measures"; the source only does not assign them.
  const measures: Figure = field.measures.length > 0 ? count('Maßnahmen', field.measures.length) : { label: 'Maßnahmen', value: 'keine zugeordnet' };
  return [
    card(model, field.url, `${label} · ${rb.data.title}`, field.data.title, [total, measures, single && { label: single.label, value: rangeTextShort(single) }]),
    card(model, fieldBrowseUrl(field), `Alle Maßnahmen · ${rb.data.title}`, `Maßnahmen: ${field.data.title}`, [
      measures,
      rb.budget && field.measures.length > 0 && { label: 'Budget zusammen', value: formatEuro(field.total) },
    ]),
  ];
}

/** The list of a Regionalbudget's measures without a Handlungsfeld, where it has pages of its own. */
function unassignedCards(model: Model): ShareCard[] {
  return model.regionalbudgets
    .filter(browsesUnassigned)
    .map((rb) => card(model, urlOf.browseUnassigned(rb.id), `Alle Maßnahmen · ${rb.data.title}`, 'Maßnahmen ohne Zuordnung', [count('Maßnahmen', unassignedOf(rb).length)]));
}

function newsCards(model: Model): ShareCard[] {
  return model.news.map((n) => {
    const d = n.data;
    const date = d.date ? `${formatDate(d.date)}${d.date.startsWith('--') ? ' (ohne Jahr)' : ''}` : 'nicht angegeben';
    // The source's title would be cut on the card; the page names it.
    return card(model, n.url, 'Aktuelles', d.title, [{ label: 'Datum', value: date }]);
  });
}

function projectCards(model: Model): ShareCard[] {
  return model.projects.map((p) => {
    const d = p.data;
    const programme = d.programme ? model.programmes.get(d.programme) : undefined;
    return card(model, p.url, `Projekt · ${d.region}`, d.title, [
      { label: 'Laufzeit', value: compactTerm(d.period) },
      p.volume && { label: 'Volumen', value: `${p.volume.approximate ? 'rund ' : ''}${formatEuro(p.volume.cents)}` },
      programme && { label: 'Förderprogramm', value: programme.data.shortTitle ?? programme.data.title },
    ]);
  });
}

function programmeCards(model: Model): ShareCard[] {
  return [...model.programmes.values()].map((p) => {
    const used =
      model.regionalbudgets.filter((rb) => rb.data.programme === p.id).length +
      model.projects.filter((pr) => pr.data.programme === p.id || pr.data.predecessorProgramme === p.id).length;
    // A long funder name would be cut on the card (the page names it).
    const funder = p.data.funder.length <= 40 && { label: 'Fördermittelgeber', value: p.data.funder };
    return card(model, p.url, `Förderprogramm · Ebene: ${p.data.level}`, p.data.title, [funder, used > 0 && count('Vorhaben im Portal', used)]);
  });
}

/** Cards of the fixed pages (src/lib/routes.ts → STATIC_ROUTES); the titles are the pages' headings. */
function staticCards(model: Model): ShareCard[] {
  const measures = model.regionalbudgets.reduce((n, rb) => n + rb.measures.length, 0);
  const money = sumCents(model.regionalbudgets.map((rb) => documentedTotal(rb)?.cents ?? 0));
  const rbs = count('Regionalbudgets', model.regionalbudgets.length);
  const newest = model.news.find((n) => n.data.date && !n.data.date.startsWith('--'))?.data.date;
  return [
    card(model, '/', 'Startseite', 'Regionalbudgets in Sachsen – offen dokumentiert', [{ label: 'Dokumentierte Budgets', value: formatEuro(money) }, rbs, count('Maßnahmen', measures)]),
    card(model, '/regionalbudgets/', 'Überblick', 'Regionalbudgets', [rbs, count('Maßnahmen', measures)]),
    card(model, '/massnahmen/', 'Überblick', 'Alle Maßnahmen', [count('Maßnahmen', measures), rbs]),
    card(model, '/projekte/', 'Überblick', 'Projekte der Regionalentwicklung', [count('Projekte', model.projects.length)]),
    card(model, '/programme/', 'Überblick', 'Förderprogramme', [count('Förderprogramme', model.programmes.size)]),
    card(model, '/aktuelles/', 'Überblick', 'Aktuelles', [count('Meldungen', model.news.length), newest ? { label: 'Neueste Meldung', value: formatDate(newest) } : false]),
    card(model, '/kontakt/', 'Ansprechpersonen und Redaktion', 'Kontakt', [count('Ansprechpersonen', model.contacts.size)]),
    // The licence's name needs the card's whole width.
    card(model, '/daten/', 'CSV und JSON', 'Offene Daten', [{ label: 'Lizenz', value: model.site.license.name }]),
    card(model, '/suche/', 'Regionalbudgets, Maßnahmen, Projekte und Meldungen durchsuchen', 'Suche', [count('Maßnahmen', measures), count('Projekte', model.projects.length), count('Meldungen', model.news.length)]),
    card(model, '/leichte-sprache/', 'Das Portal in einfachen Worten', 'Leichte Sprache'),
    card(model, '/impressum/', 'Rechtliche Angaben', 'Impressum'),
    card(model, '/datenschutz/', 'Rechtliche Angaben', 'Datenschutzerklärung'),
    card(model, '/barrierefreiheit/', 'Rechtliche Angaben', 'Erklärung zur Barrierefreiheit'),
    card(model, '/404.html', 'Fehler 404', 'Seite nicht gefunden'),
  ];
}

function yearCards(model: Model): ShareCard[] {
  return browseYears(model).map((year) => {
    const rows = measuresInYear(model, year);
    return card(model, yearBrowseUrl(year), 'Alle Maßnahmen', `Maßnahmen im Jahr ${year}`, [count('Maßnahmen', rows.length), count('Regionalbudgets', new Set(rows.map((r) => r.rb.id)).size)]);
  });
}

export function pageCards(model: Model): ShareCard[] {
  return [
    ...staticCards(model),
    ...model.regionalbudgets.flatMap((rb) => rb.handlungsfelder.flatMap((field) => fieldCards(model, rb, field))),
    ...unassignedCards(model),
    ...yearCards(model),
    ...projectCards(model),
    ...programmeCards(model),
    ...newsCards(model),
  ];
}

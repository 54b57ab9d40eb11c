/**
 * The DCAT-AP.de catalogue of the open data as JSON-LD: one catalogue, one dataset per Regionalbudget
 * (budget plan and schedule as CSV and JSON) and one for the table of all measures. Conventions of the
 * DCAT-AP.de Konventionenhandbuch 2.0 this follows are named where they apply (K01 … K39).
 */
import { contactEmail, publisherEmail, publisherName } from '../site-identity.ts';
import { termSummary, termsOf } from '../terms.ts';
import type { Model, Regionalbudget } from '../data/model.ts';
import type { DataFile } from './files.ts';
import { attribution } from './files.ts';

export const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  adms: 'http://www.w3.org/ns/adms#',
} as const;

export const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
export const DATA_THEME = 'http://publications.europa.eu/resource/authority/data-theme/';
export const LICENCES = 'http://dcat-ap.de/def/licenses/';
const IANA = 'http://www.iana.org/assignments/media-types/';

/**
 * Amtliche Kreisschlüssel (Destatis) of the counties the Regionalbudgets cover, for dct:spatial and
 * dcatde:politicalGeocodingURI (K08, K11). A region not listed gets a text description (K10).
 */
export const DISTRICT_KEYS: Readonly<Record<string, string>> = {
  'Landkreis Leipzig': '14729',
  'Landkreis Nordsachsen': '14730',
};

type Node = Record<string, unknown>;
const iri = (id: string): Node => ({ '@id': id });

/** A partial date as a typed literal: xsd:date, xsd:gYearMonth or xsd:gYear. */
export function dateLiteral(value: string): Node {
  const type = value.length === 10 ? 'xsd:date' : value.length === 7 ? 'xsd:gYearMonth' : 'xsd:gYear';
  return { '@value': value, '@type': type };
}

export interface DcatInput {
  model: Model;
  files: readonly DataFile[];
  /** Newest git date per source file list; undefined where unknown (shallow clone). */
  modified: (files: string[]) => string | undefined;
  /** Oldest git date per source file list; undefined where unknown. */
  issued: (files: string[]) => string | undefined;
}

function publisher(model: Model): Node {
  // K36: the organisation that publishes the data in the legal sense, i.e. grants the licence: the site operator.
  // A placeholder operator is marked as such (name) and its address left out, never stated as a fact.
  const email = publisherEmail(model.site);
  return { '@id': `${model.site.baseUrl}/impressum/#herausgeber`, '@type': 'foaf:Organization', 'foaf:name': publisherName(model.site), ...(email && { 'foaf:mbox': iri(`mailto:${email}`) }), 'foaf:homepage': iri(`${model.site.baseUrl}/`) };
}

function contactPoint(model: Model): Node {
  // K01: at least an e-mail address (vcard:hasEmail) or a contact form (vcard:hasURL).
  const email = contactEmail(model.site);
  return { '@type': 'vcard:Organization', 'vcard:fn': `Redaktion ${model.site.name}`, ...(email && { 'vcard:hasEmail': iri(`mailto:${email}`) }), 'vcard:hasURL': iri(`${model.site.baseUrl}/kontakt/`) };
}

function distribution(input: DcatInput, file: DataFile, dates: { issued?: string | undefined; modified?: string | undefined }): Node {
  const { model } = input;
  const url = `${model.site.baseUrl}${file.path}`;
  return {
    '@id': `${model.site.baseUrl}/daten/#${file.path.replace(/^\/daten\//, '').replace(/[/.]/g, '-')}`,
    '@type': 'dcat:Distribution',
    'dct:title': file.title,
    'dct:description': file.description,
    // K39: data published only as a direct download: the file's URL is both accessURL and downloadURL.
    'dcat:accessURL': iri(url),
    'dcat:downloadURL': iri(url),
    // K31: format from the EU "File Type" vocabulary.
    'dct:format': iri(`${FILE_TYPE}${file.format}`),
    'dcat:mediaType': iri(`${IANA}${file.format === 'CSV' ? 'text/csv' : 'application/json'}`),
    // K32: a licence from the DCAT-AP.de licence list on every distribution; K35: the attribution text.
    'dct:license': iri(`${LICENCES}${model.site.license.id}`),
    'dcatde:licenseAttributionByText': attribution(model, url),
    'dct:conformsTo': iri(`${model.site.baseUrl}${file.schema}`),
    'dcat:byteSize': { '@value': String(Buffer.byteLength(file.body, 'utf8')), '@type': 'xsd:decimal' },
    'adms:status': iri('http://purl.org/adms/status/Completed'),
    ...(dates.issued && { 'dct:issued': dateLiteral(dates.issued) }),
    ...(dates.modified && { 'dct:modified': dateLiteral(dates.modified) }),
  };
}

function spatial(rb: Regionalbudget): Node {
  const key = DISTRICT_KEYS[rb.data.region];
  if (!key) return { 'dcatde:geocodingDescription': rb.data.region };
  const uri = `http://dcat-ap.de/def/politicalGeocoding/districtKey/${key}`;
  return {
    'dct:spatial': iri(uri),
    'dcatde:politicalGeocodingURI': iri(uri),
    'dcatde:politicalGeocodingLevelURI': iri('http://dcat-ap.de/def/politicalGeocoding/Level/administrativeDistrict'),
    'dcatde:geocodingDescription': rb.data.region,
  };
}

function combinedSpatial(rbs: readonly Regionalbudget[]): Node {
  const regions = [...new Set(rbs.map((rb) => rb.data.region))];
  const keys = regions.map((r) => DISTRICT_KEYS[r]).filter((k): k is string => k !== undefined);
  const uris = keys.map((k) => iri(`http://dcat-ap.de/def/politicalGeocoding/districtKey/${k}`));
  return {
    ...(uris.length > 0 && { 'dct:spatial': uris, 'dcatde:politicalGeocodingURI': uris, 'dcatde:politicalGeocodingLevelURI': iri('http://dcat-ap.de/def/politicalGeocoding/Level/administrativeDistrict') }),
    'dcatde:geocodingDescription': regions.join(', '),
  };
}

function temporal(period: { start?: string | undefined; end?: string | undefined }): Node | undefined {
  // K38: a period of time has a start or an end date (a missing one stays missing).
  if (!period.start && !period.end) return undefined;
  return { '@type': 'dct:PeriodOfTime', ...(period.start && { 'dcat:startDate': dateLiteral(period.start) }), ...(period.end && { 'dcat:endDate': dateLiteral(period.end) }) };
}

function sourcesOf(rb: Regionalbudget): string[] {
  return [rb.file, ...(rb.budget ? [rb.budget.file] : []), ...(rb.schedule ? [rb.schedule.file] : [])];
}

/** The span that covers every term the sources state (DCAT has one period per dataset; the description names each). */
function termSpan(rb: Regionalbudget): { start?: string | undefined; end?: string | undefined } {
  const terms = termsOf(rb.data);
  const starts = terms.map((t) => t.start);
  const known = starts.filter((x): x is string => x !== undefined).sort();
  return { start: known.length === starts.length ? known[0] : undefined, end: terms.map((t) => t.end).sort().at(-1) };
}

export function dcatCatalog(input: DcatInput): Node {
  const { model, files } = input;
  const base = model.site.baseUrl;
  const common = {
    'dct:publisher': publisher(model),
    'dcat:contactPoint': contactPoint(model),
    'dct:license': iri(`${LICENCES}${model.site.license.id}`),
    'dct:language': iri('http://publications.europa.eu/resource/authority/language/DEU'),
  };
  const datasets = model.regionalbudgets.map((rb): Node => {
    const sources = sourcesOf(rb);
    const dates = { issued: input.issued(sources), modified: input.modified(sources) };
    const programme = model.programmes.get(rb.data.programme);
    const t = temporal(termSpan(rb));
    return {
      '@id': `${base}/daten/#${rb.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${base}/daten/#${rb.id}`,
      'dct:title': `Budgetplan und Zeitplan: ${rb.data.title}`,
      'dct:description': `${rb.data.summary} Der Datensatz enthält ${rb.budget ? 'den Budgetplan je Maßnahme und Jahr' : 'die Maßnahmen (die Quelle enthält keinen Budgetplan je Maßnahme)'} und ${rb.schedule ? 'den Zeitplan je Maßnahme und Quartal' : 'keinen Zeitplan (die Quelle enthält keinen)'}, jeweils als CSV und JSON. Zeitraum laut Quellen: ${termSummary(rb.data)}.`,
      ...common,
      'dcat:keyword': [...new Set(['Regionalbudget', 'Regionalentwicklung', 'Budgetplan', 'Zeitplan', rb.data.region, ...(programme ? [programme.data.shortTitle ?? programme.data.title] : []), ...rb.handlungsfelder.map((h) => h.data.title)])],
      'dcat:theme': [iri(`${DATA_THEME}REGI`), iri(`${DATA_THEME}ECON`)],
      ...spatial(rb),
      ...(t && { 'dct:temporal': t }),
      'dcat:landingPage': iri(`${base}${rb.url}`),
      ...(dates.issued && { 'dct:issued': dateLiteral(dates.issued) }),
      ...(dates.modified && { 'dct:modified': dateLiteral(dates.modified) }),
      'dcat:distribution': files.filter((f) => f.regionalbudget === rb.id).map((f) => distribution(input, f, dates)),
    };
  });
  const allSources = model.regionalbudgets.flatMap(sourcesOf);
  const allDates = { issued: input.issued(allSources), modified: input.modified(allSources) };
  const periods = model.regionalbudgets.map(termSpan);
  const starts = periods.map((p) => p.start).filter((s): s is string => s !== undefined).sort();
  const ends = periods.map((p) => p.end).filter((s): s is string => s !== undefined).sort();
  const allTemporal = temporal({ start: starts.length === periods.length ? starts[0] : undefined, end: ends.at(-1) });
  datasets.push({
    '@id': `${base}/daten/#massnahmen`,
    '@type': 'dcat:Dataset',
    'dct:identifier': `${base}/daten/#massnahmen`,
    'dct:title': 'Maßnahmen aller Regionalbudgets mit Budget je Jahr',
    'dct:description': 'Alle Maßnahmen aller Regionalbudgets des Portals in einer Tabelle: eine Zeile je Maßnahme und Jahr des Budgetplans mit dem Betrag in Euro. Maßnahmen ohne Budgetplan in der Quelle stehen in einer Zeile ohne Jahr und Betrag.',
    ...common,
    'dcat:keyword': ['Regionalbudget', 'Regionalentwicklung', 'Budgetplan', 'Sachsen', ...model.regionalbudgets.map((rb) => rb.data.region)],
    'dcat:theme': [iri(`${DATA_THEME}REGI`), iri(`${DATA_THEME}ECON`)],
    ...combinedSpatial(model.regionalbudgets),
    ...(allTemporal && { 'dct:temporal': allTemporal }),
    'dcat:landingPage': iri(`${base}/daten/`),
    ...(allDates.issued && { 'dct:issued': dateLiteral(allDates.issued) }),
    ...(allDates.modified && { 'dct:modified': dateLiteral(allDates.modified) }),
    'dcat:distribution': files.filter((f) => f.regionalbudget === undefined).map((f) => distribution(input, f, allDates)),
  });
  return {
    '@context': CONTEXT,
    '@id': `${base}/daten/#katalog`,
    '@type': 'dcat:Catalog',
    'dct:title': `${model.site.name} – Offene Daten`,
    'dct:description': `Budgetpläne, Zeitpläne und Maßnahmen der Regionalbudgets sächsischer Landkreise, wie sie das ${model.site.name} dokumentiert, als CSV und JSON unter der ${model.site.license.name}.`,
    'dct:publisher': publisher(model),
    'foaf:homepage': iri(`${base}/daten/`),
    'dct:language': iri('http://publications.europa.eu/resource/authority/language/DEU'),
    'dct:license': iri(`${LICENCES}${model.site.license.id}`),
    'dcat:themeTaxonomy': iri('http://publications.europa.eu/resource/authority/data-theme'),
    ...(allDates.issued && { 'dct:issued': dateLiteral(allDates.issued) }),
    ...(allDates.modified && { 'dct:modified': dateLiteral(allDates.modified) }),
    'dcat:dataset': datasets,
  };
}

/**
 * The open-data files: their paths, formats and contents, built from the model. Endpoints serve these
 * bodies unchanged, the catalogue describes them (with their byte sizes) and the tests read them back.
 */
import type { Model, Regionalbudget } from '../data/model.ts';
import { contactEmail, isPlaceholder, publisherName } from '../site-identity.ts';
import { conflictsOf } from '../data/conflicts.ts';
import { groupingText } from '../fields.ts';
import { termSummary, termsOf } from '../terms.ts';
import { centsToEuros } from '../money.ts';
import { compressQuarters, quarterKey } from '../quarters.ts';
import { urlOf } from '../routes.ts';
import type { BudgetJson, Licence, MeasuresJson, OpenDataHeader, ScheduleJson } from './schemas.ts';
import { allMeasureYearRows, measureGroup, measureYearCsv, measureYearRowJson, measureYearRows, MEASURE_YEAR_HEADER, scheduleCsv, scheduleRows } from './rows.ts';

export type DataFormat = 'CSV' | 'JSON';
export type DataKind = 'massnahmen' | 'budget' | 'zeitplan';

export interface DataFile {
  /** Site path, e.g. "/daten/nordsachsen-2022/budget.csv". */
  path: string;
  kind: DataKind;
  format: DataFormat;
  mediaType: string;
  /** Undefined for the site-wide table. */
  regionalbudget?: string;
  title: string;
  description: string;
  /** Site path of the JSON Schema the file (or one CSV record) conforms to. */
  schema: string;
  body: string;
}

export const MEDIA_TYPE: Record<DataFormat, string> = { CSV: 'text/csv; charset=utf-8', JSON: 'application/json; charset=utf-8' };

export function licenceOf(model: Model): Licence {
  const { site } = model;
  return {
    id: site.license.id,
    name: site.license.name,
    url: site.license.url,
    uri: `http://dcat-ap.de/def/licenses/${site.license.id}`,
    namensnennung: attribution(model, `${site.baseUrl}/daten/`),
  };
}

/** The source note the licence asks for: provider, licence with its address, and the data's URI. */
export function attribution(model: Model, uri: string): string {
  const { site } = model;
  return `${publisherName(site)}, ${site.license.name} (${site.license.url.replace(/^https?:\/\//, '')}), ${uri}`;
}

function header(model: Model, schema: string): OpenDataHeader {
  const email = contactEmail(model.site);
  return {
    $schema: `${model.site.baseUrl}${schema}`,
    lizenz: licenceOf(model),
    // A placeholder operator is marked (vorschau: true), its address left out.
    herausgeber: { name: publisherName(model.site), email: email ?? null, url: model.site.baseUrl, vorschau: isPlaceholder(model.site, 'publisher') },
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const amounts = (byYear: ReadonlyMap<number, number>, years: readonly number[]) => years.map((jahr) => ({ jahr, betrag_eur: centsToEuros(byYear.get(jahr) ?? 0) }));

function measureIdentity(model: Model, rb: Regionalbudget, m: Regionalbudget['measures'][number]) {
  return { nr: m.data.number ?? null, slug: m.slug, titel: m.data.title, ...measureGroup(rb, m), url: `${model.site.baseUrl}${m.url}` };
}

export function budgetJson(model: Model, rb: Regionalbudget): BudgetJson {
  const years = rb.budget?.years ?? [];
  const funding = rb.funding;
  return {
    ...header(model, urlOf.schema('daten-budget.schema.json')),
    regionalbudget: rb.id,
    titel: rb.data.title,
    region: rb.data.region,
    url: `${model.site.baseUrl}${rb.url}`,
    waehrung: 'EUR',
    zeitraum: termSummary(rb.data),
    zeitraeume: termsOf(rb.data).map((t) => ({ bezeichnung: t.label, beginn: t.start ?? null, ende: t.end, quelle: t.source ?? null })),
    gliederung: groupingText([rb]),
    quellenhinweise: conflictsOf(rb).map((c) => c.text),
    ...(!rb.budget && { hinweis: 'Die Quelle enthält für dieses Regionalbudget keinen Budgetplan je Maßnahme und Jahr.' }),
    budgetplan: rb.budget
      ? { basis: rb.budget.basis, quelle: rb.budget.source, jahre: years, summe_je_jahr: amounts(rb.budget.byYear, years), summe_eur: centsToEuros(rb.budget.total) }
      : null,
    finanzierung: funding
      ? { gesamtbudget_eur: centsToEuros(funding.total), foerderung_eur: centsToEuros(funding.grant), foerderquote: funding.rate }
      : null,
    massnahmen: rb.measures.map((m) => {
      const measureYears = [...new Set([...years, ...(m.budget?.byYear.keys() ?? [])])].sort((a, b) => a - b);
      const actual = m.budget?.actual;
      return {
        ...measureIdentity(model, rb, m),
        betraege: m.budget ? amounts(m.budget.byYear, measureYears) : null,
        summe_eur: m.budget ? centsToEuros(m.budget.total) : null,
        ist: actual ? { stand: actual.asOf, betraege: amounts(actual.byYear, [...actual.byYear.keys()].sort((a, b) => a - b)), summe_eur: centsToEuros(actual.total) } : null,
      };
    }),
  };
}

export function scheduleJson(model: Model, rb: Regionalbudget): ScheduleJson {
  return {
    ...header(model, urlOf.schema('daten-zeitplan.schema.json')),
    regionalbudget: rb.id,
    titel: rb.data.title,
    url: `${model.site.baseUrl}${rb.url}`,
    ...(!rb.schedule && { hinweis: 'Die Quelle enthält für dieses Regionalbudget keinen Zeitplan je Maßnahme und Quartal.' }),
    zeitplan: rb.schedule ? { quelle: rb.schedule.source, von: quarterKey(rb.schedule.from), bis: quarterKey(rb.schedule.to) } : null,
    massnahmen: rb.measures.map((m) => ({
      ...measureIdentity(model, rb, m),
      quartale: m.quarters ? m.quarters.map(quarterKey) : null,
      zeitraeume: m.quarters ? compressQuarters(m.quarters) : null,
    })),
  };
}

export function measuresJson(model: Model): MeasuresJson {
  return {
    ...header(model, urlOf.schema('daten-massnahmen.schema.json')),
    titel: 'Maßnahmen aller Regionalbudgets mit ihrem Budget je Jahr',
    beschreibung: 'Eine Zeile je Maßnahme und Jahr des Budgetplans. Maßnahmen ohne Budgetplan in der Quelle stehen in einer Zeile ohne Jahr und Betrag.',
    spalten: MEASURE_YEAR_HEADER,
    zeilen: allMeasureYearRows(model).map(measureYearRowJson),
  };
}

const built = new WeakMap<Model, readonly DataFile[]>();

/**
 * Every open-data file of the site, in a stable order. Built once per model: the files' routes, the /daten/
 * page (sizes) and the catalogue (sizes) all need every body, at 10,000 measures about a second each.
 */
export function dataFiles(model: Model): readonly DataFile[] {
  let files = built.get(model);
  if (!files) built.set(model, (files = buildDataFiles(model)));
  return files;
}

function buildDataFiles(model: Model): DataFile[] {
  const files: DataFile[] = [];
  for (const rb of model.regionalbudgets) {
    const t = rb.data.title;
    files.push(
      { path: urlOf.openData(rb.id, 'budget.csv'), kind: 'budget', format: 'CSV', mediaType: MEDIA_TYPE.CSV, regionalbudget: rb.id, title: `Budgetplan (CSV) – ${t}`, description: 'Budget je Maßnahme und Jahr in Euro; eine Zeile je Maßnahme und Jahr.', schema: urlOf.schema('daten-massnahmen-csv.schema.json'), body: measureYearCsv(measureYearRows(rb)) },
      { path: urlOf.openData(rb.id, 'budget.json'), kind: 'budget', format: 'JSON', mediaType: MEDIA_TYPE.JSON, regionalbudget: rb.id, title: `Budgetplan (JSON) – ${t}`, description: 'Budget je Maßnahme und Jahr mit Summen, Quelle und Finanzierung.', schema: urlOf.schema('daten-budget.schema.json'), body: json(budgetJson(model, rb)) },
      { path: urlOf.openData(rb.id, 'zeitplan.csv'), kind: 'zeitplan', format: 'CSV', mediaType: MEDIA_TYPE.CSV, regionalbudget: rb.id, title: `Zeitplan (CSV) – ${t}`, description: 'Quartale je Maßnahme; eine Zeile je Maßnahme und Quartal.', schema: urlOf.schema('daten-zeitplan-csv.schema.json'), body: scheduleCsv(scheduleRows(rb)) },
      { path: urlOf.openData(rb.id, 'zeitplan.json'), kind: 'zeitplan', format: 'JSON', mediaType: MEDIA_TYPE.JSON, regionalbudget: rb.id, title: `Zeitplan (JSON) – ${t}`, description: 'Quartale je Maßnahme, einzeln und als zusammenhängende Zeiträume.', schema: urlOf.schema('daten-zeitplan.schema.json'), body: json(scheduleJson(model, rb)) },
    );
  }
  files.push(
    { path: urlOf.allMeasuresData('csv'), kind: 'massnahmen', format: 'CSV', mediaType: MEDIA_TYPE.CSV, title: 'Alle Maßnahmen je Jahr (CSV)', description: 'Alle Maßnahmen aller Regionalbudgets; eine Zeile je Maßnahme und Jahr.', schema: urlOf.schema('daten-massnahmen-csv.schema.json'), body: measureYearCsv(allMeasureYearRows(model)) },
    { path: urlOf.allMeasuresData('json'), kind: 'massnahmen', format: 'JSON', mediaType: MEDIA_TYPE.JSON, title: 'Alle Maßnahmen je Jahr (JSON)', description: 'Dieselben Zeilen wie massnahmen.csv als JSON.', schema: urlOf.schema('daten-massnahmen.schema.json'), body: json(measuresJson(model)) },
  );
  return files;
}

/** What /daten/ is built from (its "Zuletzt aktualisiert"): every budget and schedule file and the site file. */
export function openDataSources(model: Model): string[] {
  return [
    ...model.regionalbudgets.flatMap((rb) => [...(rb.budget ? [rb.budget.file] : []), ...(rb.schedule ? [rb.schedule.file] : [])]),
    'data/site.json',
  ];
}

/**
 * The open-data format, defined once: every row and file as a zod schema with the descriptions readers
 * see. From it come the TypeScript types the builders in files.ts and rows.ts must meet, the dictionary
 * of the /daten/ page and the CSV headers (dictionary.ts, through columnsOf), the guide to the JSON files'
 * fields (json-guide.ts), and the JSON Schemas (draft 2020-12) published under /schemas/daten-*.schema.json
 * (published-schemas.ts). The tests validate every file against them.
 */
import { z } from 'astro/zod';
import { QUARTER_ENTRY_PATTERN, QUARTER_PATTERN } from '../quarters.ts';
import { column } from './columns.ts';

const euro = z.number().min(0).describe('Betrag in Euro, höchstens zwei Nachkommastellen');
const quarter = z.string().regex(QUARTER_PATTERN);
// Every field carries the description the guide on /daten/ shows (json-guide.ts); a field without one stops the build.
const licence = z.strictObject({
  id: z.string().describe('Kennung der Lizenz bei DCAT-AP.de, z. B. „dl-by-de/2.0“.'),
  name: z.string().describe('Name der Lizenz.'),
  url: z.url().describe('Adresse des Lizenztexts.'),
  uri: z.url().describe('Lizenz-URI aus der Liste von DCAT-AP.de.'),
  namensnennung: z.string().describe('Quellenvermerk, wie ihn die Lizenz verlangt.'),
});
const publisher = z.strictObject({
  name: z.string().describe('Name des Herausgebers.'),
  email: z.email().nullable().describe('E-Mail-Adresse für Fragen zu den Daten; null, solange sie nicht feststeht.'),
  url: z.url().describe('Adresse des Portals.'),
  vorschau: z.boolean().describe('true, solange die Angaben zum Herausgeber Platzhalter einer Vorschau sind.'),
});
const header = {
  $schema: z.url().describe('Adresse des JSON-Schemas, das den Aufbau der Datei beschreibt.'),
  lizenz: licence.describe('Lizenz der Daten.'),
  herausgeber: publisher.describe('Wer die Daten veröffentlicht.'),
};
const rbIdentity = {
  regionalbudget: z.string().describe('Kennung des Regionalbudgets (wie in der Adresse /regionalbudgets/<kennung>/).'),
  titel: z.string().describe('Titel des Regionalbudgets.'),
};
const rbUrl = z.url().describe('Adresse der Seite des Regionalbudgets.');
const measureIdentity = {
  nr: z.number().int().min(1).nullable().describe('Offizielle Nummer der Maßnahme laut Quelle; null, wenn die Quelle keine Nummer vergibt.'),
  slug: z.string().describe('Kennung der Maßnahme innerhalb des Regionalbudgets (wie in der Adresse …/massnahmen/<kennung>/).'),
  titel: z.string().describe('Titel der Maßnahme.'),
  handlungsfeld: z.string().nullable().describe('Titel des Handlungsfelds; null, wenn die Quelle die Maßnahme keinem zuordnet oder sie zu den begleitenden Maßnahmen gehört.'),
  begleitend: z.string().nullable().describe('Gruppe begleitender Maßnahmen (kein Handlungsfeld); sonst null.'),
  url: z.url().describe('Adresse der Seite der Maßnahme.'),
};
const amount = z.strictObject({ jahr: z.number().int().describe('Jahr.'), betrag_eur: euro.describe('Betrag in Euro für dieses Jahr.') });
const noPlan = '; null, wenn die Quelle keinen Budgetplan enthält.';

/** The columns that name the measure, first in every table. */
const measureColumns = {
  regionalbudget: column(z.string(), 'text', 'Kennung des Regionalbudgets (wie in der Adresse /regionalbudgets/<kennung>/).', 'nordsachsen-2022'),
  massnahme_nr: column(z.number().int().min(1).nullable(), 'integer', 'Offizielle Nummer der Maßnahme laut Quelle; leer, wenn die Quelle keine Nummer vergibt.', '1'),
  massnahme_slug: column(z.string(), 'text', 'Kennung der Maßnahme innerhalb des Regionalbudgets (wie in der Adresse …/massnahmen/<kennung>/).', 'ansiedlungskampagne'),
  massnahme: column(z.string(), 'text', 'Titel der Maßnahme.', 'Ansiedlungskampagne'),
  handlungsfeld: column(
    z.string().nullable(),
    'text',
    'Titel des Handlungsfelds (bei manchen Regionalbudgets „Themenbereich“); leer, wenn die Quelle die Maßnahme keinem zuordnet oder sie zu den begleitenden Maßnahmen gehört.',
    'Attraktiver Wirtschaftsstandort',
  ),
  begleitend: column(
    z.string().nullable(),
    'text',
    'Bezeichnung der Gruppe begleitender Maßnahmen, die die Quelle neben den Handlungsfeldern führt (kein Handlungsfeld); sonst leer.',
    'Projektbegleitende Maßnahmen',
  ),
};

/** massnahmen.csv, <id>/budget.csv and the rows of massnahmen.json: one row per measure and year of the budget plan. */
export const measureYearRowSchema = z.strictObject({
  ...measureColumns,
  jahr: column(
    z.number().int().nullable(),
    'integer',
    'Jahr des Budgetplans. Leer, wenn die Quelle für die Maßnahme keinen Budgetplan enthält (die Maßnahme erscheint dann in einer Zeile ohne Jahr und Betrag).',
    '2022',
  ),
  betrag_eur: column(
    euro.nullable(),
    'decimal',
    'Betrag in Euro für dieses Jahr laut Budgetplan, exakt auf den Cent; 0.00, wenn der Plan für das Jahr kein Geld vorsieht; leer zusammen mit „jahr“.',
    '10000.00',
  ),
});

/** <id>/zeitplan.csv: one row per measure and scheduled quarter. */
export const scheduleRowSchema = z.strictObject({
  ...measureColumns,
  quartal: column(
    quarter.nullable(),
    'quarter',
    'Ein Quartal, in dem die Maßnahme laut Zeitplan läuft. Leer, wenn der Zeitplan für die Maßnahme kein Quartal enthält oder die Quelle keinen Zeitplan hat (dann eine Zeile ohne Quartal).',
    '2022-Q3',
  ),
  jahr: column(z.number().int().nullable(), 'integer', 'Jahr des Quartals.', '2022'),
  quartal_nr: column(z.number().int().min(1).max(4).nullable(), 'integer', 'Nummer des Quartals im Jahr (1 bis 4).', '3'),
  beginn: column(z.iso.date().nullable(), 'date', 'Erster Tag des Quartals.', '2022-07-01'),
  ende: column(z.iso.date().nullable(), 'date', 'Letzter Tag des Quartals.', '2022-09-30'),
});

export const measuresJsonSchema = z.strictObject({
  ...header,
  titel: z.string().describe('Titel des Datensatzes.'),
  beschreibung: z.string().describe('Kurze Beschreibung des Datensatzes.'),
  spalten: z.array(z.string()).describe('Die Namen der Felder jeder Zeile, in der Reihenfolge der CSV-Datei.'),
  zeilen: z.array(measureYearRowSchema).describe('Eine Zeile je Maßnahme und Jahr mit denselben Feldern wie massnahmen.csv (Tabelle „Budget je Maßnahme und Jahr“); Zahlen als JSON-Zahlen, leere Felder als null.'),
});

export const budgetJsonSchema = z.strictObject({
  ...header,
  ...rbIdentity,
  region: z.string().describe('Gebiet des Regionalbudgets.'),
  url: rbUrl,
  waehrung: z.literal('EUR').describe('Immer „EUR“.'),
  zeitraum: z.string().describe('Die Zeiträume laut Quellen als Text, mit Quelle; weichen die Quellen ab, stehen beide da.'),
  zeitraeume: z
    .array(
      z.strictObject({
        bezeichnung: z.string().describe('Art des Zeitraums, mit den Worten der Quelle, wo sie eigene hat (z. B. „Laufzeit“).'),
        beginn: z.string().nullable().describe('Beginn (JJJJ-MM-TT, oder JJJJ-MM, wenn die Quelle nur den Monat nennt); null, wenn die Quelle keinen nennt.'),
        ende: z.string().describe('Ende (JJJJ-MM-TT oder JJJJ-MM).'),
        quelle: z.string().nullable().describe('Das Dokument, das den Zeitraum nennt; null, wenn keines angegeben ist.'),
      }),
    )
    .describe('Die Zeiträume einzeln.'),
  gliederung: z.string().describe('Zahl der Handlungsfelder/Themenbereiche und ob es begleitende Maßnahmen gibt.'),
  quellenhinweise: z.array(z.string()).describe('Abweichungen zwischen den Quellen, nach Regeln aus den Daten ermittelt.'),
  hinweis: z.string().optional().describe('Steht nur da, wenn die Quelle keinen Budgetplan enthält, und sagt das.'),
  budgetplan: z
    .strictObject({
      basis: z.enum(['brutto', 'netto']).describe('„brutto“ oder „netto“ (mit oder ohne Umsatzsteuer).'),
      quelle: z.string().describe('Das Dokument, aus dem die Zahlen stammen.'),
      jahre: z.array(z.number().int()).describe('Die Jahre des Plans.'),
      summe_je_jahr: z.array(amount).describe('Summe aller Maßnahmen je Jahr.'),
      summe_eur: euro.describe('Summe des ganzen Plans.'),
    })
    .nullable()
    .describe('Der Budgetplan je Maßnahme und Jahr; null, wenn die Quelle keinen enthält (dann erklärt „hinweis“ das).'),
  finanzierung: z
    .strictObject({
      gesamtbudget_eur: euro.describe('Gesamtbudget in Euro.'),
      foerderung_eur: euro.describe('Förderung in Euro.'),
      foerderquote: z.number().min(0).max(1).describe('Förderquote von 0 bis 1.'),
    })
    .nullable()
    .describe('Gesamtbudget, Förderung und Förderquote, wenn die Quelle sie nennt; sonst null.'),
  massnahmen: z
    .array(
      z.strictObject({
        ...measureIdentity,
        betraege: z.array(amount).nullable().describe(`Budget der Maßnahme je Jahr${noPlan}`),
        summe_eur: euro.nullable().describe(`Summe der Maßnahme${noPlan}`),
        ist: z
          .strictObject({
            stand: z.string().describe('Stand der Angabe (Datum JJJJ-MM-TT).'),
            betraege: z.array(amount).describe('Ausgaben je Jahr.'),
            summe_eur: euro.describe('Summe der Ausgaben.'),
          })
          .nullable()
          .describe('Tatsächliche Ausgaben, wenn bekannt; sonst null.'),
      }),
    )
    .describe('Jede Maßnahme des Regionalbudgets.'),
});

export const scheduleJsonSchema = z.strictObject({
  ...header,
  ...rbIdentity,
  url: rbUrl,
  hinweis: z.string().optional().describe('Steht nur da, wenn die Quelle keinen Zeitplan enthält, und sagt das.'),
  zeitplan: z
    .strictObject({
      quelle: z.string().describe('Das Dokument, aus dem der Zeitplan stammt.'),
      von: quarter.describe('Erstes Quartal des Zeitplans (JJJJ-Qn).'),
      bis: quarter.describe('Letztes Quartal des Zeitplans (JJJJ-Qn).'),
    })
    .nullable()
    .describe('Rahmen des Zeitplans; null, wenn die Quelle keinen Zeitplan enthält.'),
  massnahmen: z
    .array(
      z.strictObject({
        ...measureIdentity,
        quartale: z.array(quarter).nullable().describe('Alle Quartale der Maßnahme einzeln (JJJJ-Qn); null, wenn die Quelle keinen Zeitplan enthält.'),
        zeitraeume: z.array(z.string().regex(QUARTER_ENTRY_PATTERN)).nullable().describe('Dieselben Quartale als zusammenhängende Bereiche „JJJJ-Qn..JJJJ-Qn“ (ein einzelnes Quartal als „JJJJ-Qn“); null, wenn die Quelle keinen Zeitplan enthält.'),
      }),
    )
    .describe('Jede Maßnahme des Regionalbudgets.'),
});

/** A published measure-year row (amount in euros). */
export type MeasureYearRowOut = z.output<typeof measureYearRowSchema>;
export type ScheduleRow = z.output<typeof scheduleRowSchema>;
export type MeasuresJson = z.output<typeof measuresJsonSchema>;
export type BudgetJson = z.output<typeof budgetJsonSchema>;
export type ScheduleJson = z.output<typeof scheduleJsonSchema>;
export type Licence = z.output<typeof licence>;
/** What every JSON file starts with: its schema, licence and publisher. */
export type OpenDataHeader = Pick<MeasuresJson, '$schema' | 'lizenz' | 'herausgeber'>;

/**
 * The data dictionary of the open-data files for the /daten/ page: the CSV columns read from the row
 * schemas in schemas.ts (names, order, descriptions, whether a cell can be empty), so documentation,
 * CSV header and JSON Schemas cannot drift; plus a short guide to the fields of the JSON files.
 */
import { columnsOf, type Column, type ColumnType } from './columns.ts';
import { measureYearRowSchema, scheduleRowSchema } from './schemas.ts';

/** How CSV text fields are protected against formula injection (documented on /daten/). */
export const CSV_FORMULA_NOTE =
  'Schutz vor Formeln: Beginnt ein Textfeld mit =, +, -, @, einem Tabulator oder Wagenrücklauf (auch nach Leerzeichen), steht in der CSV-Datei ein Apostroph (\') davor und das Feld in Anführungszeichen, damit Tabellenkalkulationen es als Text und nicht als Formel lesen (Empfehlung der OWASP). Zahlenspalten (ganze Zahl, Dezimalzahl) enthalten nur Zahlen und bleiben unverändert, auch negative Beträge wie -5.00. In den JSON-Dateien steht jeder Text unverändert.';

export const TYPE_LABEL: Record<ColumnType, string> = {
  text: 'Text (in CSV mit Formelschutz, siehe Format)',
  integer: 'ganze Zahl',
  decimal: 'Dezimalzahl mit Punkt, zwei Nachkommastellen',
  date: 'Datum JJJJ-MM-TT',
  quarter: 'Quartal JJJJ-Qn',
};

/** massnahmen.csv and <id>/budget.csv: one row per measure and year of the budget plan. */
export const MEASURE_YEAR_COLUMNS: readonly Column[] = columnsOf(measureYearRowSchema);

/** <id>/zeitplan.csv: one row per measure and scheduled quarter. */
export const SCHEDULE_COLUMNS: readonly Column[] = columnsOf(scheduleRowSchema);

export interface JsonField {
  path: string;
  description: string;
}

export const BUDGET_JSON_FIELDS: JsonField[] = [
  { path: 'regionalbudget', description: 'Kennung des Regionalbudgets.' },
  { path: 'titel, region', description: 'Titel und Gebiet des Regionalbudgets.' },
  { path: 'url', description: 'Adresse der Seite des Regionalbudgets.' },
  { path: 'waehrung', description: 'Immer „EUR“.' },
  { path: 'budgetplan', description: 'Der Budgetplan je Maßnahme und Jahr; null, wenn die Quelle keinen enthält (dann erklärt „hinweis“ das).' },
  { path: 'budgetplan.basis', description: '„brutto“ oder „netto“ (mit oder ohne Umsatzsteuer).' },
  { path: 'budgetplan.quelle', description: 'Das Dokument, aus dem die Zahlen stammen.' },
  { path: 'budgetplan.jahre', description: 'Die Jahre des Plans.' },
  { path: 'budgetplan.summe_je_jahr[]', description: '{ jahr, betrag_eur }: Summe aller Maßnahmen je Jahr.' },
  { path: 'budgetplan.summe_eur', description: 'Summe des ganzen Plans.' },
  { path: 'finanzierung', description: 'Gesamtbudget, Förderung und Förderquote, wenn die Quelle sie nennt (gesamtbudget_eur, foerderung_eur, foerderquote von 0 bis 1); sonst null.' },
  { path: 'massnahmen[]', description: 'Jede Maßnahme: nr (oder null), slug, titel, handlungsfeld (oder null), begleitend (Gruppe begleitender Maßnahmen oder null), url, betraege[] ({ jahr, betrag_eur }) und summe_eur (beide null ohne Budgetplan), ist (tatsächliche Ausgaben mit Stand, wenn bekannt, sonst null).' },
  { path: 'lizenz, herausgeber', description: 'Lizenz der Daten und wer sie veröffentlicht.' },
];

export const SCHEDULE_JSON_FIELDS: JsonField[] = [
  { path: 'regionalbudget, titel, url', description: 'Wie in budget.json.' },
  { path: 'zeitplan', description: 'Rahmen des Zeitplans: quelle, von und bis (Quartale JJJJ-Qn); null, wenn die Quelle keinen Zeitplan enthält.' },
  { path: 'massnahmen[]', description: 'Jede Maßnahme: nr, slug, titel, handlungsfeld, begleitend, url, quartale[] (alle Quartale einzeln) und zeitraeume[] (zusammenhängende Bereiche „JJJJ-Qn..JJJJ-Qn“); beide null ohne Zeitplan.' },
  { path: 'lizenz, herausgeber', description: 'Wie in budget.json.' },
];

export const MEASURES_JSON_FIELDS: JsonField[] = [
  { path: 'spalten', description: 'Die Namen der Felder jeder Zeile, in der Reihenfolge der CSV-Datei.' },
  { path: 'zeilen[]', description: 'Eine Zeile je Maßnahme und Jahr mit denselben Feldern wie massnahmen.csv; Zahlen als JSON-Zahlen, leere Felder als null.' },
  { path: 'lizenz, herausgeber', description: 'Lizenz der Daten und wer sie veröffentlicht.' },
];

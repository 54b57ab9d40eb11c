/**
 * The data dictionary of the open-data files: one definition per column and JSON field, used by the
 * /daten/ page, the JSON Schemas under /schemas/ and the tests, so documentation and files cannot drift.
 */

export type ColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'quarter';

export interface Column {
  name: string;
  type: ColumnType;
  /** False when the field can be empty (CSV) or null (JSON). */
  required: boolean;
  description: string;
  example: string;
}

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

const MEASURE_COLUMNS: Column[] = [
  { name: 'regionalbudget', type: 'text', required: true, description: 'Kennung des Regionalbudgets (wie in der Adresse /regionalbudgets/<kennung>/).', example: 'nordsachsen-2022' },
  { name: 'massnahme_nr', type: 'integer', required: false, description: 'Offizielle Nummer der Maßnahme laut Quelle; leer, wenn die Quelle keine Nummer vergibt.', example: '1' },
  { name: 'massnahme_slug', type: 'text', required: true, description: 'Kennung der Maßnahme innerhalb des Regionalbudgets (wie in der Adresse …/massnahmen/<kennung>/).', example: 'ansiedlungskampagne' },
  { name: 'massnahme', type: 'text', required: true, description: 'Titel der Maßnahme.', example: 'Ansiedlungskampagne' },
  { name: 'handlungsfeld', type: 'text', required: false, description: 'Titel des Handlungsfelds (bei manchen Regionalbudgets „Themenbereich“); leer, wenn die Quelle die Maßnahme keinem zuordnet oder sie zu den begleitenden Maßnahmen gehört.', example: 'Attraktiver Wirtschaftsstandort' },
  { name: 'begleitend', type: 'text', required: false, description: 'Bezeichnung der Gruppe begleitender Maßnahmen, die die Quelle neben den Handlungsfeldern führt (kein Handlungsfeld); sonst leer.', example: 'Projektbegleitende Maßnahmen' },
];

/** massnahmen.csv and <id>/budget.csv: one row per measure and year of the budget plan. */
export const MEASURE_YEAR_COLUMNS: Column[] = [
  ...MEASURE_COLUMNS,
  { name: 'jahr', type: 'integer', required: false, description: 'Jahr des Budgetplans. Leer, wenn die Quelle für die Maßnahme keinen Budgetplan enthält (die Maßnahme erscheint dann in einer Zeile ohne Jahr und Betrag).', example: '2022' },
  { name: 'betrag_eur', type: 'decimal', required: false, description: 'Betrag in Euro für dieses Jahr laut Budgetplan, exakt auf den Cent; 0.00, wenn der Plan für das Jahr kein Geld vorsieht; leer zusammen mit „jahr“.', example: '10000.00' },
];

/** <id>/zeitplan.csv: one row per measure and scheduled quarter. */
export const SCHEDULE_COLUMNS: Column[] = [
  ...MEASURE_COLUMNS,
  { name: 'quartal', type: 'quarter', required: false, description: 'Ein Quartal, in dem die Maßnahme laut Zeitplan läuft. Leer, wenn der Zeitplan für die Maßnahme kein Quartal enthält oder die Quelle keinen Zeitplan hat (dann eine Zeile ohne Quartal).', example: '2022-Q3' },
  { name: 'jahr', type: 'integer', required: false, description: 'Jahr des Quartals.', example: '2022' },
  { name: 'quartal_nr', type: 'integer', required: false, description: 'Nummer des Quartals im Jahr (1 bis 4).', example: '3' },
  { name: 'beginn', type: 'date', required: false, description: 'Erster Tag des Quartals.', example: '2022-07-01' },
  { name: 'ende', type: 'date', required: false, description: 'Letzter Tag des Quartals.', example: '2022-09-30' },
];

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

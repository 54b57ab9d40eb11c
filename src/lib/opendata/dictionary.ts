/**
 * The data dictionary of the open-data files for the /daten/ page: the CSV columns read from the row
 * schemas in schemas.ts (names, order, descriptions, whether a cell can be empty), so documentation,
 * CSV header and JSON Schemas cannot drift. The guide to the JSON files' fields: json-guide.ts.
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

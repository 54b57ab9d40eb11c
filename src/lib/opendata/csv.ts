/**
 * CSV as RFC 4180 describes it: comma-separated fields, CRLF after every record (including the last),
 * a header row, and a field in double quotes when it contains a comma, a double quote, CR or LF, with
 * every double quote inside doubled. Text is UTF-8 without a byte-order mark.
 *
 * Text fields that a spreadsheet would read as a formula (CSV injection) are neutralised as OWASP
 * recommends: a single quote in front, and the field quoted. Numeric columns are checked to hold plain
 * numbers instead, so a negative amount stays the number -5.00.
 */

export type CsvValue = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
/** Starts a formula in Excel, LibreOffice or Google Sheets: = + - @ (also full-width, also after spaces), tab, CR. */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** One text field; null and undefined become an empty field. A would-be formula gets a leading ' and quotes. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  if (FORMULA_START.test(value)) return quoted(`'${value}`);
  return NEEDS_QUOTES.test(value) ? quoted(value) : value;
}

/** One field of a numeric column: a plain decimal number (callers format money), or empty. */
export function csvNumber(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (!PLAIN_NUMBER.test(text)) throw new Error(`CSV: „${text}“ ist keine Zahl für eine Zahlenspalte`);
  return text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * A whole file: the header, then one record per row, columns taken by name in header order. Columns named
 * in `numeric` hold numbers (written as they are, never prefixed); all others are text.
 */
export function toCsv<K extends string>(header: readonly K[], rows: readonly Readonly<Record<K, CsvValue>>[], numeric: readonly K[] = []): string {
  const format = header.map((key) => (numeric.includes(key) ? csvNumber : csvField));
  return csvRecord(header) + rows.map((row) => `${header.map((key, i) => format[i]?.(row[key]) ?? '').join(',')}\r\n`).join('');
}

/**
 * Parses RFC 4180 text back into records (for tests and for anyone checking a file). Accepts CRLF or LF
 * line ends; a final line end does not start an empty record. Throws on a quote in an unquoted field
 * or an unterminated quoted field.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && !/[,\r\n]/.test(text[i] ?? '')) throw new Error(`CSV: Zeichen nach schließendem Anführungszeichen an Stelle ${i}`);
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (fieldStarted && field !== '') throw new Error(`CSV: Anführungszeichen mitten im Feld an Stelle ${i}`);
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c;
    fieldStarted = true;
    i++;
  }
  if (quoted) throw new Error('CSV: Anführungszeichen nicht geschlossen');
  if (fieldStarted || field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Parsed CSV with a header row as objects (column → text). */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

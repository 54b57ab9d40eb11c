import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, parseCsv, parseCsvObjects, toCsv } from '../../../src/lib/opendata/csv.ts';

describe('csvField (RFC 4180)', () => {
  it('leaves plain text and numbers unquoted', () => {
    expect(csvField('Ansiedlungskampagne')).toBe('Ansiedlungskampagne');
    expect(csvField('24/7-Laden im Südraum')).toBe('24/7-Laden im Südraum');
    expect(csvField(2022)).toBe('2022');
    expect(csvField('10000.00')).toBe('10000.00');
  });

  it('writes null and undefined as an empty field', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with commas, quotes, CR or LF and doubles inner quotes', () => {
    expect(csvField('Flyer, Plakate, Giveaways')).toBe('"Flyer, Plakate, Giveaways"');
    expect(csvField('Kampagne "Grüner Landkreis"')).toBe('"Kampagne ""Grüner Landkreis"""');
    expect(csvField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvField('Zeile 1\r\nZeile 2')).toBe('"Zeile 1\r\nZeile 2"');
    expect(csvField('nur\rCR')).toBe('"nur\rCR"');
    expect(csvField('"')).toBe('""""');
  });

  it('does not quote German quotation marks or semicolons', () => {
    expect(csvField('„Grüner Landkreis“; Teil 1')).toBe('„Grüner Landkreis“; Teil 1');
  });
});

describe('toCsv', () => {
  it('writes a header and ends every record, including the last, with CRLF', () => {
    const text = toCsv(['a', 'b'], [{ a: 'x', b: 1 }, { a: 'y,z', b: null }]);
    expect(text).toBe('a,b\r\nx,1\r\n"y,z",\r\n');
    expect(csvRecord(['1', '2'])).toBe('1,2\r\n');
  });

  it('takes columns by name in header order', () => {
    expect(toCsv(['b', 'a'], [{ a: 1, b: 2 }])).toBe('b,a\r\n2,1\r\n');
  });

  it('round-trips awkward values through the parser', () => {
    const rows = [
      { t: 'a,b', u: 'say "hi"', v: 'line\nbreak' },
      { t: '', u: 'x', v: 'crlf\r\ninside' },
      { t: 'ä ö ü ß € „“', u: ' spaces ', v: '"' },
    ];
    expect(parseCsvObjects(toCsv(['t', 'u', 'v'], rows))).toEqual(rows);
  });
});

describe('parseCsv', () => {
  it('accepts LF line ends and a missing final line end', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });
  it('rejects malformed quoting', () => {
    expect(() => parseCsv('a,"b\n')).toThrow();
    expect(() => parseCsv('a,"b"c\r\n')).toThrow();
    expect(() => parseCsv('a,b"c\r\n')).toThrow();
  });
});

describe('formula injection (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['  =1+1', `"'  =1+1"`],
    ['\u00a0=1', `"'\u00a0=1"`],
    ['＝1+1', `"'＝1+1"`],
  ])('neutralises %j with a leading apostrophe, quoted', (value, expected) => {
    expect(csvField(value)).toBe(expected);
    // Read back, the cell holds the apostrophe and the original text: nothing is lost.
    expect(parseCsv(`${csvField(value)}\r\n`)[0]?.[0]).toBe(`'${value}`);
  });

  it('leaves text that only contains the characters later alone', () => {
    expect(csvField('Kosten = Nutzen')).toBe('Kosten = Nutzen');
    expect(csvField('24/7-Laden')).toBe('24/7-Laden');
    expect(csvField('info@landkreis.de')).toBe('info@landkreis.de');
  });

  it('keeps numbers in numeric columns as numbers, negative ones too', () => {
    const text = toCsv(['titel', 'betrag_eur', 'jahr'], [{ titel: '-5 % Energie', betrag_eur: '-5.00', jahr: 2022 }, { titel: 'x', betrag_eur: null, jahr: null }], ['betrag_eur', 'jahr']);
    expect(text).toBe(`titel,betrag_eur,jahr\r\n"'-5 % Energie",-5.00,2022\r\nx,,\r\n`);
  });

  it('refuses anything but a plain number in a numeric column', () => {
    for (const bad of ['=1+1', '-5,00', '1e3', ' 5', '5 €']) expect(() => toCsv(['n'], [{ n: bad }], ['n']), bad).toThrow(/keine Zahl/);
  });
});

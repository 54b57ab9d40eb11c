import { describe, expect, it } from 'vitest';
import { budgetFileSchema } from '../../../src/schemas/budget.ts';
import { kontakteFileSchema, kontaktSchema } from '../../../src/schemas/kontakt.ts';
import { scheduleFileSchema } from '../../../src/schemas/schedule.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { edit, issueAt, issues, parse } from './schema-helpers.ts';

const AMOUNT_HINT = 'einen Betrag ≥ 0 mit höchstens zwei Nachkommastellen';

describe('budgetFileSchema', () => {
  const minimal = {
    regionalbudget: 'test-2023',
    currency: 'EUR',
    basis: 'brutto',
    source: 'Budgetplan',
    years: [2023],
    totals: { '2023': 100.5 },
    lines: [{ measure: 'kampagne', amounts: { '2023': 100.5 } }],
  };

  it('accepts a minimal example, with $schema and actual spending', () => {
    expect(parse(budgetFileSchema, minimal)).toEqual(minimal);
    const withActual = edit(minimal, (d) => {
      Object.assign(d, { $schema: '../../public/schemas/budget.schema.json' });
      Object.assign(d.lines[0]!, { actual: { asOf: '2024-01-31', amounts: { '2023': 50 } } });
    });
    expect(parse(budgetFileSchema, withActual).lines[0]?.actual?.asOf).toBe('2024-01-31');
  });

  it('only knows EUR and brutto/netto', () => {
    expect(issueAt(budgetFileSchema, { ...minimal, currency: 'USD' }, ['currency']).expected).toBe('die Währung "EUR"');
    expect(issueAt(budgetFileSchema, { ...minimal, basis: 'gross' }, ['basis']).expected).toBe('"brutto" oder "netto"');
  });

  it('wants at least one year', () => {
    expect(issueAt(budgetFileSchema, { ...minimal, years: [] }, ['years']).expected).toBe('mindestens ein Jahr');
  });

  it('names the amount with a bad value by line and year', () => {
    const negative = edit(minimal, (d) => void (d.lines[0]!.amounts['2023'] = -5));
    expect(issueAt(budgetFileSchema, negative, ['lines', 0, 'amounts', '2023'])).toMatchObject({ expected: AMOUNT_HINT, found: 'die Zahl -5' });
    const threeDecimals = edit(minimal, (d) => void (d.totals['2023'] = 100.505));
    expect(issueAt(budgetFileSchema, threeDecimals, ['totals', '2023'])).toMatchObject({ expected: AMOUNT_HINT, found: 'die Zahl 100.505' });
    const text = edit(minimal, (d) => void ((d.lines[0]!.amounts as Record<string, unknown>)['2023'] = '100'));
    expect(issueAt(budgetFileSchema, text, ['lines', 0, 'amounts', '2023']).expected).toBe('einen Betrag in Euro als Zahl (z. B. 10000 oder 558655.42)');
  });

  it('wants year keys', () => {
    const bad = edit(minimal, (d) => void ((d.totals as Record<string, number>)['Jahr 2023'] = 1));
    expect(issueAt(budgetFileSchema, bad, ['totals', 'Jahr 2023'])).toMatchObject({
      message: 'Der Schlüssel ist ungültig.',
      expected: 'eine Jahreszahl als Schlüssel (z. B. "2023")',
      found: 'den Schlüssel „Jahr 2023“',
    });
  });

  it('rejects an unknown field in a line and a bad date of the actual spending', () => {
    const typo = edit(minimal, (d) => void Object.assign(d.lines[0]!, { betrag: 1 }));
    expect(issueAt(budgetFileSchema, typo, ['lines', 0, 'betrag']).message).toBe('Das Feld „betrag“ ist unbekannt (Tippfehler?).');
    const badDate = edit(minimal, (d) => void Object.assign(d.lines[0]!, { actual: { asOf: '31.01.2024', amounts: {} } }));
    expect(issueAt(budgetFileSchema, badDate, ['lines', 0, 'actual', 'asOf']).expected).toMatch(/^ein Datum im Format JJJJ-MM-TT/);
  });

  it('reports every bad amount, not only the first', () => {
    const bad = edit(minimal, (d) => {
      d.lines[0]!.amounts['2023'] = -1;
      d.totals['2023'] = 0.001;
      d.currency = 'USD';
    });
    expect(issues(budgetFileSchema, bad)).toHaveLength(3);
  });
});

describe('scheduleFileSchema', () => {
  const minimal = {
    regionalbudget: 'test-2023',
    source: 'Zeitplan',
    from: '2023-Q1',
    to: '2025-Q4',
    rows: [{ measure: 'kampagne', quarters: ['2023-Q1..2025-Q2', '2025-Q4'] }],
  };

  it('accepts a minimal example', () => {
    expect(parse(scheduleFileSchema, minimal)).toEqual(minimal);
  });

  it('names a malformed quarter by row and position', () => {
    const bad = edit(minimal, (d) => void (d.rows[0]!.quarters[1] = '2023-Q5'));
    expect(issueAt(scheduleFileSchema, bad, ['rows', 0, 'quarters', 1])).toMatchObject({
      expected: 'ein Quartal JJJJ-Qn oder einen Bereich JJJJ-Qn..JJJJ-Qn',
      found: '„2023-Q5“',
    });
  });

  it('rejects a backwards range', () => {
    const bad = edit(minimal, (d) => void (d.rows[0]!.quarters[0] = '2025-Q2..2023-Q1'));
    expect(issueAt(scheduleFileSchema, bad, ['rows', 0, 'quarters', 0]).expected).toBe('einen Bereich, dessen Ende nicht vor dem Anfang liegt');
  });

  it('wants single quarters for from and to', () => {
    expect(issueAt(scheduleFileSchema, { ...minimal, from: '2023' }, ['from']).expected).toBe('ein Quartal im Format JJJJ-Qn (z. B. "2023-Q1")');
  });

  it('rejects a row without measure and a misspelt field', () => {
    const bad = edit(minimal, (d) => void (d.rows[0] = { measure: undefined as unknown as string, quarters: [] }));
    expect(issueAt(scheduleFileSchema, bad, ['rows', 0, 'measure']).message).toBe('Ein Pflichtfeld fehlt.');
    expect(issueAt(scheduleFileSchema, { ...minimal, quartale: [] }, ['quartale']).message).toContain('unbekannt');
  });
});

describe('kontaktSchema / kontakteFileSchema', () => {
  const contact = { id: 'anna-beispiel', name: 'Anna Beispiel', organisation: 'Landkreis' };

  it('accepts a minimal contact and a full one', () => {
    expect(parse(kontaktSchema, contact)).toEqual(contact);
    expect(
      parse(kontaktSchema, {
        ...contact,
        role: 'Leitung',
        email: 'a@b.de',
        phone: '0 56 92 / 99 777 - 14',
        fax: '+49 (341) 123–4',
        address: ['Straße 1', '04109 Leipzig'],
        website: 'https://x.example',
        press: true,
      }).phone,
    ).toBe('0 56 92 / 99 777 - 14');
  });

  it('rejects bad e-mail, phone and id', () => {
    expect(issueAt(kontaktSchema, { ...contact, email: 'anna(at)x.de' }, ['email']).expected).toBe('eine E-Mail-Adresse');
    expect(issueAt(kontaktSchema, { ...contact, phone: 'Tel. 0341' }, ['phone']).expected).toBe('eine Telefonnummer aus Ziffern, Leerzeichen und ( ) / + -');
    expect(issueAt(kontaktSchema, { ...contact, id: 'Anna' }, ['id']).expected).toMatch(/^eine Kennung/);
  });

  it('names the contact in the file by index', () => {
    const file = { contacts: [contact, { ...contact, id: 'b', telefon: '1' }] };
    expect(issueAt(kontakteFileSchema, file, ['contacts', 1, 'telefon']).message).toBe('Das Feld „telefon“ ist unbekannt (Tippfehler?).');
    expect(parse(kontakteFileSchema, { $schema: 'x', contacts: [] }).contacts).toEqual([]);
  });
});

describe('siteSchema', () => {
  const minimal = {
    name: 'Portal',
    publisher: { name: 'Betreiber', address: ['Straße 1'], email: 'a@b.de' },
    responsible: { name: 'Person', address: ['Straße 1'] },
    contactEmail: 'a@b.de',
    baseUrl: 'https://portal.example',
    editBaseUrl: 'https://git.example/edit/',
    license: { id: 'dl-by-de/2.0', name: 'Datenlizenz', url: 'https://www.govdata.de/dl-de/by-2-0' },
  };

  it('accepts a minimal example and defaults demo to an empty list', () => {
    expect(parse(siteSchema, minimal).demo).toEqual([]);
  });

  it('wants the base address without trailing slash', () => {
    expect(issueAt(siteSchema, { ...minimal, baseUrl: 'https://portal.example/' }, ['baseUrl']).expected).toBe('eine Adresse ohne Schrägstrich am Ende');
  });

  it('requires the publisher e-mail and at least one address line', () => {
    const noMail = edit(minimal, (d) => void delete (d.publisher as Partial<typeof d.publisher>).email);
    expect(issueAt(siteSchema, noMail, ['publisher', 'email']).message).toBe('Ein Pflichtfeld fehlt.');
    const noAddress = edit(minimal, (d) => void (d.responsible.address = []));
    expect(issueAt(siteSchema, noAddress, ['responsible', 'address']).expected).toBe('mindestens 1 Einträge');
  });

  it('rejects an unknown field', () => {
    expect(issueAt(siteSchema, { ...minimal, contactMail: 'a@b.de' }, ['contactMail']).found).toBe('das Feld „contactMail“');
  });
});

import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  documentRef,
  euroAmount,
  isoDate,
  newsDate,
  nonEmptyText,
  partialDate,
  period,
  quarter,
  quarterEntry,
  slug,
  url,
  year,
} from '../../../src/schemas/common.ts';
import { issueAt, issues, parse } from './schema-helpers.ts';

const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;
/** The German text a field schema gives for a bad value. */
const messageFor = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
  return result.error.issues.map((i) => i.message).join(' | ');
};

describe('slug', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    for (const v of ['ansiedlungskampagne', 'nordsachsen-2022', '24-7-laden-suedraum', 'a']) expect(ok(slug, v), v).toBe(true);
  });

  it('rejects capitals, umlauts, spaces, double or outer hyphens', () => {
    for (const v of ['Kampagne', 'grün', 'zwei worte', 'a--b', '-a', 'a-', '', 'a_b']) {
      expect(messageFor(slug, v), v).toMatch(/^eine Kennung aus Kleinbuchstaben a–z, Ziffern und Bindestrichen/);
    }
  });
});

describe('isoDate', () => {
  it('accepts an existing calendar date, also a leap day', () => {
    expect(isoDate.parse('2023-03-14')).toBe('2023-03-14');
    expect(isoDate.parse('2024-02-29')).toBe('2024-02-29');
  });

  it('turns a YAML Date object back into the text the editor wrote', () => {
    expect(isoDate.parse(new Date('2023-03-14T00:00:00Z'))).toBe('2023-03-14');
  });

  it('rejects dates that do not exist', () => {
    expect(messageFor(isoDate, '2023-02-29')).toBe('ein existierendes Kalenderdatum');
    expect(messageFor(isoDate, '2023-13-01')).toBe('ein existierendes Kalenderdatum');
  });

  it('rejects other formats with a German hint', () => {
    // exactly one message: a malformed value is not also called a non-existent day
    const hint = 'ein Datum im Format JJJJ-MM-TT (in Anführungszeichen, z. B. "2025-06-30")';
    expect(messageFor(isoDate, '14.03.2023')).toBe(hint);
    expect(messageFor(isoDate, '2023-03')).toBe(hint);
    expect(messageFor(isoDate, 2023)).toBe(hint);
    expect(messageFor(isoDate, null)).toBe('ein Datum im Format JJJJ-MM-TT');
  });
});

describe('partialDate', () => {
  it('accepts year, month or day as precise as the source', () => {
    expect(partialDate.parse('2009')).toBe('2009');
    expect(partialDate.parse('2022-07')).toBe('2022-07');
    expect(partialDate.parse('2025-06-30')).toBe('2025-06-30');
  });

  it('normalises a bare YAML year number and a YAML Date', () => {
    expect(partialDate.parse(2009)).toBe('2009');
    expect(partialDate.parse(new Date('2025-06-30T00:00:00Z'))).toBe('2025-06-30');
  });

  it('rejects impossible months and days, and other formats', () => {
    const hint = 'ein Datum JJJJ, JJJJ-MM oder JJJJ-MM-TT (in Anführungszeichen)';
    expect(messageFor(partialDate, '2022-13')).toBe(hint);
    expect(messageFor(partialDate, '2022-02-30')).toBe('ein existierendes Kalenderdatum');
    expect(messageFor(partialDate, '--03-22')).toBe(hint);
    expect(messageFor(partialDate, '2022-02-3x')).toBe(hint);
    expect(messageFor(partialDate, 2022.5)).toBe('ein Datum JJJJ, JJJJ-MM oder JJJJ-MM-TT');
  });
});

describe('newsDate', () => {
  it('accepts a day without a year', () => {
    expect(newsDate.parse('--03-22')).toBe('--03-22');
    expect(newsDate.parse('--02-29')).toBe('--02-29');
    expect(newsDate.parse('2023-03-14')).toBe('2023-03-14');
    expect(newsDate.parse(2023)).toBe('2023');
  });

  it('rejects impossible dates and months', () => {
    expect(messageFor(newsDate, '2023-02-29')).toBe('ein existierendes Kalenderdatum');
    expect(messageFor(newsDate, '--13-01')).toBe('ein Datum JJJJ-MM-TT, JJJJ-MM, JJJJ oder --MM-TT (Tag ohne Jahr)');
    expect(messageFor(newsDate, '2023-3-14')).toBe('ein Datum JJJJ-MM-TT, JJJJ-MM, JJJJ oder --MM-TT (Tag ohne Jahr)');
  });
});

describe('euroAmount', () => {
  it('accepts amounts ≥ 0 with at most two decimals', () => {
    for (const v of [0, 10000, 0.29, 558655.42, 12500.5]) expect(ok(euroAmount, v), String(v)).toBe(true);
  });

  it('rejects negative amounts, three decimals and huge numbers', () => {
    for (const v of [-0.01, -5000, 5000.255, 1e21]) {
      expect(messageFor(euroAmount, v), String(v)).toBe('einen Betrag ≥ 0 mit höchstens zwei Nachkommastellen');
    }
  });

  it('rejects amounts written as text', () => {
    expect(messageFor(euroAmount, '10000')).toBe('einen Betrag in Euro als Zahl (z. B. 10000 oder 558655.42)');
    expect(messageFor(euroAmount, '10.000,00 €')).toBe('einen Betrag in Euro als Zahl (z. B. 10000 oder 558655.42)');
  });
});

describe('year', () => {
  it('accepts whole years 1990–2100', () => {
    expect(ok(year, 2023)).toBe(true);
    expect(messageFor(year, 2023.5)).toBe('eine ganze Jahreszahl');
    expect(messageFor(year, 1989)).toBe('ein Jahr ab 1990');
    expect(messageFor(year, 2101)).toBe('ein Jahr bis 2100');
  });
});

describe('quarter / quarterEntry', () => {
  it('quarter accepts YYYY-Qn only', () => {
    expect(ok(quarter, '2023-Q1')).toBe(true);
    expect(messageFor(quarter, '2023-Q5')).toBe('ein Quartal im Format JJJJ-Qn (z. B. "2023-Q1")');
    expect(messageFor(quarter, '2023-Q1..2023-Q2')).toBe('ein Quartal im Format JJJJ-Qn (z. B. "2023-Q1")');
  });

  it('quarterEntry accepts a quarter or a forward range', () => {
    expect(ok(quarterEntry, '2023-Q1')).toBe(true);
    expect(ok(quarterEntry, '2022-Q3..2025-Q2')).toBe(true);
    // only the format message: "2023-Q5" is not a backwards range
    expect(messageFor(quarterEntry, '2023-Q5')).toBe('ein Quartal JJJJ-Qn oder einen Bereich JJJJ-Qn..JJJJ-Qn');
    expect(messageFor(quarterEntry, '2023-Q1..2023-Q5')).toBe('ein Quartal JJJJ-Qn oder einen Bereich JJJJ-Qn..JJJJ-Qn');
    expect(messageFor(quarterEntry, '2024-Q2..2024-Q1')).toBe('einen Bereich, dessen Ende nicht vor dem Anfang liegt');
  });
});

describe('url / nonEmptyText / documentRef / period', () => {
  it('url wants a full address', () => {
    expect(ok(url, 'https://www.regiondermitte.de')).toBe(true);
    expect(messageFor(url, 'www.regiondermitte.de')).toBe('eine vollständige Web-Adresse (https://…)');
  });

  it('nonEmptyText trims and rejects blank text', () => {
    expect(nonEmptyText.parse('  Text ')).toBe('Text');
    expect(messageFor(nonEmptyText, '   ')).toBe('einen nicht leeren Text');
  });

  it('documentRef needs a title; the address is optional', () => {
    expect(ok(documentRef, { title: 'Konzept' })).toBe(true);
    expect(ok(documentRef, { title: 'Konzept', url: 'https://x.example/k.pdf', format: 'PDF', note: 'n' })).toBe(true);
    expect(ok(documentRef, { url: 'https://x.example/k.pdf' })).toBe(false);
    expect(ok(documentRef, { title: 'Konzept', link: 'x' })).toBe(false);
  });

  it('period allows a missing start or end', () => {
    expect(period.parse({ start: 2021, note: 'Ende November 2021' })).toEqual({ start: '2021', note: 'Ende November 2021' });
    expect(period.parse({})).toEqual({});
  });
});

describe('checkSchema (German messages for zod generic checks)', () => {
  const schema = z.strictObject({
    title: nonEmptyText,
    count: z.number(),
    tags: z.array(z.string()).min(1),
    kind: z.enum(['a', 'b']),
    flag: z.boolean().optional(),
  });
  const valid = { title: 'T', count: 1, tags: ['x'], kind: 'a' };

  it('passes valid data through', () => {
    expect(parse(schema, valid)).toEqual(valid);
  });

  it('names a missing required field', () => {
    const issue = issueAt(schema, { ...valid, title: undefined }, ['title']);
    expect(issue).toMatchObject({ severity: 'error', message: 'Ein Pflichtfeld fehlt.', expected: 'einen Text', found: 'nichts (das Feld fehlt)' });
  });

  it('rejects an unknown field (typo) by name', () => {
    const issue = issueAt(schema, { ...valid, titel: 'T' }, ['titel']);
    expect(issue).toMatchObject({
      message: 'Das Feld „titel“ ist unbekannt (Tippfehler?).',
      expected: 'nur die im Datenformat beschriebenen Felder',
      found: 'das Feld „titel“',
    });
  });

  it('reports each unknown field separately', () => {
    const all = issues(schema, { ...valid, a: 1, b: 2 });
    expect(all.map((i) => i.path)).toEqual([['a'], ['b']]);
  });

  it('describes wrong types, enums and sizes in German', () => {
    expect(issueAt(schema, { ...valid, count: '1' }, ['count'])).toMatchObject({ message: 'Der Wert ist ungültig.', expected: 'eine Zahl', found: '„1“' });
    expect(issueAt(schema, { ...valid, flag: 'ja' }, ['flag']).expected).toBe('true oder false');
    expect(issueAt(schema, { ...valid, tags: 'x' }, ['tags']).expected).toBe('eine Liste');
    expect(issueAt(schema, { ...valid, tags: [] }, ['tags']).expected).toBe('mindestens 1 Einträge');
    expect(issueAt(schema, { ...valid, kind: 'c' }, ['kind']).expected).toBe('einen der Werte "a", "b"');
    expect(issueAt(schema, 'x', []).expected).toBe('ein Objekt mit Feldern');
  });

  it('reports all problems at once', () => {
    const all = issues(schema, { title: '', count: 'x', tags: [], kind: 'c', extra: 1 });
    expect(all.map((i) => i.path?.join('.')).sort()).toEqual(['count', 'extra', 'kind', 'tags', 'title']);
  });
});

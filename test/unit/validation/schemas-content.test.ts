import { describe, expect, it } from 'vitest';
import { aktuellesSchema } from '../../../src/schemas/aktuelles.ts';
import { handlungsfeldSchema } from '../../../src/schemas/handlungsfeld.ts';
import { massnahmeSchema } from '../../../src/schemas/massnahme.ts';
import { programmSchema } from '../../../src/schemas/programm.ts';
import { projektSchema } from '../../../src/schemas/projekt.ts';
import { regionalbudgetSchema } from '../../../src/schemas/regionalbudget.ts';
import { edit, issueAt, parse } from './schema-helpers.ts';

const SLUG_HINT = /^eine Kennung aus Kleinbuchstaben a–z, Ziffern und Bindestrichen/;

describe('regionalbudgetSchema', () => {
  const minimal = {
    title: 'Regionalbudget Test',
    subtitle: 'Untertitel',
    region: 'Landkreis Test',
    programme: 'grw-infra',
    period: { end: '2025-06-30' },
    summary: 'Kurz.',
  };

  it('accepts a minimal example and fills the defaults', () => {
    const data = parse(regionalbudgetSchema, minimal);
    expect(data.fieldLabel).toBe('Handlungsfeld');
    expect(data.contacts).toEqual([]);
    expect(data.period).toEqual({ end: '2025-06-30' });
  });

  it('accepts the full set of fields, normalising YAML dates and years', () => {
    const data = parse(regionalbudgetSchema, {
      ...minimal,
      code: '52140004',
      period: { start: new Date('2022-09-01T00:00:00Z'), end: 2025 },
      approvedPeriod: { start: '2022-07', end: '2025-06', label: 'Förderung genehmigt', source: 'Projektseite' },
      status: { value: 'bewilligt', asOf: '2023-05-02', source: 'Bescheid' },
      figures: [{ label: 'Einwohner', value: '197.673', asOf: '31.12.2019', source: 'Konzept, Abschnitt 1.1', credit: 'Statistisches Landesamt' }],
      funding: { total: 558655.42, grant: 446924.34, rate: 0.8 },
      managingBody: 'Landkreis',
      supportedBy: 'Agentur',
      fieldLabel: 'Themenbereich',
      contacts: ['anna-beispiel'],
      documents: [{ title: 'Konzept' }],
      cofinancing: 'Text',
      leichteSprache: ['Ein Satz.'],
    });
    expect(data.period).toEqual({ start: '2022-09-01', end: '2025' });
  });

  it('requires the end of the period', () => {
    expect(issueAt(regionalbudgetSchema, { ...minimal, period: { start: '2022' } }, ['period', 'end'])).toMatchObject({ message: 'Ein Pflichtfeld fehlt.' });
  });

  it('rejects an unknown status with the allowed values, and a status without its date and source', () => {
    const status = { value: 'genehmigt', asOf: '2023-05-02', source: 'Bescheid' };
    expect(issueAt(regionalbudgetSchema, { ...minimal, status }, ['status', 'value']).expected).toBe(
      'einen der Werte geplant, beantragt, bewilligt, laufend, abgeschlossen, eingestellt',
    );
    expect(issueAt(regionalbudgetSchema, { ...minimal, status: 'bewilligt' }, ['status']).found).toBe('„bewilligt“');
    expect(issueAt(regionalbudgetSchema, { ...minimal, status: { value: 'bewilligt', source: 'Bescheid' } }, ['status', 'asOf']).message).toBe('Ein Pflichtfeld fehlt.');
    expect(issueAt(regionalbudgetSchema, { ...minimal, status: { value: 'bewilligt', asOf: '2023-05-02' } }, ['status', 'source']).message).toBe('Ein Pflichtfeld fehlt.');
  });

  it('wants a source with every figure', () => {
    expect(issueAt(regionalbudgetSchema, { ...minimal, figures: [{ label: 'Einwohner', value: '197.673' }] }, ['figures', 0, 'source']).message).toBe('Ein Pflichtfeld fehlt.');
  });

  it('rejects a rate given in percent', () => {
    const bad = { ...minimal, funding: { total: 100, grant: 80, rate: 80 } };
    expect(issueAt(regionalbudgetSchema, bad, ['funding', 'rate']).expected).toBe('eine Quote zwischen 0 und 1 (80 % = 0.8)');
  });

  it('rejects funding amounts with three decimals or below zero', () => {
    const bad = { ...minimal, funding: { total: 100.005, grant: -1, rate: 0.8 } };
    expect(issueAt(regionalbudgetSchema, bad, ['funding', 'total']).expected).toBe('einen Betrag ≥ 0 mit höchstens zwei Nachkommastellen');
    expect(issueAt(regionalbudgetSchema, bad, ['funding', 'grant']).expected).toBe('einen Betrag ≥ 0 mit höchstens zwei Nachkommastellen');
  });

  it('wants the project code as text so leading zeros survive', () => {
    expect(issueAt(regionalbudgetSchema, { ...minimal, code: 52140004 }, ['code'])).toMatchObject({ expected: 'einen Text', found: 'die Zahl 52140004' });
  });

  it('rejects an unknown field, also inside the period', () => {
    expect(issueAt(regionalbudgetSchema, { ...minimal, programm: 'grw-infra' }, ['programm']).message).toBe('Das Feld „programm“ ist unbekannt (Tippfehler?).');
    expect(issueAt(regionalbudgetSchema, { ...minimal, period: { end: '2025', ende: '2025' } }, ['period', 'ende']).message).toContain('unbekannt');
  });

  it('rejects a programme that is not a slug and an impossible date', () => {
    expect(issueAt(regionalbudgetSchema, { ...minimal, programme: 'GRW Infra' }, ['programme']).expected).toMatch(SLUG_HINT);
    expect(issueAt(regionalbudgetSchema, { ...minimal, period: { end: '2025-02-30' } }, ['period', 'end']).expected).toBe('ein existierendes Kalenderdatum');
  });
});

describe('handlungsfeldSchema', () => {
  const minimal = { title: 'Wirtschaft', order: 1, summary: 'Kurz.' };

  it('accepts a minimal example (a field of action unless marked as accompanying)', () => {
    expect(parse(handlungsfeldSchema, minimal)).toEqual({ ...minimal, kind: 'handlungsfeld' });
    expect(parse(handlungsfeldSchema, { ...minimal, kind: 'begleitend' }).kind).toBe('begleitend');
    expect(issueAt(handlungsfeldSchema, { ...minimal, kind: 'viertes' }, ['kind']).expected).toBe('handlungsfeld oder begleitend');
  });

  it('wants a whole order from 1', () => {
    expect(issueAt(handlungsfeldSchema, { ...minimal, order: 0 }, ['order']).expected).toBe('eine Zahl ab 1');
    expect(issueAt(handlungsfeldSchema, { ...minimal, order: 1.5 }, ['order']).expected).toBe('eine ganze Zahl');
  });

  it('rejects an empty title and an unknown field', () => {
    expect(issueAt(handlungsfeldSchema, { ...minimal, title: ' ' }, ['title']).expected).toBe('einen nicht leeren Text');
    expect(issueAt(handlungsfeldSchema, { ...minimal, farbe: 'rot' }, ['farbe']).found).toBe('das Feld „farbe“');
  });
});

describe('massnahmeSchema', () => {
  const minimal = { title: 'Kampagne', summary: 'Kurz.' };

  it('accepts a minimal example (number and Handlungsfeld are optional)', () => {
    expect(parse(massnahmeSchema, minimal)).toEqual(minimal);
    expect(parse(massnahmeSchema, { ...minimal, number: 12, handlungsfeld: 'wirtschaft', contacts: ['a'], aliases: ['/regionalbudgets/x/massnahmen/alt/'] })).toMatchObject({
      number: 12,
    });
  });

  it('wants a number from 1', () => {
    expect(issueAt(massnahmeSchema, { ...minimal, number: 0 }, ['number']).expected).toBe('eine Nummer ab 1');
    expect(issueAt(massnahmeSchema, { ...minimal, number: '1' }, ['number']).expected).toBe('eine Zahl');
  });

  it('wants slugs for Handlungsfeld and contacts', () => {
    expect(issueAt(massnahmeSchema, { ...minimal, handlungsfeld: 'Wirtschaft' }, ['handlungsfeld']).expected).toMatch(SLUG_HINT);
    expect(issueAt(massnahmeSchema, { ...minimal, contacts: ['ok', 'Anna Beispiel'] }, ['contacts', 1]).expected).toMatch(SLUG_HINT);
  });

  it('wants aliases as paths with a trailing slash', () => {
    expect(issueAt(massnahmeSchema, { ...minimal, aliases: ['/regionalbudgets/x/massnahmen/alt'] }, ['aliases', 0]).expected).toMatch(/^einen Pfad wie/);
  });
});

describe('projektSchema', () => {
  const minimal = { title: 'Projekt', region: 'Region', period: {}, summary: 'Kurz.' };

  it('accepts a minimal example and fills the defaults', () => {
    const data = parse(projektSchema, { ...minimal, volume: { amount: 700000 } });
    expect(data.contacts).toEqual([]);
    expect(data.volume).toEqual({ amount: 700000, approximate: false });
  });

  it('requires the period', () => {
    const { period: _p, ...noPeriod } = minimal;
    expect(issueAt(projektSchema, noPeriod, ['period']).message).toBe('Ein Pflichtfeld fehlt.');
  });

  it('keeps only the known qualifiers of a result figure', () => {
    const good = { ...minimal, results: [{ label: 'Teilnehmende', value: 120, qualifier: 'mehr als' }] };
    expect(parse(projektSchema, good).results?.[0]?.qualifier).toBe('mehr als');
    const bad = edit(good, (d) => void (d.results[0]!.qualifier = 'etwa'));
    expect(issueAt(projektSchema, bad, ['results', 0, 'qualifier']).expected).toBe('einen der Zusätze ca., mehr als, rund, bis zu');
  });

  it('rejects a website without protocol and a volume with three decimals', () => {
    expect(issueAt(projektSchema, { ...minimal, website: 'www.x.de' }, ['website']).expected).toBe('eine vollständige Web-Adresse (https://…)');
    expect(issueAt(projektSchema, { ...minimal, volume: { amount: 1.001 } }, ['volume', 'amount']).expected).toBe(
      'einen Betrag ≥ 0 mit höchstens zwei Nachkommastellen',
    );
  });
});

describe('programmSchema', () => {
  const minimal = { title: 'GRW Infra', funder: 'SMWA', level: 'Land', summary: 'Kurz.' };

  it('accepts a minimal example', () => {
    expect(parse(programmSchema, minimal)).toEqual(minimal);
  });

  it('wants one of the four levels', () => {
    expect(issueAt(programmSchema, { ...minimal, level: 'Bundesland' }, ['level']).expected).toBe('eine der Ebenen EU, Bund, Land oder Kommune');
  });

  it('requires the funder', () => {
    const { funder: _f, ...noFunder } = minimal;
    expect(issueAt(programmSchema, noFunder, ['funder'])).toMatchObject({ message: 'Ein Pflichtfeld fehlt.', found: 'nichts (das Feld fehlt)' });
  });
});

describe('aktuellesSchema', () => {
  const minimal = { title: 'Meldung', summary: 'Kurz.' };

  it('accepts a minimal example without date and fills empty relations', () => {
    expect(parse(aktuellesSchema, minimal)).toEqual({ ...minimal, regionalbudgets: [], projects: [], measures: [] });
  });

  it('normalises a YAML Date and accepts a day without year', () => {
    expect(parse(aktuellesSchema, { ...minimal, date: new Date('2023-03-14T00:00:00Z') }).date).toBe('2023-03-14');
    expect(parse(aktuellesSchema, { ...minimal, date: '--03-22' }).date).toBe('--03-22');
    expect(parse(aktuellesSchema, { ...minimal, date: 2023 }).date).toBe('2023');
  });

  it('rejects an impossible date', () => {
    expect(issueAt(aktuellesSchema, { ...minimal, date: '2023-02-30' }, ['date']).expected).toBe('ein existierendes Kalenderdatum');
  });

  it('wants measure references as <regionalbudget>/<massnahme>', () => {
    expect(parse(aktuellesSchema, { ...minimal, measures: ['nordsachsen-2022/ansiedlungskampagne'] }).measures).toHaveLength(1);
    expect(issueAt(aktuellesSchema, { ...minimal, measures: ['ansiedlungskampagne'] }, ['measures', 0]).expected).toMatch(
      /^einen Verweis „<regionalbudget>\/<massnahme>“/,
    );
  });

  it('rejects an unknown field in the source', () => {
    expect(issueAt(aktuellesSchema, { ...minimal, source: { title: 'Q', link: 'x' } }, ['source', 'link']).message).toBe(
      'Das Feld „link“ ist unbekannt (Tippfehler?).',
    );
  });
});

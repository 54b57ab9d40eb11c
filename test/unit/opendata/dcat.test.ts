/** The DCAT-AP.de catalogue built from the fixture project passes the mandatory properties and K01, K31, K32, K36. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRepo } from '../../../src/lib/io/validate-repo.ts';
import { dateLiteral, dcatCatalog } from '../../../src/lib/opendata/dcat.ts';
import { dataFiles } from '../../../src/lib/opendata/files.ts';
import { ROOT } from '../../helpers/site.ts';
import { checkDcat } from './dcat-checks.ts';
import { toTriples } from './jsonld.ts';

const model = validateRepo(join(ROOT, 'test/fixtures/valid')).model;
if (!model) throw new Error('Fixture ungültig');
const build = (dates = true) =>
  dcatCatalog({ model, files: dataFiles(model), modified: () => (dates ? '2024-05-01' : undefined), issued: () => (dates ? '2023-01-10' : undefined) });

describe('dcatCatalog', () => {
  it('passes the checks', () => {
    const { problems, graph } = checkDcat(build(), { publisherName: 'Testbetreiber', licenceId: 'dl-by-de/2.0' });
    expect(problems).toEqual([]);
    expect(graph.subjectsOfType('http://www.w3.org/ns/dcat#Dataset')).toHaveLength(model.regionalbudgets.length + 1);
    expect(graph.subjectsOfType('http://www.w3.org/ns/dcat#Distribution')).toHaveLength(model.regionalbudgets.length * 4 + 2);
  });

  it('leaves dates out rather than guessing them (shallow clone)', () => {
    const json = JSON.stringify(build(false));
    expect(json).not.toContain('dct:issued');
    expect(json).not.toContain('dct:modified');
    expect(checkDcat(build(false), { publisherName: 'Testbetreiber', licenceId: 'dl-by-de/2.0' }).problems).toEqual([]);
  });

  it('reports violations of the conventions', () => {
    const broken = build() as Record<string, any>;
    const ds = broken['dcat:dataset'][0];
    ds['dcat:contactPoint'] = { '@type': 'vcard:Organization', 'vcard:fn': 'x' };
    ds['dcat:distribution'][0]['dct:format'] = 'CSV';
    ds['dcat:distribution'][1]['dct:license'] = { '@id': 'https://creativecommons.org/licenses/by/4.0/' };
    ds['dct:publisher'] = { '@type': 'foaf:Organization', 'foaf:name': 'Jemand anderes' };
    delete ds['dcat:distribution'][2]['dcat:accessURL'];
    const problems = checkDcat(broken, { publisherName: 'Testbetreiber', licenceId: 'dl-by-de/2.0' }).problems.join('\n');
    expect(problems).toMatch(/^K01 /m);
    expect(problems).toMatch(/^K31 /m);
    expect(problems).toMatch(/^K32 /m);
    expect(problems).toMatch(/^K36 /m);
    expect(problems).toMatch(/accessURL/);
  });

  it('uses only terms the context defines and typed dates', () => {
    expect(() => toTriples(build())).not.toThrow();
    expect(() => toTriples({ ...build(), title: 'x' })).toThrow(/ohne Präfix/);
    expect(dateLiteral('2022-07')).toEqual({ '@value': '2022-07', '@type': 'xsd:gYearMonth' });
    expect(dateLiteral('2025')).toEqual({ '@value': '2025', '@type': 'xsd:gYear' });
  });
});

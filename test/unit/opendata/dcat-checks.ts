/**
 * Checks of the DCAT-AP.de catalogue, shared by the unit test (fixture content) and the build test (real
 * catalogue). Returns every violation as a German sentence; an empty list means the catalogue passes.
 *
 * Wording relied on (DCAT-AP.de Spezifikation and Konventionenhandbuch 2.0, github.com/GovDataOfficial/DCAT-AP.de,
 * Releases/DCAT-AP.de V2.0/spec/04_classes.md and implRules/020–022):
 * - Pflichtangaben: Katalog – dct:title [1..*], dct:description [1..*], dcat:dataset [1..*], dct:publisher [1];
 *   Datensatz – dct:title [1..*], dct:description [1..*] (DCAT-AP.de 3.0 adds dct:publisher [1] as Pflicht,
 *   checked as well); Distribution – dcat:accessURL [1..*].
 * - K01: „Kontaktinformationen MÜSSEN mindestens Angaben zur Email (vcard:hasEmail) oder einen Link zum
 *   Kontaktformular oder Chatbot (vcard:hasURL) enthalten.“
 * - K31: „Hat die Datei, die die Daten einer Distribution beinhaltet, ein im EU Vokabular ‚File Type‘ geführtes
 *   Format, so MUSS auf dieses mittels dct:format verwiesen werden.“
 * - K32: „Distributionen von Datensätzen MÜSSEN mit einer Lizenz ausgewiesen werden. Für die Kennzeichnung der
 *   Lizenzen MÜSSEN die unter http://dcat-ap.de/def/licenses/ genannten URIs verwendet werden.“
 * - K36: „Unter dct:publisher MUSS die Organisation eingetragen werden, die den Datensatz (im rechtlichen, nicht
 *   technischen Sinne) veröffentlicht, d.h. die entschieden hat, dass Dritten Nutzungsrechte (hilfsweise Zugang)
 *   eingeräumt werden.“ Here that is the site operator who grants the licence (data/site.json „publisher“).
 */
import { Graph, toTriples } from './jsonld.ts';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const FILE_TYPES = new Set(['CSV', 'JSON', 'XML', 'PDF', 'HTML', 'ZIP', 'JSON_LD', 'RDF_XML', 'XLSX', 'ODS']);

export interface DcatExpectations {
  publisherName: string;
  licenceId: string;
}

export function checkDcat(doc: Record<string, unknown>, expect: DcatExpectations): { problems: string[]; graph: Graph } {
  const graph = new Graph(toTriples(doc));
  const problems: string[] = [];
  const need = (s: string, p: string, label: string, min = 1, max = Infinity) => {
    const n = graph.objects(s, p).length;
    if (n < min || n > max) problems.push(`${label}: ${p} ${n}-mal statt ${min === max ? min : `${min}..${max === Infinity ? '*' : max}`}`);
  };
  const catalogs = graph.subjectsOfType(`${DCAT}Catalog`);
  if (catalogs.length !== 1) problems.push(`genau ein dcat:Catalog erwartet, gefunden: ${catalogs.length}`);
  const publisherOk = (s: string, label: string) => {
    // K36
    const pubs = graph.objects(s, `${DCT}publisher`);
    for (const pub of pubs) {
      const names = graph.objects(pub.o, `${FOAF}name`).map((t) => t.o);
      if (!names.includes(expect.publisherName)) problems.push(`K36 ${label}: Herausgeber ist nicht „${expect.publisherName}“ (${names.join(', ') || 'ohne foaf:name'})`);
      if (graph.objects(pub.o, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type').every((t) => t.o !== `${FOAF}Organization` && t.o !== `${FOAF}Agent`)) problems.push(`K36 ${label}: Herausgeber ist kein foaf:Agent/foaf:Organization`);
    }
  };
  for (const c of catalogs) {
    need(c, `${DCT}title`, 'Katalog');
    need(c, `${DCT}description`, 'Katalog');
    need(c, `${DCAT}dataset`, 'Katalog');
    need(c, `${DCT}publisher`, 'Katalog', 1, 1);
    publisherOk(c, 'Katalog');
  }
  const datasets = graph.subjectsOfType(`${DCAT}Dataset`);
  for (const d of datasets) {
    need(d, `${DCT}title`, `Datensatz ${d}`);
    need(d, `${DCT}description`, `Datensatz ${d}`);
    need(d, `${DCT}publisher`, `Datensatz ${d}`, 1, 1);
    need(d, `${DCAT}distribution`, `Datensatz ${d}`);
    publisherOk(d, `Datensatz ${d}`);
    // K01
    for (const cp of graph.objects(d, `${DCAT}contactPoint`)) {
      const email = graph.objects(cp.o, `${VCARD}hasEmail`).filter((t) => !t.literal && /^mailto:[^@\s]+@[^@\s]+$/.test(t.o));
      const url = graph.objects(cp.o, `${VCARD}hasURL`).filter((t) => !t.literal && /^https?:\/\//.test(t.o));
      if (email.length === 0 && url.length === 0) problems.push(`K01 Datensatz ${d}: Kontakt ohne vcard:hasEmail und ohne vcard:hasURL`);
    }
  }
  const distributions = graph.subjectsOfType(`${DCAT}Distribution`);
  for (const x of distributions) {
    need(x, `${DCAT}accessURL`, `Distribution ${x}`);
    for (const a of graph.objects(x, `${DCAT}accessURL`)) if (a.literal) problems.push(`Distribution ${x}: dcat:accessURL ist kein IRI`);
    // K31
    const formats = graph.objects(x, `${DCT}format`);
    if (formats.length !== 1) problems.push(`K31 Distribution ${x}: ${formats.length} dct:format statt 1`);
    for (const f of formats) {
      const m = /^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/([A-Z0-9_]+)$/.exec(f.o);
      if (f.literal || !m || !FILE_TYPES.has(m[1] ?? '')) problems.push(`K31 Distribution ${x}: dct:format ${f.o} ist kein Format des EU-Vokabulars „File Type“`);
      const download = graph.objects(x, `${DCAT}downloadURL`)[0]?.o ?? '';
      const ext = /\.([a-z]+)$/.exec(download)?.[1]?.toUpperCase();
      if (m && ext && ext !== m[1]) problems.push(`K31 Distribution ${x}: Format ${m[1]} passt nicht zur Datei ${download}`);
    }
    // K32
    const licences = graph.objects(x, `${DCT}license`);
    if (licences.length === 0) problems.push(`K32 Distribution ${x}: keine Lizenz`);
    for (const l of licences) {
      if (l.literal || !l.o.startsWith('http://dcat-ap.de/def/licenses/')) problems.push(`K32 Distribution ${x}: Lizenz ${l.o} nicht aus http://dcat-ap.de/def/licenses/`);
      else if (l.o !== `http://dcat-ap.de/def/licenses/${expect.licenceId}`) problems.push(`K32 Distribution ${x}: Lizenz ${l.o} ist nicht die Lizenz aus data/site.json (${expect.licenceId})`);
    }
  }
  return { problems, graph };
}

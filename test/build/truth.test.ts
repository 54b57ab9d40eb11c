/**
 * Issue 13 "Truthful pages": every rule checked over built sites – the real content (test build) and two
 * fixture sites: test/fixtures/wahrheit (accompanying measures, two sources that disagree, a measure with an
 * editor-set status, placeholders present) and test/fixtures/valid (no placeholders, built with --release).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, isRedirect } from '../../scripts/lib/built-pages.ts';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import { facets } from '../../src/lib/search/facets.ts';
import { DIST, ROOT, ensureBuilt, page, text } from '../helpers/site.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
const FX = join(ROOT, 'test/fixtures/wahrheit');
const FX_DIST = join(ROOT, '.cache/test-dist-wahrheit');
const VALID = join(ROOT, 'test/fixtures/valid');
const VALID_DIST = join(ROOT, '.cache/test-dist-valid-release');

function build(root: string, out: string, ...extra: string[]) {
  return spawnSync(NODE, ['scripts/build.ts', '--root', root, '--out', out, ...extra], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, RB_BUILD_DATE: '2023-06-15', ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
  });
}

/** Every built HTML page (no redirect stubs) under a folder, as [site path, html]: the build's own walker. */
function htmlPages(dist: string): [string, string][] {
  return builtPages(dist)
    .filter((p) => !isRedirect(p.html))
    .map((p): [string, string] => [p.url, p.html]);
}

const at = (dist: string, path: string) => readFileSync(path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path), 'utf8');
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');

beforeAll(() => {
  ensureBuilt();
  const fx = build(FX, FX_DIST);
  if (fx.status !== 0) throw new Error(`Fixture-Build fehlgeschlagen:\n${fx.stderr}`);
  const valid = build(VALID, VALID_DIST, '--release');
  if (valid.status !== 0) throw new Error(`Release-Build der Fixture ohne Platzhalter fehlgeschlagen:\n${valid.stderr}`);
}, 300_000);

describe('status: only what a source reports', () => {
  it('real content: no measure page states a progress status; each says what the schedule plans', () => {
    const model = validateRepo(ROOT).model!;
    for (const m of model.regionalbudgets.flatMap((rb) => rb.measures)) {
      const t = text(page(m.url));
      expect(t, m.url).not.toMatch(/\b(abgeschlossen|laufend)\b/);
      expect(t, m.url).not.toMatch(/Status \(Stand/);
      if (m.quarters?.length) expect(t, m.url).toMatch(/Zeitraum laut Zeitplan [IV]+\/\d{4}( bis [IV]+\/\d{4})?/);
    }
    expect(text(page('/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/'))).toContain('laut Zeitplan III/2022 bis II/2025');
  });

  it('real content: the search offers no status filter, because no source reports one', () => {
    expect(page('/suche/')).not.toMatch(/name="status"/);
  });

  it('fixture: an editor-set status is shown with its date and source, only where set, and is the only filter value', () => {
    expect(text(at(FX_DIST, '/regionalbudgets/test-2023/massnahmen/kampagne/'))).toContain('Status laufend (Stand 1. Februar 2024, Quelle: Zwischenbericht (Testdaten))');
    expect(text(at(FX_DIST, '/regionalbudgets/test-2023/massnahmen/messe/'))).not.toContain('Status');
    const model = validateRepo(FX).model!;
    expect(facets(model).find((f) => f.key === 'status')?.options.map((o) => o.param)).toEqual(['laufend']);
    expect(at(FX_DIST, '/regionalbudgets/test-2023/massnahmen/kampagne/')).toContain('data-pagefind-filter="status:laufend"');
  });
});

describe('accompanying measures are not a Handlungsfeld', () => {
  it('real content: counts and labels say three Handlungsfelder and accompanying measures', () => {
    const home = text(page('/'));
    expect(home).toContain('Gegliedert in 3 Handlungsfelder, 3 Themenbereiche und begleitende Maßnahmen');
    expect(home).not.toMatch(/7 Handlungsfelder/);
    const all = text(page('/massnahmen/'));
    expect(all).toContain('Gegliedert in 3 Handlungsfelder und begleitende Maßnahmen');
    expect(all).not.toMatch(/Handlungsfelder: 4/);
    const facts = text(page('/regionalbudgets/nordsachsen-2022/'));
    const measures = validateRepo(ROOT).model!.regionalbudgets.find((rb) => rb.id === 'nordsachsen-2022')!.measures.length;
    expect(facts).toContain(`${measures}, gegliedert in 3 Handlungsfelder und begleitende Maßnahmen`);
    expect(facts).not.toMatch(/in 4 Handlungsfeldern?/);
    expect(text(page('/regionalbudgets/'))).toContain(`${measures}, gegliedert in 3 Handlungsfelder und begleitende Maßnahmen`);
    for (const slug of ['begleitende-unterstuetzung-projektumsetzung', 'website-wirtschaftsstandort', 'soziale-medien', 'flyer-plakate-giveaways', 'audiowerbung']) {
      const t = text(page(`/regionalbudgets/nordsachsen-2022/massnahmen/${slug}/`));
      expect(t, slug).not.toMatch(/Handlungsfeld Projektbegleitende Maßnahmen/);
      expect(t, slug).toContain('Zuordnung Projektbegleitende Maßnahmen');
    }
  });

  it('real content: open data keeps the accompanying group out of the Handlungsfeld column', () => {
    const csv = page('/daten/massnahmen.csv');
    expect(csv.split('\n')[0]).toContain(',handlungsfeld,begleitend,');
    expect(csv).not.toMatch(/,Projektbegleitende Maßnahmen,,/);
    expect(csv).toMatch(/nordsachsen-2022,22,audiowerbung,Audiowerbung,,Projektbegleitende Maßnahmen,/);
    const json = JSON.parse(page('/daten/nordsachsen-2022/budget.json')) as { gliederung: string; massnahmen: { nr: number; handlungsfeld: string | null; begleitend: string | null }[] };
    expect(json.gliederung).toBe('3 Handlungsfelder und begleitende Maßnahmen');
    expect(json.massnahmen.find((m) => m.nr === 18)).toMatchObject({ handlungsfeld: null, begleitend: 'Projektbegleitende Maßnahmen' });
  });

  it('fixture: another Regionalbudget with accompanying measures gets the same wording', () => {
    expect(text(at(FX_DIST, '/'))).toContain('Gegliedert in 2 Handlungsfelder, 1 Themenbereich und begleitende Maßnahmen');
    expect(text(at(FX_DIST, '/massnahmen/'))).toContain('Gegliedert in 2 Handlungsfelder und begleitende Maßnahmen');
    expect(text(at(FX_DIST, '/regionalbudgets/test-2023/massnahmen/begleitung/'))).toContain('Zuordnung Begleitende Vorhaben');
    expect(text(at(FX_DIST, '/regionalbudgets/test-2023/handlungsfelder/begleitend/'))).toContain('Begleitende Maßnahmen ·');
  });
});

describe('conflicting sources: both values with their sources, everywhere', () => {
  const NS = 'Geplante Laufzeit 1. September 2022 bis 31. August 2025 (Konzept Regionalbudget Landkreis Nordsachsen); Bewilligungszeitraum 1. Januar 2023 bis 31. Dezember 2025 (Internetseite des Landkreises Nordsachsen) – die Quellen nennen unterschiedliche Zeiträume';

  it('real content: home, overview, open data and the DCAT catalogue give the same honest form', () => {
    expect(text(page('/'))).toContain(NS);
    expect(text(page('/regionalbudgets/'))).toContain(NS);
    expect((JSON.parse(page('/daten/nordsachsen-2022/budget.json')) as { zeitraum: string }).zeitraum).toBe(NS);
    expect(page('/daten/katalog.jsonld')).toContain(NS);
  });

  it('real content: key facts and Leichte Sprache show both terms with their sources', () => {
    const facts = text(/<section[^>]*aria-labelledby="eckdaten"[^>]*>([\s\S]*?)<\/section>/.exec(page('/regionalbudgets/nordsachsen-2022/'))?.[1] ?? '');
    expect(facts).toContain('Geplante Laufzeit 1. September 2022 bis 31. August 2025 (Quelle: Konzept Regionalbudget Landkreis Nordsachsen)');
    expect(facts).toContain('Bewilligungszeitraum 1. Januar 2023 bis 31. Dezember 2025 (Quelle: Internetseite des Landkreises Nordsachsen)');
    expect(facts).toContain('Die Quellen nennen unterschiedliche Zeiträume');
    const ls = text(page('/leichte-sprache/'));
    expect(ls).toContain('Geplante Laufzeit: 1. September 2022 bis 31. August 2025.');
    expect(ls).toContain('Bewilligungszeitraum: 1. Januar 2023 bis 31. Dezember 2025.');
    expect(ls).toContain('Die Quellen nennen verschiedene Zeiten.');
  });

  it('real content: Leipzig says what seed 000 says (Laufzeit bis 30.06.2025, Förderung 07/2022 – 06/2025 genehmigt)', () => {
    const t = text(page('/regionalbudgets/leipzig-2022/'));
    expect(t).toContain('Laufzeit bis 30. Juni 2025');
    expect(t).toContain('Förderung genehmigt Juli 2022 bis Juni 2025');
    expect(t).not.toContain('Beginn in der Quelle nicht angegeben');
    expect(text(page('/'))).not.toContain('Beginn in der Quelle nicht angegeben');
    expect(t).not.toMatch(/\bbewilligt\b/);
  });

  it('real content: the budget and schedule notes point out the conflicts, derived from the data', () => {
    const t = text(page('/regionalbudgets/nordsachsen-2022/'));
    expect(t).toContain('Abweichungen zwischen den Quellen');
    expect(t).toContain(`Laut Konzept Regionalbudget Landkreis Nordsachsen, Anlage 1 – Budgetplan der Maßnahmen sind für 2022 125.000\u00a0€ geplant; Bewilligungszeitraum (Internetseite des Landkreises Nordsachsen): 1. Januar 2023 bis 31. Dezember 2025.`);
    expect(t).toContain('reicht der Zeitplan von III/2022 bis II/2025; Geplante Laufzeit (Konzept Regionalbudget Landkreis Nordsachsen): 1. September 2022 bis 31. August 2025 (III/2022 bis III/2025).');
  });

  it('real content: npm run check reports the conflicts as German notices at their lines', () => {
    const run = spawnSync(NODE, ['scripts/check.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/content\/regionalbudgets\/nordsachsen-2022\/index\.mdx:\d+:\d+ Hinweis bei approvedPeriod: Die Quellen weichen voneinander ab/);
    expect(run.stderr).toMatch(/data\/budgets\/nordsachsen-2022\.json:\d+:\d+ Hinweis bei totals\.2022: .*125\.000/);
    expect(run.stderr).toMatch(/data\/schedules\/nordsachsen-2022\.json:\d+:\d+ Hinweis bei to: .*III\/2022 bis II\/2025/);
  });

  it('fixture: a conflict in another Regionalbudget is found by the same rules and shown the same way', () => {
    const FXS = 'Geplante Laufzeit 1. Januar 2023 bis 30. Juni 2025 (Testkonzept); Bewilligungszeitraum Januar 2024 bis Dezember 2025 (Testbescheid) – die Quellen nennen unterschiedliche Zeiträume';
    expect(text(at(FX_DIST, '/'))).toContain(FXS);
    expect(text(at(FX_DIST, '/regionalbudgets/'))).toContain(FXS);
    const rb = text(at(FX_DIST, '/regionalbudgets/test-2023/'));
    expect(rb).toContain('Laut Budgetplan für die Tests sind für 2023 16.000,25\u00a0€ geplant; Bewilligungszeitraum (Testbescheid): Januar 2024 bis Dezember 2025.');
    expect(rb).toContain('Laut Zeitplan für die Tests reicht der Zeitplan von I/2023 bis IV/2025; Geplante Laufzeit (Testkonzept)');
    const run = spawnSync(NODE, ['scripts/check.ts', FX], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr.match(/ Hinweis bei /g)).toHaveLength(5);
    expect(run.stdout).toContain('0 Fehler, 0 Warnungen, 5 Hinweise.');
  });
});

describe('every figure names its source', () => {
  it('real content: the concept’s own credits are shown with the figures', () => {
    const t = text(page('/regionalbudgets/nordsachsen-2022/'));
    expect(t).toContain('Kennzahlen aus den Quellen');
    expect(t).toContain('basierend auf Leibert et al. (2018)');
    expect(t).toContain('MDR Sachsen / Statistisches Landesamt');
    expect(t).toContain('SWOT-Analyse im Rahmen des KEK 2030');
    expect(t).toContain('Bruttowertschöpfung: 4,6 Mrd. Euro. Quelle: Konzept Regionalbudget Landkreis Nordsachsen, Abschnitt 1.3; dort als Quelle genannt: „SWOT-Analyse im Rahmen des KEK 2030“');
  });

  it('fixture: figures with a credit render it', () => {
    expect(text(at(FX_DIST, '/regionalbudgets/test-2023/'))).toContain('Einwohner: 12.345 (Stand: 31.12.2020). Quelle: Testkonzept, Abschnitt 1; dort als Quelle genannt: „Statistisches Testamt“');
  });
});

describe('names and wording as in the source', () => {
  it('real content: no assembled or silently corrected names', () => {
    for (const [path, html] of htmlPages(DIST)) {
      expect(text(html), path).not.toContain('Aufbauwerk Region Leipzig');
      expect(text(html), path).not.toContain('Handlungsoptionen');
    }
    expect(text(page('/projekte/region-der-mitte/'))).toContain('„Handelsoptionen“ [sic]');
    expect(text(page('/regionalbudgets/leipzig-2022/'))).toContain('Begleitung Aufbauwerk');
  });
});

describe('placeholders', () => {
  const REAL_OPERATOR = ['Musterstraße', '0351 000000', 'redaktion@regionalbudget-portal.example', 'Demo-Betreiber'];

  it('real content: every page shows the preview notice', () => {
    const pages = htmlPages(DIST);
    expect(pages.length).toBeGreaterThan(60);
    for (const [path, html] of pages) expect(html, path).toMatch(/<aside class="preview-banner" aria-label="Vorschau"[^>]*>\s*<p><strong>Vorschau – nicht veröffentlicht\.<\/strong>/);
  });

  it('real content: machine-readable outputs never state the placeholder operator', () => {
    for (const [path, html] of htmlPages(DIST)) for (const v of REAL_OPERATOR) expect(jsonLd(html), path).not.toContain(v);
    for (const file of ['/daten/katalog.jsonld', '/daten/massnahmen.json', '/daten/nordsachsen-2022/budget.json', '/aktuelles/feed.xml']) {
      for (const v of REAL_OPERATOR) expect(page(file), `${file}: ${v}`).not.toContain(v);
    }
    const json = JSON.parse(page('/daten/massnahmen.json')) as { herausgeber: { vorschau: boolean; email: string | null } };
    expect(json.herausgeber).toMatchObject({ vorschau: true, email: null });
    for (const [path, html] of htmlPages(DIST)) {
      const cite = /<cite>([\s\S]*?)<\/cite>/.exec(html)?.[1];
      if (cite) expect(cite, path).not.toContain('Demo-Betreiber');
    }
  });

  it('real content: a release build refuses, naming every placeholder at its line, and leaves dist alone', () => {
    const out = join(ROOT, '.cache/test-dist-release-refused');
    const run = build(ROOT, out, '--release');
    expect(run.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    const site = JSON.parse(readFileSync(join(ROOT, 'data/site.json'), 'utf8')) as { demo: string[] };
    expect(site.demo.length).toBeGreaterThan(0);
    for (const field of site.demo) {
      expect(run.stderr).toMatch(new RegExp(`data/site\\.json:\\d+:\\d+ Fehler bei ${field}: „${field}“ ist als Platzhalter markiert`));
    }
    expect(run.stderr).toContain(`Veröffentlichung abgebrochen: ${site.demo.length} Platzhalter`);
  });

  it('fixture with placeholders: banner on every page, operator left out of JSON-LD, DCAT and feeds', () => {
    for (const [path, html] of htmlPages(FX_DIST)) {
      expect(html, path).toContain('class="preview-banner"');
      expect(jsonLd(html), path).not.toContain('Testbetreiber');
    }
    expect(at(FX_DIST, '/daten/katalog.jsonld')).not.toContain('redaktion@test.example');
    expect(at(FX_DIST, '/aktuelles/feed.xml')).not.toContain('redaktion@test.example');
  });

  it('fixture without placeholders: the release build runs, shows no notice and states the operator', () => {
    const pages = htmlPages(VALID_DIST);
    expect(pages.length).toBeGreaterThan(10);
    for (const [path, html] of pages) expect(html, path).not.toContain('preview-banner');
    expect(jsonLd(at(VALID_DIST, '/'))).toContain('"@type":"GovernmentOrganization","name":"Testbetreiber"');
    expect(at(VALID_DIST, '/daten/katalog.jsonld')).toContain('mailto:redaktion@test.example');
  });
});

describe('legal pages name Saxon law', () => {
  it('accessibility statement: BfWebG and EN 301 549, no federal BGG/BITV references', () => {
    const t = text(page('/barrierefreiheit/'));
    expect(t).toContain('Barrierefreie-Websites-Gesetz – BfWebG) vom 10. April 2019 (SächsGVBl. S. 266)');
    expect(t).toContain('EN 301 549');
    expect(t).toContain('Deutsche Zentrum für barrierefreies Lesen');
    expect(t).not.toMatch(/§ 12a|§ 12b|§ 16 BGG|BITV|Schlichtungsstelle/);
    expect(page('/barrierefreiheit/')).not.toMatch(/<meta name="description" content="[^"]*BGG/);
  });

  it('Impressum and Datenschutz: DDG, MStV, DSGVO, SächsDSDG and the Saxon supervisory authority', () => {
    const imp = text(page('/impressum/'));
    expect(imp).toContain('§ 5 Digitale-Dienste-Gesetz');
    expect(imp).toContain('§ 18 Abs. 2 Medienstaatsvertrag');
    const ds = text(page('/datenschutz/'));
    expect(ds).toContain('Sächsisches Datenschutzdurchführungsgesetz – SächsDSDG) vom 26. April 2018 (SächsGVBl. S. 198, 199)');
    expect(ds).toContain('Sächsischen Datenschutz- und Transparenzbeauftragten');
    expect(ds).toContain('§ 14 SächsDSDG');
  });
});

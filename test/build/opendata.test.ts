/**
 * Open data, feeds, sitemap and press kit in the real build: the files equal the budget data to the cent,
 * every measure is present, feeds/sitemap/catalogue parse and list every item, and every share image
 * exists at 1200 × 630 and is referenced by its page.
 */
import { publisherName } from '../../src/lib/site-identity.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/lib/built-pages.ts';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import { eurosToCents } from '../../src/lib/money.ts';
import { parseCsvObjects } from '../../src/lib/opendata/csv.ts';
import { MEASURE_YEAR_COLUMNS, SCHEDULE_COLUMNS } from '../../src/lib/opendata/dictionary.ts';
import { dataFiles } from '../../src/lib/opendata/files.ts';
import { plainWarnings, warningSummary } from '../../src/lib/opendata/warnings.ts';
import { allNewsFeed, regionalbudgetNews } from '../../src/lib/opendata/news-feed.ts';
import { openDataSchemas } from '../../src/lib/opendata/published-schemas.ts';
import { budgetJsonSchema, measuresJsonSchema, scheduleJsonSchema } from '../../src/lib/opendata/schemas.ts';
import { shareCards } from '../../src/lib/share-image/cards.ts';
import { budgetFileSchema } from '../../src/schemas/budget.ts';
import { BUILD_DATE, DIST, ROOT, ensureBuilt, exists, page, text } from '../helpers/site.ts';
import { checkDcat } from '../unit/opendata/dcat-checks.ts';

beforeAll(ensureBuilt);
const model = validateRepo(ROOT).model;
if (!model) throw new Error('Die echten Inhalte sind ungültig');
const base = model.site.baseUrl;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'url', 'link', 'category'].includes(name) });

/** "10000.50" → 1000050 without floats. */
function cents(decimal: string): number {
  const m = /^(\d+)\.(\d{2})$/.exec(decimal);
  if (!m) throw new Error(`kein Betrag: ${decimal}`);
  return Number(m[1]) * 100 + Number(m[2]);
}
const csv = (path: string) => parseCsvObjects(page(path));
const json = (path: string) => JSON.parse(page(path)) as Record<string, any>;

describe('open-data files', () => {
  it('writes every file of the catalogue into the build', () => {
    for (const f of dataFiles(model)) {
      expect(exists(f.path), f.path).toBe(true);
      expect(page(f.path), f.path).toBe(f.body);
    }
  });

  it('budget.csv and massnahmen.csv equal data/budgets/*.json to the cent, per measure and year', () => {
    const all = csv('/daten/massnahmen.csv');
    for (const rb of model.regionalbudgets) {
      const rows = csv(`/daten/${rb.id}/budget.csv`);
      expect(all.filter((r) => r['regionalbudget'] === rb.id)).toEqual(rows);
      if (!rb.budget) {
        expect(rows.every((r) => r['jahr'] === '' && r['betrag_eur'] === '')).toBe(true);
        continue;
      }
      const source = budgetFileSchema.parse(JSON.parse(readFileSync(join(ROOT, rb.budget.file), 'utf8')));
      for (const line of source.lines) {
        for (const year of source.years) {
          const row = rows.filter((r) => r['massnahme_slug'] === line.measure && r['jahr'] === String(year));
          expect(row, `${line.measure} ${year}`).toHaveLength(1);
          expect(cents(row[0]?.['betrag_eur'] ?? ''), `${line.measure} ${year}`).toBe(eurosToCents(line.amounts[String(year)] ?? 0));
        }
      }
      for (const year of source.years) {
        const sum = rows.filter((r) => r['jahr'] === String(year)).reduce((s, r) => s + cents(r['betrag_eur'] ?? ''), 0);
        expect(sum, `Summe ${year}`).toBe(eurosToCents(source.totals[String(year)] ?? 0));
      }
      expect(rows.reduce((s, r) => s + cents(r['betrag_eur'] ?? ''), 0)).toBe(rb.budget.total);
    }
  });

  it('lists every measure of every Regionalbudget in every file', () => {
    const allCsv = new Set(csv('/daten/massnahmen.csv').map((r) => `${r['regionalbudget']}/${r['massnahme_slug']}`));
    const allJson = new Set(json('/daten/massnahmen.json')['zeilen'].map((r: Record<string, string>) => `${r['regionalbudget']}/${r['massnahme_slug']}`));
    for (const rb of model.regionalbudgets) {
      const slugs = rb.measures.map((m) => m.slug).sort();
      for (const m of rb.measures) {
        expect(allCsv.has(m.key), m.key).toBe(true);
        expect(allJson.has(m.key), m.key).toBe(true);
      }
      expect([...new Set(csv(`/daten/${rb.id}/budget.csv`).map((r) => r['massnahme_slug']))].sort()).toEqual(slugs);
      expect([...new Set(csv(`/daten/${rb.id}/zeitplan.csv`).map((r) => r['massnahme_slug']))].sort()).toEqual(slugs);
      expect(json(`/daten/${rb.id}/budget.json`)['massnahmen'].map((m: { slug: string }) => m.slug).sort()).toEqual(slugs);
      expect(json(`/daten/${rb.id}/zeitplan.json`)['massnahmen'].map((m: { slug: string }) => m.slug).sort()).toEqual(slugs);
    }
  });

  it('gives JSON the same figures as CSV and keeps to the published schemas', () => {
    const rows = csv('/daten/massnahmen.csv');
    const jsonRows = json('/daten/massnahmen.json')['zeilen'] as Record<string, unknown>[];
    expect(jsonRows).toHaveLength(rows.length);
    jsonRows.forEach((r, i) => {
      const c = rows[i] ?? {};
      expect(r['betrag_eur'] === null ? '' : Math.round(Number(r['betrag_eur']) * 100)).toBe(c['betrag_eur'] === '' ? '' : cents(c['betrag_eur'] ?? ''));
      expect(r['massnahme_slug']).toBe(c['massnahme_slug']);
    });
    expect(measuresJsonSchema.safeParse(json('/daten/massnahmen.json')).success).toBe(true);
    for (const rb of model.regionalbudgets) {
      expect(budgetJsonSchema.safeParse(json(`/daten/${rb.id}/budget.json`)).success).toBe(true);
      expect(scheduleJsonSchema.safeParse(json(`/daten/${rb.id}/zeitplan.json`)).success).toBe(true);
    }
  });

  it('writes RFC 4180 CSV: UTF-8, CRLF, the documented header', () => {
    const raw = readFileSync(join(DIST, 'daten/massnahmen.csv'));
    expect(raw.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const t = raw.toString('utf8');
    expect(t.split('\r\n')[0]).toBe(MEASURE_YEAR_COLUMNS.map((c) => c.name).join(','));
    expect(t.endsWith('\r\n')).toBe(true);
    expect(t.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(page('/daten/nordsachsen-2022/zeitplan.csv').split('\r\n')[0]).toBe(SCHEDULE_COLUMNS.map((c) => c.name).join(','));
  });

  it('publishes the JSON Schemas and links every schema from /daten/', () => {
    const daten = page('/daten/');
    for (const name of Object.keys(openDataSchemas())) {
      expect(exists(`/schemas/${name}`), name).toBe(true);
      expect(daten).toContain(`href="/schemas/${name}"`);
    }
    for (const name of readdirSync(join(ROOT, 'public/schemas'))) expect(daten, name).toContain(`href="/schemas/${name}"`);
  });
});

describe('/daten/', () => {
  const t = text(page('/daten/'));
  it('guides through every field of the JSON files as their published schemas have them', () => {
    type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[] };
    const html = page('/daten/');
    const guide = html.slice(html.indexOf('id="felder-massnahmen"'), html.indexOf('id="katalog"'));
    const names = (node: Node | undefined): string[] =>
      Object.entries(node?.properties ?? {}).flatMap(([key, child]) => {
        const inner = child.anyOf?.find((v) => v.properties || v.items) ?? child;
        const items = inner.items?.anyOf?.find((v) => v.properties) ?? inner.items;
        // The rows of massnahmen.json are the CSV columns, in the dictionary's table.
        return [inner.items ? `${key}[]` : key, ...(key === 'zeilen' ? [] : names(items ?? inner))];
      });
    for (const [id, schema] of [['felder-massnahmen', 'daten-massnahmen'], ['felder-budget', 'daten-budget'], ['felder-zeitplan', 'daten-zeitplan']] as const) {
      const published = JSON.parse(page(`/schemas/${schema}.schema.json`)) as Node;
      const section = html.slice(html.indexOf(`id="${id}"`)).split('</section>')[0] ?? '';
      // Top-level fields in the file's own section; nested ones may be listed once for all files (licence, publisher).
      for (const key of Object.keys(published.properties ?? {})) expect(section, `${id}: ${key}`).toMatch(new RegExp(`<dt><code>${key.replace('$', '\\$')}(\\[\\])?</code></dt>`));
      for (const name of names(published)) expect(guide, `${schema}: ${name}`).toContain(`<code>${name}</code>`);
    }
  });

  it('names the licence, the CSV format, every column and the catalogue', () => {
    expect(t).toContain(model.site.license.name);
    expect(t).toMatch(/RFC 4180/);
    expect(t).toMatch(/UTF-8/);
    expect(t).toMatch(/Dezimalzeichen ist der Punkt/);
    expect(t, 'Formelschutz der CSV-Dateien').toMatch(/Beginnt ein Textfeld mit =, \+, -, @.*Apostroph/);
    for (const c of [...MEASURE_YEAR_COLUMNS, ...SCHEDULE_COLUMNS]) expect(t).toContain(c.name);
    expect(page('/daten/')).toContain('href="/daten/katalog.jsonld"');
    for (const f of dataFiles(model)) expect(page('/daten/')).toContain(`href="${f.path}"`);
  });

  it('explains the cross-check warnings in plain German, each of them', () => {
    const warnings = plainWarnings(model!);
    expect(warnings).toHaveLength(model!.warnings.length);
    for (const line of warningSummary(warnings)) expect(t).toContain(line);
    for (const w of warnings) expect(t).toContain(w.text);
    expect(t).not.toMatch(/lines\[\d+\]/);
  });

  it('gives a citation with publisher (marked as preview while a placeholder), title and URL', () => {
    expect(t).toMatch(new RegExp(`${publisherName(model.site)}: Offene Daten .* ${base}/daten/`));
    expect(t).not.toContain(`${model.site.publisher.name}: Offene Daten`);
  });
});

describe('DCAT-AP.de catalogue', () => {
  const doc = () => JSON.parse(page('/daten/katalog.jsonld')) as Record<string, unknown>;
  it('has the mandatory properties and follows K01, K31, K32 and K36', () => {
    const { problems } = checkDcat(doc(), { publisherName: publisherName(model.site), licenceId: model.site.license.id });
    expect(problems).toEqual([]);
    // The placeholder operator is marked, and its addresses are not stated as facts.
    expect(JSON.stringify(doc())).not.toContain(model.site.publisher.email);
    expect(JSON.stringify(doc())).not.toContain(model.site.publisher.name);
  });

  it('describes one dataset per Regionalbudget and every file with its real size', () => {
    const { graph } = checkDcat(doc(), { publisherName: publisherName(model.site), licenceId: model.site.license.id });
    const datasets = graph.subjectsOfType('http://www.w3.org/ns/dcat#Dataset');
    for (const rb of model.regionalbudgets) expect(datasets).toContain(`${base}/daten/#${rb.id}`);
    const dists = graph.subjectsOfType('http://www.w3.org/ns/dcat#Distribution');
    const downloads = dists.map((d) => graph.objects(d, 'http://www.w3.org/ns/dcat#downloadURL')[0]?.o ?? '');
    for (const f of dataFiles(model)) {
      const i = downloads.indexOf(`${base}${f.path}`);
      expect(i, f.path).toBeGreaterThanOrEqual(0);
      const size = graph.objects(dists[i] ?? '', 'http://www.w3.org/ns/dcat#byteSize')[0]?.o;
      expect(Number(size)).toBe(statSync(join(DIST, f.path)).size);
    }
    for (const rb of model.regionalbudgets) {
      const ds = `${base}/daten/#${rb.id}`;
      expect(graph.objects(ds, 'http://purl.org/dc/terms/spatial').length + graph.objects(ds, 'http://dcat-ap.de/def/dcatde/geocodingDescription').length).toBeGreaterThan(0);
      expect(graph.objects(ds, 'http://purl.org/dc/terms/temporal')).toHaveLength(1);
      expect(graph.objects(ds, 'http://www.w3.org/ns/dcat#keyword').length).toBeGreaterThan(2);
    }
  });
});

describe('feeds', () => {
  const parse = (path: string) => {
    const body = page(path);
    expect(XMLValidator.validate(body), path).toBe(true);
    return xml.parse(body).feed as Record<string, any>;
  };

  it('lists every news item in /aktuelles/feed.xml with a canonical, build-independent id', () => {
    const feed = parse('/aktuelles/feed.xml');
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const ids = (feed['entry'] ?? []).map((e: { id: string }) => e.id);
    expect(ids.sort()).toEqual(model.news.map((n) => `${base}${n.url}`).sort());
    const later = allNewsFeed(model, { lastChanged: () => undefined, buildDate: '2031-01-01' });
    expect(later.entries.map((e) => e.id).sort()).toEqual(ids.sort());
    for (const e of feed['entry']) expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });

  it('does not invent a publication date for news without a full date', () => {
    const feed = parse('/aktuelles/feed.xml');
    for (const n of model.news) {
      const entry = feed['entry'].find((e: { id: string }) => e.id === `${base}${n.url}`);
      if (n.data.date && /^\d{4}-\d{2}-\d{2}$/.test(n.data.date)) expect(entry.published).toBe(`${n.data.date}T00:00:00Z`);
      else expect(entry.published).toBeUndefined();
    }
  });

  it('has one feed per Regionalbudget with its news, announced in the head', () => {
    for (const rb of model.regionalbudgets) {
      const feed = parse(`${rb.url}feed.xml`);
      const ids = (feed['entry'] ?? []).map((e: { id: string }) => e.id).sort();
      expect(ids).toEqual(regionalbudgetNews(model, rb).map((n) => `${base}${n.url}`).sort());
      expect(page(rb.url)).toContain(`<link rel="alternate" type="application/atom+xml" href="${rb.url}feed.xml"`);
    }
    for (const url of ['/', '/aktuelles/', '/daten/', model.news[0]?.url ?? '/']) {
      expect(page(url), url).toContain('<link rel="alternate" type="application/atom+xml" href="/aktuelles/feed.xml"');
    }
  });
});

/** Every HTML page of the build (path with trailing slash), as the build's own walker lists them. */
function htmlPages(dir = DIST): string[] {
  return builtPages(dir)
    .map((p) => p.url)
    .filter((url) => url.endsWith('/'));
}

describe('sitemap and robots.txt', () => {
  it('lists every indexable page once, no redirect, with lastmod as the page shows it', () => {
    const body = page('/sitemap.xml');
    expect(XMLValidator.validate(body)).toBe(true);
    const urls = xml.parse(body).urlset.url as { loc: string; lastmod?: string }[];
    const locs = urls.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    for (const path of htmlPages()) {
      const html = page(path);
      const indexable = !html.includes('http-equiv="refresh"') && !html.includes('<meta name="robots" content="noindex"');
      expect(locs.includes(`${base}${path}`), `${path} ${indexable ? 'fehlt in' : 'gehört nicht in'} sitemap.xml`).toBe(indexable);
      if (!indexable) continue;
      const shown = /Zuletzt aktualisiert: <time datetime="([^"]+)"/.exec(html)?.[1];
      expect(urls.find((u) => u.loc === `${base}${path}`)?.lastmod, path).toBe(shown);
    }
    for (const loc of locs) expect(exists(loc.slice(base.length)), loc).toBe(true);
  });

  it('robots.txt points at the sitemap', () => {
    expect(page('/robots.txt')).toContain(`Sitemap: ${base}/sitemap.xml`);
  });
});

describe('share images', () => {
  it('exist for every Regionalbudget and measure, are 1200 × 630 PNGs and are referenced by their page', () => {
    for (const card of shareCards(model)) {
      const png = readFileSync(join(DIST, card.path));
      expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), card.path).toBe(true);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], card.path).toEqual([1200, 630]);
      expect(page(card.pagePath), card.pagePath).toContain(`<meta property="og:image" content="${base}${card.path}">`);
    }
  });
});

describe('press kit', () => {
  const pages = () => [
    ...model.regionalbudgets.map((rb) => ({ url: rb.url, link: rb.url, title: rb.data.title, image: `/og/regionalbudgets/${rb.id}.png` })),
    ...model.regionalbudgets.flatMap((rb) => rb.measures.map((m) => ({ url: m.url, link: m.shortUrl ?? m.url, title: m.data.title, image: `/og/regionalbudgets/${rb.id}/${m.slug}.png` }))),
  ];

  it('shows short link, citation, press contact, share image and data on every measure and Regionalbudget page', () => {
    for (const p of pages()) {
      const html = page(p.url);
      expect(html, p.url).toContain(`<code id="kurzlink-url">${base}${p.link}</code>`);
      const cite = text(/<cite>([\s\S]*?)<\/cite>/.exec(html)?.[1] ?? '');
      expect(cite, p.url).toContain(publisherName(model.site));
      expect(cite, p.url).toContain(p.title);
      expect(cite, p.url).toContain(`${base}${p.link}`);
      // Dated like the content ("Zuletzt aktualisiert"), not like the build.
      const updated = /Zuletzt aktualisiert: <time datetime="[^"]+">([^<]+)<\/time>/.exec(html)?.[1];
      expect(updated, p.url).toBeDefined();
      expect(cite, p.url).toContain(`Stand ${updated}`);
      expect(text(html), p.url).toContain('Pressekontakt (Redaktion des Portals)');
      expect(html, p.url).not.toContain(`href="mailto:${model.site.contactEmail}"`);
      expect(html, p.url).toContain(`href="${p.image}"`);
      expect(html, p.url).toContain('href="/daten/"');
    }
  });

  it('cites the short link and the content date, never the build date', () => {
    expect(BUILD_DATE).toBe('2023-06-15');
    const cite = text(/<cite>([\s\S]*?)<\/cite>/.exec(page('/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/'))?.[1] ?? '');
    expect(cite).toContain(`${base}/regionalbudgets/nordsachsen-2022/massnahmen/1/`);
    expect(cite).not.toContain('Stand 15. Juni 2023');
  });
});

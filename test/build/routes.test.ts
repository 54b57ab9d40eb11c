/** Every route of the site exists in the real build, with the key facts the sources state. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import { formatEuro } from '../../src/lib/format.ts';
import { ROOT, ensureBuilt, exists, page, text } from '../helpers/site.ts';

const NBSP = '\u00a0';
beforeAll(ensureBuilt);
const model = validateRepo(ROOT).model;
if (!model) throw new Error('Die echten Inhalte sind ungültig');

describe('routes', () => {
  it('builds every fixed route', () => {
    for (const path of ['/', '/regionalbudgets/', '/projekte/', '/programme/', '/aktuelles/', '/kontakt/', '/leichte-sprache/', '/barrierefreiheit/', '/impressum/', '/datenschutz/']) {
      expect(exists(path), path).toBe(true);
    }
    expect(exists('/404.html')).toBe(true);
  });

  it('builds a page for every Regionalbudget, Handlungsfeld, measure, project, programme and news item', () => {
    for (const rb of model.regionalbudgets) {
      expect(exists(rb.url), rb.url).toBe(true);
      for (const h of rb.handlungsfelder) expect(exists(h.url), h.url).toBe(true);
      for (const m of rb.measures) {
        expect(exists(m.url), m.url).toBe(true);
        expect(text(page(m.url))).toContain(m.data.title);
      }
    }
    for (const p of model.projects) expect(exists(p.url), p.url).toBe(true);
    for (const p of model.programmes.values()) expect(exists(p.url), p.url).toBe(true);
    for (const n of model.news) expect(exists(n.url), n.url).toBe(true);
  });

  it('uses only ASCII lower-case paths with a trailing slash', () => {
    const list = readFileSync(join(ROOT, 'test/published-urls.txt'), 'utf8').split('\n').filter((l) => l.startsWith('/'));
    for (const url of list) expect(url).toMatch(/^\/([a-z0-9-]+\/)*$/);
  });
});

describe('key facts', () => {
  it('shows Leipzig’s Gesamtbudget, Förderung, Förderquote, code and approved term', () => {
    const t = text(page('/regionalbudgets/leipzig-2022/'));
    expect(t).toContain(`558.655,42${NBSP}€`);
    expect(t).toContain(`446.924,34${NBSP}€`);
    expect(t).toContain(`80${NBSP}%`);
    expect(t).toContain('52140004');
    expect(t).toContain('Juli 2022 bis Juni 2025');
    expect(t).toContain('bis 30. Juni 2025');
  });

  it('shows Nordsachsen measure 1 with 10.000 € for 2022 and 47.500 € in total', () => {
    const html = page('/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/');
    const row2022 = /<th scope="row">2022<\/th><td class="num">(?:<span class="amount">)?([^<]+)(?:<\/span>)?<\/td>/.exec(html);
    expect(row2022?.[1]).toBe(`10.000${NBSP}€`);
    const total = /<th scope="row">Summe<\/th><td class="num">(?:<span class="amount">)?([^<]+)(?:<\/span>)?<\/td>/.exec(html);
    expect(total?.[1]).toBe(`47.500${NBSP}€`);
  });

  it('shows each Regionalbudget’s plan total and every one of its measures (the figures: seed-fidelity.test.ts)', () => {
    for (const rb of model.regionalbudgets) {
      const t = text(page(rb.url));
      if (rb.budget) expect(t, rb.id).toContain(formatEuro(rb.budget.total));
      expect(rb.measures.length, rb.id).toBeGreaterThan(0);
      for (const m of rb.measures) expect(t, rb.id).toContain(m.data.title);
    }
  });

  it('says what the schedule plans, never a status no source reports', () => {
    expect(text(page('/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/'))).toContain('Zeitraum laut Zeitplan III/2022 bis II/2025');
    expect(text(page('/regionalbudgets/nordsachsen-2022/massnahmen/storytelling-kampagne-gruener-landkreis/'))).toContain('Zeitraum laut Zeitplan I/2024 bis II/2025');
  });

  it('leaves a fact the source leaves out unstated instead of faking it', () => {
    const facts = /<section class="panel[^"]*" aria-labelledby="eckdaten"[^>]*>([\s\S]*?)<\/section>/.exec(page('/regionalbudgets/nordsachsen-2022/'))?.[1] ?? '';
    expect(text(facts)).toContain('Geplante Laufzeit');
    expect(text(facts)).not.toContain('Förderquote');
    expect(text(facts)).not.toContain('Förderung');
    expect(text(page('/regionalbudgets/leipzig-2022/'))).toContain('Die Quelle nennt keine Ansprechperson.');
  });

  it('shows a news item whose year is unknown without inventing one', () => {
    const item = model.news.find((n) => n.data.date === '--03-22');
    expect(item).toBeDefined();
    const t = text(page(item?.url ?? '/'));
    expect(t).toContain('22. März');
    expect(t).toContain('die Quelle nennt kein Jahr');
  });
});

describe('redirects', () => {
  it('turns every measure number into a static redirect to the slug URL', () => {
    for (const rb of model.regionalbudgets) {
      for (const m of rb.measures.filter((x) => x.shortUrl)) {
        const html = page(m.shortUrl ?? '');
        expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${m.url}">`);
        expect(html).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+${m.url}">`));
        expect(html).toContain(`<a href="${m.url}">`);
      }
    }
  });
});

describe('head', () => {
  const pages = () => readFileSync(join(ROOT, 'test/published-urls.txt'), 'utf8').split('\n').filter((l) => l.startsWith('/')).map((url) => ({ url, html: page(url) })).filter((p) => !p.html.includes('http-equiv="refresh"'));

  it('gives every page a unique title and description, a canonical URL and valid JSON-LD', () => {
    const titles = new Map<string, string>();
    for (const { url, html } of pages()) {
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
      expect(title, url).toBeTruthy();
      expect(titles.get(title ?? ''), `${url} hat denselben Titel wie ${titles.get(title ?? '')}`).toBeUndefined();
      titles.set(title ?? '', url);
      expect(html, url).toMatch(/<meta name="description" content="[^"]{20,}">/);
      expect(html, url).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`));
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      expect(() => JSON.parse(ld ?? ''), url).not.toThrow();
    }
  });

  it('marks up news as NewsArticle, and states no placeholder operator as a GovernmentOrganization', () => {
    const news = model.news[0];
    const html = page(news?.url ?? '/');
    expect(html).toContain('"@type":"NewsArticle"');
    expect(model.site.demo).toContain('publisher');
    expect(page('/')).not.toContain('"@type":"GovernmentOrganization"');
    expect(page('/')).not.toContain(model.site.publisher.name);
    expect(page('/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/')).toContain('"@type":"BreadcrumbList"');
  });
});

describe('budget and schedule mismatch', () => {
  it('tells readers on exactly the three measures the check warns about that plan and schedule differ', () => {
    const flagged = model.regionalbudgets
      .flatMap((rb) => rb.measures)
      .filter((m) => text(page(m.url)).includes('Budgetplan und Zeitplan der Quellen passen hier nicht ganz zusammen'))
      .map((m) => m.data.number);
    expect(flagged.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([11, 12, 19]);
    expect(text(page('/regionalbudgets/nordsachsen-2022/massnahmen/website-wirtschaftsstandort/'))).toContain('Für 2022 ist Geld eingeplant, aber kein Quartal.');
  });
});

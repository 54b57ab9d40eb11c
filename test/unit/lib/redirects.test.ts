import { describe, expect, it } from 'vitest';
import type { Model } from '../../../src/lib/data/model.ts';
import { redirectHtml, redirectsOf } from '../../../src/lib/redirects.ts';

const measure = (slug: string, number: number | undefined, aliases?: string[]) => ({
  key: `rb/${slug}`,
  slug,
  regionalbudget: 'rb',
  file: `content/regionalbudgets/rb/massnahmen/${slug}.md`,
  url: `/regionalbudgets/rb/massnahmen/${slug}/`,
  ...(number !== undefined && { shortUrl: `/regionalbudgets/rb/massnahmen/${number}/` }),
  data: { title: `Titel <${slug}> & „Zitat“`, summary: 'x', ...(number !== undefined && { number }), ...(aliases && { aliases }) },
});
const model = {
  site: { baseUrl: 'https://portal.example' },
  regionalbudgets: [{ id: 'rb', measures: [measure('neu', 3, ['/regionalbudgets/rb/massnahmen/alt/']), measure('ohne-nummer', undefined)] }],
} as unknown as Model;

describe('redirects', () => {
  it('makes one redirect per short link and per alias, none for unnumbered measures without aliases', () => {
    expect(redirectsOf(model)).toEqual([
      { from: '/regionalbudgets/rb/massnahmen/3/', to: '/regionalbudgets/rb/massnahmen/neu/', title: 'Titel <neu> & „Zitat“', kind: 'kurzlink' },
      { from: '/regionalbudgets/rb/massnahmen/alt/', to: '/regionalbudgets/rb/massnahmen/neu/', title: 'Titel <neu> & „Zitat“', kind: 'alias' },
    ]);
  });

  it('writes a page with meta refresh, canonical URL, noindex and a visible, escaped link', () => {
    const [first] = redirectsOf(model);
    const html = redirectHtml(first!, 'https://portal.example');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/regionalbudgets/rb/massnahmen/neu/">');
    expect(html).toContain('<link rel="canonical" href="https://portal.example/regionalbudgets/rb/massnahmen/neu/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/regionalbudgets/rb/massnahmen/neu/">Titel &lt;neu&gt; &amp; „Zitat“</a>');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none';/);
  });
});

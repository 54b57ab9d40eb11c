import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomXml, dateTime, feedUpdated, newsDates } from '../../../src/lib/opendata/atom.ts';
import { isIndexable, robotsTxt, shownLastUpdate, sitemapXml } from '../../../src/lib/opendata/sitemap.ts';
import { escapeXml } from '../../../src/lib/escape.ts';

describe('escapeXml', () => {
  it('escapes markup characters and both quotes', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });
  it('drops characters XML 1.0 does not allow, keeps tabs, newlines and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe')).toBe('abcde');
    expect(escapeXml('x\ty\nz\r')).toBe('x\ty\nz\r');
    expect(escapeXml('😀 €')).toBe('😀 €');
  });
});

describe('newsDates', () => {
  it('publishes full dates and uses the later of git date and news date as updated', () => {
    expect(newsDates('2023-03-14', '2024-01-02', '2030-01-01')).toEqual({ published: '2023-03-14T00:00:00Z', updated: '2024-01-02T00:00:00Z' });
    expect(newsDates('2023-03-14', undefined, '2030-01-01')).toEqual({ published: '2023-03-14T00:00:00Z', updated: '2023-03-14T00:00:00Z' });
  });
  it('never invents a publication date for partial or missing dates', () => {
    expect(newsDates('--03-22', '2024-01-02', '2030-01-01')).toEqual({ updated: '2024-01-02T00:00:00Z' });
    expect(newsDates('2022-07', undefined, '2030-01-01')).toEqual({ updated: '2030-01-01T00:00:00Z' });
    expect(newsDates(undefined, undefined, '2030-01-01')).toEqual({ updated: '2030-01-01T00:00:00Z' });
  });
  it('turns dates into RFC 3339 date-times', () => {
    expect(dateTime('2023-06-15')).toBe('2023-06-15T00:00:00Z');
    expect(feedUpdated([], '2023-06-15')).toBe('2023-06-15T00:00:00Z');
  });
});

describe('atomXml', () => {
  const xml = atomXml({
    id: 'https://x.example/aktuelles/feed.xml',
    title: 'Aktuelles & mehr <Test>',
    selfUrl: 'https://x.example/aktuelles/feed.xml',
    pageUrl: 'https://x.example/aktuelles/',
    updated: '2023-06-15T00:00:00Z',
    author: { name: 'Redaktion "Demo"', email: 'a@x.example' },
    entries: [
      { id: 'https://x.example/a/?x=1&y=2', title: 'Kampagne „Grüner Landkreis“ & <b>', url: 'https://x.example/a/?x=1&y=2', updated: '2023-06-15T00:00:00Z', published: '2023-03-14T00:00:00Z', summary: 'S\u0001ummary', categories: ['R&B'] },
      { id: 'https://x.example/b/', title: 'B', url: 'https://x.example/b/', updated: '2023-06-15T00:00:00Z', summary: 'ohne Datum', content: 'Zeile 1\nZeile 2' },
    ],
  });

  it('is well-formed XML in the Atom namespace with every entry', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' || n === 'link' }).parse(xml);
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.title).toBe('Aktuelles &amp; mehr &lt;Test&gt;'.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    expect(doc.feed.entry).toHaveLength(2);
    expect(doc.feed.entry[0].title).toBe('Kampagne „Grüner Landkreis“ & <b>');
    expect(doc.feed.entry[0].id).toBe('https://x.example/a/?x=1&y=2');
    expect(doc.feed.entry[0].summary).toBe('Summary');
    expect(doc.feed.entry[1].published).toBeUndefined();
    expect(doc.feed.link.map((l: Record<string, string>) => l['@_rel'])).toEqual(['self', 'alternate']);
  });
});

describe('sitemap and robots.txt', () => {
  it('writes loc and lastmod only where known', () => {
    const xml = sitemapXml([{ loc: 'https://x.example/' }, { loc: 'https://x.example/a/?q=1&r=2', lastmod: '2023-06-01' }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<url><loc>https://x.example/</loc></url>');
    expect(xml).toContain('<loc>https://x.example/a/?q=1&amp;r=2</loc><lastmod>2023-06-01</lastmod>');
    expect(robotsTxt('https://x.example')).toContain('Sitemap: https://x.example/sitemap.xml');
  });
  it('leaves out redirect and noindex pages and takes lastmod from the page', () => {
    expect(isIndexable('<meta http-equiv="refresh" content="0; url=/a/">')).toBe(false);
    expect(isIndexable('<meta name="robots" content="noindex">')).toBe(false);
    expect(isIndexable('<title>x</title>')).toBe(true);
    expect(shownLastUpdate('<span>Zuletzt aktualisiert: <time datetime="2023-05-02">2. Mai 2023</time></span>')).toBe('2023-05-02');
    expect(shownLastUpdate('<p>keine Angabe</p>')).toBeUndefined();
  });
});

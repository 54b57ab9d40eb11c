import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/lib/html-entities.ts';
import { INDEX_ONLY_MARK, htmlToText, indexedRegions, indexedText, mainHeading, maskAttributeMarkup, removeElements, withIndexOnlyTerms } from '../../../src/lib/search/html-text.ts';

const PAGE =
  '<html><body><header data-pagefind-ignore="all"><form>Suche</form></header><main><div data-pagefind-body>' +
  '<p class="eyebrow">Maßnahme 2</p><h1>Gewerbe&shy;flächen&amp;marketing</h1><div><p>Text &#8222;zitiert&#8220;</p></div>' +
  '<svg><text>Beschrift…</text></svg><script>var x = 1;</script></div><p class="print-only">Quelle</p></main></body></html>';

describe('reading built pages', () => {
  it('decodes the entities Astro writes', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x201E;f&#8220; &nbsp;')).toBe('a & b <c> "d" \'e\' „f“ \u00a0');
  });

  it('finds the indexed region with balanced div nesting', () => {
    const regions = indexedRegions(PAGE);
    expect(regions).toHaveLength(1);
    expect(regions[0]).toContain('<h1>');
    expect(regions[0]).not.toContain('print-only');
  });

  it('gives the indexed text without scripts and charts, and the main heading', () => {
    expect(indexedText(PAGE)).toBe('Maßnahme 2 Gewerbeflächen&marketing Text „zitiert“');
    expect(mainHeading(PAGE)).toBe('Gewerbeflächen&marketing');
    expect(htmlToText('<p>a</p><p>b</p>')).toBe('a b');
  });

  it('is empty for pages without data-pagefind-body (redirects)', () => {
    expect(indexedText('<html><body><p>Weiterleitung</p></body></html>')).toBe('');
  });
});

describe('removeElements', () => {
  it('removes matching elements with their content, nested or not', () => {
    const html = '<main><section class="panel"><section class="x"><p>innen</p></section></section><section aria-labelledby="zitieren"><section><p>Zitat</p></section></section><p>Rest</p></main>';
    expect(removeElements(html, /<section\b[^>]*aria-labelledby="zitieren"[^>]*>/)).toBe('<main><section class="panel"><section class="x"><p>innen</p></section></section><p>Rest</p></main>');
    expect(removeElements('<p>a</p><svg><g><svg></svg></g></svg><p>b</p><svg/>', /<svg\b[^>]*>/)).toBe('<p>a</p><p>b</p>');
  });
});

describe('withIndexOnlyTerms', () => {
  it('adds a second indexed block before </body> with the mark and weighted groups', () => {
    const html = withIndexOnlyTerms(PAGE, [{ weight: 5, terms: ['marketing', '<x>'] }, { weight: 0.5, terms: [] }], ['<span data-pagefind-filter="typ:Seite"></span>']);
    expect(html.endsWith(`<div data-pagefind-body><span data-pagefind-filter="typ:Seite"></span><p>${INDEX_ONLY_MARK}</p><p data-pagefind-weight="5">marketing &lt;x&gt;</p></div></body></html>`)).toBe(true);
    expect(indexedRegions(html)).toHaveLength(2);
  });

  it('leaves the page unchanged when there is nothing to add', () => {
    expect(withIndexOnlyTerms(PAGE, [{ weight: 1, terms: [] }])).toBe(PAGE);
  });
});

describe('maskAttributeMarkup', () => {
  const page = `<head><meta name="description" content="A '><svg onload=x> B"><title>T</title></head><body><div data-pagefind-body><h1 title='x > y'>Kampagne</h1><svg viewBox="0 0 1 1"><text>Achse</text></svg><p>Text</p></div></body>`;

  it('writes < and > inside attribute values as entities and leaves everything else as it is', () => {
    const masked = maskAttributeMarkup(page);
    expect(masked).toContain(`content="A '&gt;&lt;svg onload=x&gt; B"`);
    expect(masked).toContain(`title='x &gt; y'`);
    expect(masked.replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toBe(page);
    expect(maskAttributeMarkup('<p class="a">x &lt; y</p>')).toBe('<p class="a">x &lt; y</p>');
  });

  it('finds markup in every kind of quoted value, also with spaces around "="', () => {
    expect(maskAttributeMarkup('<a title = "x<y">t</a>')).toBe('<a title = "x&lt;y">t</a>');
    expect(maskAttributeMarkup("<a title='x>y'>t</a>")).toBe("<a title='x&gt;y'>t</a>");
    expect(maskAttributeMarkup('<p>„Zitat“ = "Text"</p><a href="/">a</a>')).toBe('<p>„Zitat“ = "Text"</p><a href="/">a</a>');
    const csp = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-AB+c=';"><p data-x='1 > 0'>t</p>`;
    expect(maskAttributeMarkup(csp)).toBe(csp.replace("'1 > 0'", "'1 &gt; 0'"));
  });

  it('keeps a hostile attribute from cutting the page when elements are removed', () => {
    const cut = removeElements(page, /<svg\b[^>]*>/);
    expect(cut).not.toContain('<p>Text</p>');
    const kept = removeElements(maskAttributeMarkup(page), /<svg\b[^>]*>/);
    expect(kept).toContain('<p>Text</p>');
    expect(kept).not.toContain('Achse');
    expect(htmlToText(kept)).toContain('Kampagne Text');
  });
});

import { describe, expect, it } from 'vitest';
import { listCrumbs, listPageOf, pageCount, pageLinks, pageTitleSuffix, pageUrl, paginate } from '../../../src/lib/pagination.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('cuts a list into pages of the given size, every item once and in order', () => {
    const pages = paginate(numbers(23), '/liste/', 10);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages.flatMap((p) => p.items)).toEqual(numbers(23));
    expect(pages.map((p) => [p.first, p.last])).toEqual([
      [1, 10],
      [11, 20],
      [21, 23],
    ]);
    expect(pages.every((p) => p.count === 3 && p.total === 23)).toBe(true);
    expect(pages.map((p) => p.url)).toEqual(['/liste/', '/liste/seite/2/', '/liste/seite/3/']);
  });

  it('gives exactly full pages no empty last page, and an empty list one empty page', () => {
    expect(paginate(numbers(20), '/l/', 10)).toHaveLength(2);
    expect(paginate(numbers(10), '/l/', 10)).toHaveLength(1);
    const [empty, ...rest] = paginate([], '/l/', 10);
    expect(rest).toHaveLength(0);
    expect(empty).toMatchObject({ number: 1, count: 1, items: [], first: 0, last: 0, total: 0, url: '/l/' });
  });

  it('refuses a page size that is no whole number from 1', () => {
    for (const size of [0, -1, 1.5, Number.NaN]) expect(() => paginate(numbers(3), '/l/', size)).toThrow(/Seitengröße/);
  });
});

describe('pageUrl and listPageOf', () => {
  it('puts page 1 at the list and later pages one level below it', () => {
    expect(pageUrl('/aktuelles/', 1)).toBe('/aktuelles/');
    expect(pageUrl('/aktuelles/', 12)).toBe('/aktuelles/seite/12/');
    expect(() => pageUrl('/aktuelles', 2)).toThrow(/Schrägstrich/);
    expect(() => pageUrl('/aktuelles/', 0)).toThrow(/Seitennummer/);
  });

  it('finds the list of a later page, and nothing else', () => {
    expect(listPageOf('/aktuelles/seite/2/')).toEqual({ base: '/aktuelles/', number: 2 });
    expect(listPageOf('/massnahmen/handlungsfeld/rb/hf/seite/30/')).toEqual({ base: '/massnahmen/handlungsfeld/rb/hf/', number: 30 });
    // A page called "seite" (a news item's id), page 1 (never written below the list), numbers with a leading zero.
    for (const url of ['/aktuelles/seite/', '/aktuelles/seite/1/', '/aktuelles/seite/02/', '/aktuelles/seite/2', '/seite/2/x/', '/aktuelles/seite/2/index.html']) {
      expect(listPageOf(url), url).toBeUndefined();
    }
    for (const n of [2, 7, 100]) expect(listPageOf(pageUrl('/a/b/', n))).toEqual({ base: '/a/b/', number: n });
  });

  it('counts the pages of a list', () => {
    expect([0, 1, 100, 101, 200, 201].map((n) => pageCount(n, 100))).toEqual([1, 1, 1, 2, 2, 3]);
  });
});

describe('pageLinks', () => {
  it('links every page of a short list', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and the current page with its neighbours of a long one, with gaps between', () => {
    expect(pageLinks(1, 100)).toEqual([1, 2, null, 100]);
    expect(pageLinks(50, 100)).toEqual([1, null, 49, 50, 51, null, 100]);
    expect(pageLinks(100, 100)).toEqual([1, null, 99, 100]);
    // A gap of one number shows the number.
    expect(pageLinks(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
  });

  it('never has more than 7 places, always the current page, ascending', () => {
    for (const count of [1, 2, 7, 8, 25, 1000]) {
      for (let current = 1; current <= count; current += Math.max(1, Math.floor(count / 13))) {
        const links = pageLinks(current, count);
        expect(links.length).toBeLessThanOrEqual(7);
        expect(links).toContain(current);
        const shown = links.filter((n): n is number => n !== null);
        expect(shown).toEqual([...shown].sort((a, b) => a - b));
        expect(shown[0]).toBe(1);
        expect(shown.at(-1)).toBe(count);
      }
    }
  });

  it('refuses a page outside the list', () => {
    expect(() => pageLinks(0, 3)).toThrow();
    expect(() => pageLinks(4, 3)).toThrow();
  });
});

describe('title and breadcrumbs of a list page', () => {
  it('adds the page to the title only after the first page, in German number format', () => {
    expect(pageTitleSuffix({ number: 1, count: 3 })).toBe('');
    expect(pageTitleSuffix({ number: 2, count: 3 })).toBe(' – Seite\u00a02 von\u00a03');
    expect(pageTitleSuffix({ number: 1000, count: 1200 })).toBe(' – Seite\u00a01.000 von\u00a01.200');
  });

  it('ends the breadcrumbs with the list, and on a later page with a link to it and the page', () => {
    expect(listCrumbs('Aktuelles', '/aktuelles/', { number: 1 })).toEqual([{ label: 'Aktuelles' }]);
    expect(listCrumbs('Aktuelles', '/aktuelles/', { number: 12 })).toEqual([{ label: 'Aktuelles', href: '/aktuelles/' }, { label: 'Seite 12' }]);
  });
});

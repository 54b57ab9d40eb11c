/**
 * A list too long for one page (the measures of a Handlungsfeld, the news) is cut into pages of `size` items:
 * page 1 at the list's own address, page n at `<address>seite/<n>/`. One level below the list, such an address
 * can never be the list's neighbour (an entry with the id "seite" keeps `<address>seite/`).
 */
import { formatNumber } from './format.ts';

/** Items per page of a long list: the number a page that gathers measures lists before it links instead. */
export const PAGE_SIZE = 100;

const PAGE_PATH = /^(\/(?:[^/]+\/)*)seite\/([1-9]\d*)\/$/;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** Pages of the whole list (at least 1). */
  count: number;
  items: T[];
  /** 1-based positions of the first and last item in the whole list (0 and 0 for an empty list). */
  first: number;
  last: number;
  /** Items in the whole list. */
  total: number;
  url: string;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Seitengröße ${size}: erwartet eine ganze Zahl ab 1`);
  return Math.max(1, Math.ceil(total / size));
}

/** The address of page `n` of the list at `base` (an address ending in "/"). */
export function pageUrl(base: string, n: number): string {
  if (!base.endsWith('/')) throw new Error(`Listenadresse ohne Schrägstrich am Ende: ${base}`);
  if (!Number.isInteger(n) || n < 1) throw new Error(`Seitennummer ${n}: erwartet eine ganze Zahl ab 1`);
  return n === 1 ? base : `${base}seite/${n}/`;
}

/** For the address of page 2 or later of a list: the list's address and the page; else undefined. */
export function listPageOf(url: string): { base: string; number: number } | undefined {
  const match = PAGE_PATH.exec(url);
  if (!match) return undefined;
  const number = Number(match[2]);
  return number >= 2 ? { base: match[1]!, number } : undefined;
}

/** The pages of `items`, in order; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): ListPage<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      number: i + 1,
      count,
      items: slice,
      first: slice.length > 0 ? i * size + 1 : 0,
      last: i * size + slice.length,
      total: items.length,
      url: pageUrl(base, i + 1),
    };
  });
}

/**
 * The page numbers a page's navigation links: the first and last, the current one and its neighbours, and
 * `null` where numbers are left out, so a list of 100 pages needs 7 links, not 100. Where a gap would hide
 * only one number, the number is shown instead.
 */
export function pageLinks(current: number, count: number): (number | null)[] {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(current) || current < 1 || current > count) {
    throw new Error(`Seite ${current} von ${count}`);
  }
  const shown = [...new Set([1, current - 1, current, current + 1, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of shown) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous === 2) out.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/**
 * What a page's `<title>` and `<h1>` add on a later page of a list (" – Seite 2 von 5"); nothing on the first.
 * In the heading too: a screen-reader user who jumps to the `<h1>` of page 2 hears which page it is. No-break spaces
 * keep each number with its word when the heading wraps on a phone ("von" / "10" alone on a line).
 */
export function pageTitleSuffix(page: { number: number; count: number }): string {
  return page.number > 1 ? ` – Seite\u00a0${formatNumber(page.number)} von\u00a0${formatNumber(page.count)}` : '';
}

/** The end of a list page's breadcrumbs: the list; on a later page the list as a link (`base`), then "Seite n". */
export function listCrumbs(label: string, base: string, page: { number: number }): { label: string; href?: string }[] {
  return page.number > 1 ? [{ label, href: base }, { label: `Seite ${formatNumber(page.number)}` }] : [{ label }];
}

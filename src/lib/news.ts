/** Grouping of the news list: by year, newest first; items without a year in their own group at the end. */
import { PAGE_SIZE, paginate, type ListPage } from './pagination.ts';
import { urlOf } from './routes.ts';
export interface Dated {
  data: { date?: string | undefined };
}

export function groupNewsByYear<T extends Dated>(items: readonly T[]): { key: string; label: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const date = item.data.date;
    const key = date && /^\d{4}/.test(date) ? date.slice(0, 4) : 'ohne-jahr';
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === 'ohne-jahr' ? 1 : b === 'ohne-jahr' ? -1 : b.localeCompare(a)))
    .map(([key, list]) => ({ key, label: key === 'ohne-jahr' ? 'Ohne Jahresangabe' : key, items: list }));
}

/** The news list's pages (/aktuelles/, /aktuelles/seite/<n>/), in the order of the year groups. */
export function newsPages<T extends Dated>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  return paginate(
    groupNewsByYear(items).flatMap((g) => g.items),
    urlOf.newsList(),
    size,
  );
}

/**
 * A Regionalbudget's, measure's or project's page shows this many of its news items, the newest first (full
 * rows of 1, 2, 3 or 4 cards): 230 news items about one Regionalbudget made its page 50 KB larger. The rest
 * are on /aktuelles/ and in the feeds.
 */
export const RELATED_NEWS_MAX = 12;

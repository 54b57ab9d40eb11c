/** Grouping of the news list: by year, newest first; items without a year in their own group at the end. */
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

import { describe, expect, it } from 'vitest';
import { groupNewsByYear, newsPages } from '../../../src/lib/news.ts';

const item = (id: string, date?: string) => ({ id, data: date === undefined ? {} : { date } });

describe('groupNewsByYear', () => {
  it('groups by year, newest year first, keeping the order within a group', () => {
    const groups = groupNewsByYear([item('a', '2022-07'), item('b', '2023-03-14'), item('c', '2022'), item('d', '2023-01')]);
    expect(groups.map((g) => g.key)).toEqual(['2023', '2022']);
    expect(groups.map((g) => g.label)).toEqual(['2023', '2022']);
    expect(groups[0]!.items.map((i) => i.id)).toEqual(['b', 'd']);
    expect(groups[1]!.items.map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('puts items without a year (no date or day without year) last', () => {
    const groups = groupNewsByYear([item('ohne'), item('a', '2021-05-01'), item('tag', '--03-22'), item('b', '2024')]);
    expect(groups.map((g) => g.key)).toEqual(['2024', '2021', 'ohne-jahr']);
    const last = groups.at(-1)!;
    expect(last.label).toBe('Ohne Jahresangabe');
    expect(last.items.map((i) => i.id)).toEqual(['ohne', 'tag']);
  });

  it('keeps the undated group last wherever the undated items come', () => {
    for (const order of [
      [item('x'), item('a', '2020')],
      [item('a', '2020'), item('x')],
    ]) {
      expect(groupNewsByYear(order).map((g) => g.key)).toEqual(['2020', 'ohne-jahr']);
    }
  });

  it('returns no groups for no items', () => {
    expect(groupNewsByYear([])).toEqual([]);
  });
});

describe('newsPages', () => {
  it('pages the news in the order of the year groups, undated last', () => {
    const items = [item('ohne'), ...Array.from({ length: 5 }, (_, i) => item(`a${i}`, '2021-01-01')), item('neu', '2024-02-02')];
    const pages = newsPages(items, 3);
    expect(pages.map((p) => p.items.map((i) => i.id))).toEqual([['neu', 'a0', 'a1'], ['a2', 'a3', 'a4'], ['ohne']]);
    expect(pages.map((p) => p.url)).toEqual(['/aktuelles/', '/aktuelles/seite/2/', '/aktuelles/seite/3/']);
  });
});

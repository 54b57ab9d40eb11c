import { describe, expect, it } from 'vitest';
import { newsFor } from '../../../src/lib/data/lookups.ts';
import type { Model } from '../../../src/lib/data/model.ts';

const item = (id: string, rel: { regionalbudgets?: string[]; projects?: string[]; measures?: string[] }) => ({
  id,
  file: `content/aktuelles/${id}.md`,
  url: `/aktuelles/${id}/`,
  data: { title: id, summary: id, regionalbudgets: [], projects: [], measures: [], ...rel },
});
const news = [item('c-neu', { regionalbudgets: ['rb'] }), item('b', { measures: ['rb/m1'], regionalbudgets: ['rb'] }), item('a-alt', { projects: ['p'], measures: ['rb/m1'] })];
const model = { news } as unknown as Model;

describe('newsFor', () => {
  it('finds news by Regionalbudget, project and measure, newest first, each item once', () => {
    expect(newsFor(model, { regionalbudget: 'rb' }).map((n) => n.id)).toEqual(['c-neu', 'b']);
    expect(newsFor(model, { project: 'p' }).map((n) => n.id)).toEqual(['a-alt']);
    expect(newsFor(model, { measure: 'rb/m1' }).map((n) => n.id)).toEqual(['b', 'a-alt']);
    expect(newsFor(model, { measure: 'rb/m1', regionalbudget: 'rb' }).map((n) => n.id)).toEqual(['c-neu', 'b', 'a-alt']);
    expect(newsFor(model, { measure: 'rb/unbekannt' })).toEqual([]);
  });
});

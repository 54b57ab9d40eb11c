/**
 * The incremental build's page keys (src/lib/io/render-keys.ts): a change reaches the keys of exactly the
 * pages that show it, and no further than its Regionalbudget. The end-to-end proof that warm equals cold is
 * test/build/warm-equals-cold.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { renderKeys, type RenderKeys } from '../../../src/lib/io/render-keys.ts';
import { removeTempRepos, TempRepo } from '../../helpers/temp-repo.ts';

afterAll(removeTempRepos);

function keysOf(project: TempRepo): RenderKeys {
  const result = project.validate();
  if (!result.model) throw new Error(JSON.stringify(result.errors));
  return renderKeys(result.model, { root: project.dir, codeRoot: project.dir });
}

interface Snapshot {
  rb1: string;
  rb2: string;
  news: string;
}
const snapshot = (k: RenderKeys): Snapshot => ({
  rb1: k.regionalbudget('test-2023'),
  rb2: k.regionalbudget('zweite-2024'),
  news: k.news('2023-03-14-auftakt'),
});
const changed = (a: Snapshot, b: Snapshot) => (Object.keys(a) as (keyof Snapshot)[]).filter((k) => a[k] !== b[k]);

describe('render keys', () => {
  const project = new TempRepo();
  const before = snapshot(keysOf(project));

  it('are stable for the same content', () => {
    expect(snapshot(keysOf(project))).toEqual(before);
  });

  it('follow a measure body into its Regionalbudget and the news that links it, not into another Regionalbudget', () => {
    const p = new TempRepo().replace('content/regionalbudgets/test-2023/massnahmen/messe.md', /\n---\n/, '\n---\n\nEin neuer Satz.\n');
    expect(changed(before, snapshot(keysOf(p)))).toEqual(['rb1', 'news']);
  });

  it('follow an amount in the budget file', () => {
    const p = new TempRepo().json('data/budgets/test-2023.json', (b: { lines: { amounts: Record<string, number> }[]; totals: Record<string, number> }) => {
      const line = b.lines[0]!;
      const year = Object.keys(line.amounts)[0]!;
      line.amounts[year]! += 1;
      b.totals[year]! += 1;
    });
    expect(changed(before, snapshot(keysOf(p)))).toEqual(['rb1', 'news']);
  });

  it('follow a news item into the Regionalbudget it names', () => {
    const p = new TempRepo().replace('content/aktuelles/2023-03-14-auftakt.md', 'Text.', 'Anderer Text.');
    expect(changed(before, snapshot(keysOf(p)))).toEqual(['rb1', 'news']);
  });

  it('change everywhere with data/site.json or the code', () => {
    const site = new TempRepo().json('data/site.json', (s: { name: string }) => (s.name = 'Anders'));
    expect(changed(before, snapshot(keysOf(site)))).toEqual(['rb1', 'rb2', 'news']);
    const code = new TempRepo().write('src/lib/neu.ts', 'export const x = 1;\n');
    expect(changed(before, snapshot(keysOf(code)))).toEqual(['rb1', 'rb2', 'news']);
  });
});

/**
 * The rules of test/unit/content/content-rules.ts on the committed content, and on a copy of it to which an
 * editor added a measure the usual way (`npm run neu`, then money and quarters): the rules must hold for both,
 * so an ordinary edit never breaks `npm test`. The figures of the source documents: test/build/seed-fidelity.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { validateRepo } from '../../../src/lib/io/validate-repo.ts';
import { runNeu } from '../../../scripts/lib/neu.ts';
import { REPOSITORY, TempRepo, removeTempRepos } from '../../helpers/temp-repo.ts';
import { contentRules } from './content-rules.ts';

afterAll(removeTempRepos);

describe('the committed content', () => {
  contentRules(REPOSITORY);
});

/** A copy of the repository with one more Nordsachsen measure, 5.000 € in 2024 and planned for 2024. */
function withAddedMeasure(): TempRepo {
  const copy = TempRepo.ofRepository();
  const r = runNeu(['massnahme', 'nordsachsen-2022', 'Erzeugte Testmaßnahme', '--handlungsfeld', 'klimaneutrale-region', '--zusammenfassung', 'Eine erzeugte Maßnahme.', '--root', copy.dir]);
  if (r.code !== 0) throw new Error(r.err.join('\n'));
  copy.json('data/budgets/nordsachsen-2022.json', (d) => {
    d.lines.at(-1).amounts = { 2024: 5000 };
    d.totals['2024'] += 5000;
  });
  copy.json('data/schedules/nordsachsen-2022.json', (d) => {
    d.rows.at(-1).quarters = ['2024-Q1..2024-Q4'];
  });
  return copy;
}

describe('the content with one more measure', () => {
  const copy = withAddedMeasure();

  it('really has one more measure, with its money', () => {
    const before = validateRepo(REPOSITORY);
    const after = validateRepo(copy.dir);
    expect(after.counts['massnahmen']).toBe((before.counts['massnahmen'] ?? 0) + 1);
    const ns = (m: typeof after.model) => m?.regionalbudgets.find((rb) => rb.id === 'nordsachsen-2022');
    expect(ns(after.model)?.budget?.total).toBe((ns(before.model)?.budget?.total ?? 0) + 500_000);
    expect(ns(after.model)?.measures.find((m) => m.slug === 'erzeugte-testmassnahme')?.quarters).toHaveLength(4);
  });

  contentRules(copy.dir);
});

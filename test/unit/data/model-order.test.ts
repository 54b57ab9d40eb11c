/** The order of Regionalbudgets and projects in the model, which every list on the site follows. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRepo } from '../../../src/lib/io/validate-repo.ts';
import { generate } from '../../../scripts/bench/generate.ts';
import { getModel } from '../../../src/lib/data/get-model.ts';

const work = mkdtempSync(join(tmpdir(), 'rb-model-order-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('order of Regionalbudgets', () => {
  it('puts numbered titles in the order of their numbers ("Landkreis 2" before "Landkreis 10")', () => {
    generate(work, { regionalbudgets: 12, measures: 1, news: 1, seed: 1 });
    const model = validateRepo(work).model;
    const numbers = model?.regionalbudgets.map((rb) => Number(/(\d+)$/.exec(rb.data.title)?.[1]));
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('keeps the real content in German alphabetical order', () => {
    expect(getModel().regionalbudgets.map((rb) => rb.id)).toEqual(['leipzig-2022', 'nordsachsen-2022']);
  });
});

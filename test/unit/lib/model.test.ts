import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/lib/data/build-model.ts';
import { readRepo } from '../../../src/lib/io/read-repo.ts';
import { validateRepo } from '../../../src/lib/io/validate-repo.ts';

const FIXTURE = 'test/fixtures/valid';
const model = validateRepo(FIXTURE).model;

describe('the model speaks cents', () => {
  it('turns the Gesamtbudget and grant into cents and takes the euros out of data', () => {
    const rb = model?.regionalbudgets.find((r) => r.id === 'test-2023');
    expect(rb?.funding).toEqual({ total: 1234567, grant: 987654, rate: 0.8 });
    expect(rb && 'funding' in rb.data).toBe(false);
  });

  it('leaves the funding out where the source states none (not 0 €)', () => {
    const rb = model?.regionalbudgets.find((r) => r.id === 'zweite-2024');
    expect(rb).toBeDefined();
    expect(rb?.funding).toBeUndefined();
  });

  it('turns a project volume into cents and takes the euros out of data', () => {
    const project = model?.projects.find((p) => p.id === 'beispielprojekt');
    expect(project?.volume).toEqual({ cents: 70_000_000, approximate: true });
    expect(project && 'volume' in project.data).toBe(false);
  });

  it('stops on an amount that is no euro amount instead of showing it as 0 €', () => {
    const { repo } = readRepo(FIXTURE);
    const rb = repo.regionalbudgets.find((r) => r.id === 'test-2023');
    if (!rb?.data.funding) throw new Error('fixture has no funding');
    rb.data.funding.total = 0.001;
    expect(() => buildModel(repo, [])).toThrow(/0\.001 .* kein geprüfter Eurobetrag/);
  });
});

/**
 * The dev server validates after every save with a memo of unchanged files (src/lib/file-memo.ts): its
 * result must equal a validation from scratch, before and after files change, break and are fixed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidationResult } from '../../../src/lib/data/validate-repo.ts';
import { fileMemo, type FileMemo } from '../../../src/lib/io/file-memo.ts';
import { validateRepo } from '../../../src/lib/io/validate-repo.ts';
import { removeTempRepos, TempRepo } from '../../helpers/temp-repo.ts';

afterAll(removeTempRepos);

const summary = (r: ValidationResult) => ({ errors: r.errors, warnings: r.warnings, counts: r.counts, model: r.model !== undefined, notices: r.notices });

/** A memo that counts how often it had to compute. */
function countingMemo(): FileMemo & { computed: number } {
  const inner = fileMemo();
  const memo = {
    computed: 0,
    get<T>(path: string, kind: string, compute: () => T): T {
      return inner.get(path, kind, () => {
        memo.computed++;
        return compute();
      });
    },
  };
  return memo;
}

describe('validation with a memo of unchanged files', () => {
  const p = new TempRepo();
  const rb = readdirSync(join(p.dir, 'content/regionalbudgets')).sort()[0] as string;
  const measure = `content/regionalbudgets/${rb}/massnahmen/${readdirSync(join(p.dir, 'content/regionalbudgets', rb, 'massnahmen')).sort()[0]}`;
  const memo = countingMemo();

  it('gives the result of a validation from scratch, and reads nothing again while nothing changed', () => {
    const first = validateRepo(p.dir, memo);
    expect(first.errors).toEqual([]);
    expect(summary(first)).toEqual(summary(validateRepo(p.dir)));
    const computed = memo.computed;
    expect(computed).toBeGreaterThan(5);
    const again = validateRepo(p.dir, memo);
    expect(memo.computed).toBe(computed);
    expect(summary(again)).toEqual(summary(first));
  });

  it('sees a changed title, a broken file and its fix, like a validation from scratch', () => {
    const before = memo.computed;
    p.replace(measure, /^title: .*$/m, 'title: Neuer Titel der Maßnahme');
    const changed = validateRepo(p.dir, memo);
    // the measure's entry and its body check, nothing else
    expect(memo.computed - before).toBe(2);
    expect(summary(changed)).toEqual(summary(validateRepo(p.dir)));
    expect(changed.model?.regionalbudgets.flatMap((r) => r.measures.map((m) => m.data.title))).toContain('Neuer Titel der Maßnahme');

    const text = p.read(measure);
    p.write(measure, text.replace(/^title: .*$/m, 'title: "offen'));
    const broken = validateRepo(p.dir, memo);
    expect(broken.errors.length).toBeGreaterThan(0);
    expect(summary(broken)).toEqual(summary(validateRepo(p.dir)));

    p.write(measure, text);
    const fixed = validateRepo(p.dir, memo);
    expect(fixed.errors).toEqual([]);
    expect(summary(fixed)).toEqual(summary(validateRepo(p.dir)));
  });
});

/**
 * The dev server validates after every save with a memo of unchanged files (src/lib/file-memo.ts): its
 * result must equal a validation from scratch, before and after files change, break and are fixed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidationResult } from '../../../src/lib/data/validate-repo.ts';
import { resetBuildCache } from '../../../src/lib/io/build-cache.ts';
import { fileMemo, shareDevMemo, type FileMemo } from '../../../src/lib/io/file-memo.ts';
import { siteVocabulary } from '../../../src/lib/io/site-vocabulary.ts';
import { validateRepo } from '../../../src/lib/io/validate-repo.ts';
import { removeTempRepos, TempRepo } from '../../helpers/temp-repo.ts';

afterAll(removeTempRepos);

const summary = (r: ValidationResult) => ({ errors: r.errors, warnings: r.warnings, counts: r.counts, model: r.model !== undefined, notices: r.notices });

/** A memo that counts how often it had to compute. */
function countingMemo(): FileMemo & { computed: number } {
  const inner = fileMemo();
  const memo = {
    computed: 0,
    nextRun: () => inner.nextRun(),
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
  /** As the dev server does after each change. */
  const validate = () => {
    memo.nextRun();
    return validateRepo(p.dir, memo);
  };

  it('gives the result of a validation from scratch, and reads nothing again while nothing changed', () => {
    const first = validate();
    expect(first.errors).toEqual([]);
    expect(summary(first)).toEqual(summary(validateRepo(p.dir)));
    const computed = memo.computed;
    expect(computed).toBeGreaterThan(5);
    const again = validate();
    expect(memo.computed).toBe(computed);
    expect(summary(again)).toEqual(summary(first));
  });

  it('sees a changed title, a broken file and its fix, like a validation from scratch', () => {
    const before = memo.computed;
    p.replace(measure, /^title: .*$/m, 'title: Neuer Titel der Maßnahme');
    const changed = validate();
    // the measure's entry and its body check, nothing else
    expect(memo.computed - before).toBe(2);
    expect(summary(changed)).toEqual(summary(validateRepo(p.dir)));
    expect(changed.model?.regionalbudgets.flatMap((r) => r.measures.map((m) => m.data.title))).toContain('Neuer Titel der Maßnahme');

    const text = p.read(measure);
    p.write(measure, text.replace(/^title: .*$/m, 'title: "offen'));
    const broken = validate();
    expect(broken.errors.length).toBeGreaterThan(0);
    expect(summary(broken)).toEqual(summary(validateRepo(p.dir)));

    p.write(measure, text);
    const fixed = validate();
    expect(fixed.errors).toEqual([]);
    expect(summary(fixed)).toEqual(summary(validateRepo(p.dir)));
  });
});

describe('the hyphenation vocabulary with the dev server’s memo', () => {
  const p = new TempRepo();
  const rb = readdirSync(join(p.dir, 'content/regionalbudgets')).sort()[0] as string;
  const measure = `content/regionalbudgets/${rb}/massnahmen/${readdirSync(join(p.dir, 'content/regionalbudgets', rb, 'massnahmen')).sort()[0]}`;
  afterAll(() => shareDevMemo(undefined));

  /** The vocabulary as a build reads it, and as the dev server does with `memo`. */
  const both = (memo: FileMemo) => {
    shareDevMemo(undefined);
    resetBuildCache();
    const scratch = [...siteVocabulary(p.dir)];
    shareDevMemo(memo);
    resetBuildCache();
    memo.nextRun();
    return { scratch, memoised: [...siteVocabulary(p.dir)] };
  };

  it('is the same set in the same order, and after a save reads only the saved file', () => {
    const memo = countingMemo();
    const first = both(memo);
    expect(first.memoised).toEqual(first.scratch);
    const computed = memo.computed;
    expect(computed).toBeGreaterThan(5);

    p.replace(measure, /^title: .*$/m, 'title: Kreislaufwirtschaftsnetzwerk und Wasserstoffmobilität');
    const after = both(memo);
    expect(memo.computed - computed).toBe(1);
    expect(after.memoised).toEqual(after.scratch);
    expect(after.memoised).toContain('kreislaufwirtschaftsnetzwerk');
    expect(after.memoised).not.toEqual(first.memoised);
  });
});

describe('a run of the memo', () => {
  it('looks at each file once per run and sees a write in the next run', () => {
    const p = new TempRepo();
    const memo = fileMemo();
    const file = join(p.dir, 'data/kontakte.json');
    const read = () => memo.get(file, 'text', () => p.read('data/kontakte.json'));
    memo.nextRun();
    const before = read();
    p.write('data/kontakte.json', `${before} `);
    // same run: the signature read at the start of the run still stands
    expect(read()).toBe(before);
    memo.nextRun();
    expect(read()).toBe(`${before} `);
  });
});

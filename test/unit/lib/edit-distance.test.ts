import { expect, it } from 'vitest';
import { editDistance } from '../../../src/lib/edit-distance.ts';

it('counts single-letter insertions, deletions and substitutions', () => {
  expect(editDistance('massnahmen', 'massnahmen')).toBe(0);
  expect(editDistance('massnahme', 'massnahmen')).toBe(1);
  expect(editDistance('masnahmen', 'massnahmen')).toBe(1);
  expect(editDistance('titel', 'title')).toBe(2);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('kitten', 'sitting')).toBe(3);
});

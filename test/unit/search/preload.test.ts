import { describe, expect, it } from 'vitest';
import { shouldPreload } from '../../../src/lib/search/preload.ts';

describe('shouldPreload', () => {
  it('waits for the third letter of the word being typed', () => {
    expect(shouldPreload('')).toBe(false);
    expect(shouldPreload('M')).toBe(false);
    expect(shouldPreload('Ma')).toBe(false);
    expect(shouldPreload('Mar')).toBe(true);
    expect(shouldPreload('Marketing')).toBe(true);
  });

  it('looks at the last word of a query with several words', () => {
    expect(shouldPreload('Marketing L')).toBe(false);
    expect(shouldPreload('Marketing Lei ')).toBe(true);
    expect(shouldPreload('  Öl')).toBe(false);
    expect(shouldPreload('Öko')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { buildExcerpt, fold, queryWords, type Segment } from '../../../src/lib/search/excerpt.ts';
import { INDEX_ONLY_MARK } from '../../../src/lib/search/html-text.ts';

const plain = (segments: Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('fold and queryWords', () => {
  it('compares words without case, umlauts or their transcriptions', () => {
    expect(fold('Gewerbeflächen')).toBe(fold('GEWERBEFLAECHEN'));
    expect(fold('Maßnahme')).toBe(fold('Massnahme'));
    expect(queryWords('„Maßnahme“ 12 a')).toEqual(['massnahme', '12']);
  });
});

describe('buildExcerpt', () => {
  it('marks the words at Pagefind locations, keeping punctuation outside', () => {
    expect(plain(buildExcerpt('Die Kampagne, kurz gesagt.', [1], 'Kampagne'))).toBe('Die [Kampagne], kurz gesagt.');
  });

  it('never shows the index-only terms and marks the page word that contains the query instead', () => {
    const content = `Maßnahme 2. Gewerbeflächenmarketing. Freie Flächen. ${INDEX_ONLY_MARK}. flaechen marketing.`;
    const segments = buildExcerpt(content, [7], 'Marketing');
    expect(plain(segments)).toBe('Maßnahme 2. [Gewerbeflächenmarketing]. Freie Flächen.');
    expect(plain(segments)).not.toContain(INDEX_ONLY_MARK);
  });

  it('matches ASCII spellings of umlauts in the query', () => {
    expect(plain(buildExcerpt(`Gewerbeflächen im Landkreis ${INDEX_ONLY_MARK} gewerbeflaechen`, [4], 'Gewerbeflaechen'))).toBe('[Gewerbeflächen] im Landkreis');
  });

  it('shows a window around the densest matches with ellipses', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[60] = 'Treffer';
    const text = plain(buildExcerpt(words.join(' '), [60], 'Treffer', 10));
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('[Treffer]');
    expect(text.split(' ').filter((w) => w !== '…')).toHaveLength(10);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(plain(buildExcerpt('Eins zwei drei', [], 'xyz', 2))).toBe('Eins zwei …');
  });
});

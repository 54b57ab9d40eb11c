/**
 * The file a page address is written to (src/lib/io/page-reuse.ts `outputFile`): the build hard-links taken-over
 * pages by it, so an address must never name a file outside the site folder.
 */
import { describe, expect, it } from 'vitest';
import { outputFile } from '../../../src/lib/io/page-reuse.ts';

describe('outputFile', () => {
  it('gives a folder page its index.html and any other address its own file, as Astro writes them', () => {
    expect(outputFile('/regionalbudgets/nordsachsen-2022/massnahmen/gewerbeflaechenmarketing/')).toBe('regionalbudgets/nordsachsen-2022/massnahmen/gewerbeflaechenmarketing/index.html');
    expect(outputFile('/regionalbudgets/nordsachsen-2022/feed.xml')).toBe('regionalbudgets/nordsachsen-2022/feed.xml');
    expect(outputFile('/daten/nordsachsen-2022/budget.csv')).toBe('daten/nordsachsen-2022/budget.csv');
    expect(outputFile('/')).toBe('index.html');
  });

  it.each(['../etc/passwd', '/a/../../etc/', '/a/./b/', '//evil.example/x', '/a\\..\\b', 'relativ/', '/..', '/.'])('refuses %j', (url) => {
    expect(() => outputFile(url)).toThrow(/Keine Seitenadresse/);
  });
});

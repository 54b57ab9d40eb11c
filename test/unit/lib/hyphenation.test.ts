import { describe, expect, it } from 'vitest';
import { breakPoints } from '../../../src/lib/hyphenation.ts';

/** The letters before each "|" of a word divided as in the dictionary (Duden, reformed spelling). */
const at = (divided: string) => divided.split('|').slice(0, -1).map((_, i, all) => all.slice(0, i + 1).join('').length);

describe('breakPoints', () => {
  it('gives every break a dictionary allows, at syllables and seams, also near the ends', () => {
    expect(breakPoints('Verkehrsanbindung')).toEqual(at('Ver|kehrs|an|bin|dung'));
    expect(breakPoints('Regionalbudgets')).toEqual(at('Re|gio|nal|bud|gets'));
    expect(breakPoints('Projektagentur')).toEqual(at('Pro|jekt|agen|tur'));
    expect(breakPoints('fachkräfteinitiative')).toEqual(at('fach|kräf|te|initia|ti|ve'));
  });

  it('never leaves a piece without a vowel, at the end neither', () => {
    for (const word of ['Fachkräfteinitiative', 'Eisenbahnstr', 'Kurfürstenstr', 'Herbststurm']) {
      const points = [0, ...breakPoints(word), word.length];
      for (let i = 1; i < points.length; i++) expect(word.slice(points[i - 1], points[i]), word).toMatch(/[aeiouyäöü]/i);
    }
  });
});

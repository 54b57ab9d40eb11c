import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, PALETTE, contrastRatio, relativeLuminance, seriesClass } from '../../../src/charts/palette.ts';

const css = readFileSync(new URL('../../../src/charts/charts.css', import.meta.url), 'utf8').toLowerCase();
const allColours = [...PALETTE.light, ...PALETTE.dark];

describe('palette', () => {
  it('computes WCAG contrast like the reference values', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(allColours)('%s has ≥ 3:1 against the light and the dark background', (colour) => {
    expect(contrastRatio(colour, BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(colour, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
  });

  it('has eight distinct colours per scheme', () => {
    expect(new Set(PALETTE.light).size).toBe(8);
    expect(new Set(PALETTE.dark).size).toBe(8);
  });

  it('charts.css uses exactly these colours for chart-s1 … chart-s8', () => {
    PALETTE.light.forEach((colour, i) => expect(css).toContain(`.chart-s${i + 1} { fill: light-dark(${colour}, ${PALETTE.dark[i]}); }`));
    expect(css).toContain('@media print');
    expect(css).toContain(`--chart-bg: light-dark(${BACKGROUNDS.light}, ${BACKGROUNDS.dark})`);
  });

  it('cycles series classes after eight', () => {
    expect(seriesClass(0)).toBe('chart-s1');
    expect(seriesClass(7)).toBe('chart-s8');
    expect(seriesClass(8)).toBe('chart-s1');
  });
});

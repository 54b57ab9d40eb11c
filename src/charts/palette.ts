/**
 * Series colours. The SVGs only carry the classes `chart-s1` … `chart-s8`; charts.css maps them to these
 * values (a test checks that the stylesheet and this constant agree).
 *
 * Every colour has a relative luminance between 0.12 and 0.30, which is the band where a colour reaches
 * the 3:1 non-text contrast of WCAG 1.4.11 against BOTH backgrounds. So a chart stays readable even when
 * the page and the OS disagree about dark mode (e.g. a light page embedded in a dark reader view).
 */

export const SERIES_COUNT = 8;

export const BACKGROUNDS = { light: '#ffffff', dark: '#121417' } as const;

export const PALETTE = {
  light: ['#2b6cb0', '#c05621', '#2f855a', '#805ad5', '#c53030', '#2c7a7b', '#b7791f', '#b83280'],
  dark: ['#3d8fd6', '#d9752a', '#2e9e62', '#9474e6', '#e5534b', '#28988f', '#b88a16', '#dc5597'],
} as const;

/** 0-based series index → 1-based class number, cycling after eight series. */
export function seriesNumber(index: number): number {
  return (((index % SERIES_COUNT) + SERIES_COUNT) % SERIES_COUNT) + 1;
}

/**
 * Hatching patterns: more than colours, and their count is coprime with the colours', so series 1 and 9 (same
 * colour) still differ in pattern; up to twelve series stay apart without colour at all.
 */
export const PATTERN_COUNT = 12;

/** 0-based series index → 1-based pattern number, cycling after twelve series. */
export function patternNumber(index: number): number {
  return (((index % PATTERN_COUNT) + PATTERN_COUNT) % PATTERN_COUNT) + 1;
}

export function seriesClass(index: number): string {
  return `chart-s${seriesNumber(index)}`;
}

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Keine Farbe im Format #rrggbb: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const v = Number.parseInt(part, 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

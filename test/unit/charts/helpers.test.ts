import { describe, expect, it } from 'vitest';
import { formatTickEuro } from '../../../src/charts/axis.ts';
import { commonEuroLabels, euroLabels, formatDateNumeric, formatEuroCompact, formatShare, joinGerman, textWidth, truncate } from '../../../src/charts/labels.ts';
import { clampCenter, legend, placeLabelAbove } from '../../../src/charts/layout.ts';
import { checkId, esc, num, patternDefs, text } from '../../../src/charts/svg.ts';

describe('svg helpers', () => {
  it('rounds coordinates to one decimal without "-0" or float noise', () => {
    expect(num(0.1 + 0.2)).toBe('0.3');
    expect(num(12.345, 2)).toBe('12.35');
    expect(num(-0.04)).toBe('0');
    expect(num(100)).toBe('100');
    expect(() => num(Number.NaN)).toThrow();
  });

  it('escapes all five XML characters', () => {
    expect(esc(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(text(1, 2, 'Orte & <Wege>', { title: 'T"' })).toBe(
      '<text class="chart-text" x="1" y="2"><title>T&quot;</title>Orte &amp; &lt;Wege&gt;</text>',
    );
  });

  it('rejects ids that would break url(#…) references', () => {
    expect(checkId('budget-2023_a')).toBe('budget-2023_a');
    expect(() => checkId('1abc')).toThrow();
    expect(() => checkId('a b')).toThrow();
  });

  it('defines each pattern once, prefixed with the chart id', () => {
    const defs = patternDefs('x', [0, 12, 2]);
    expect(defs.match(/<pattern /g)).toHaveLength(2);
    expect(defs).toContain('id="x-p1"');
    expect(defs).toContain('id="x-p3"');
  });

  it('gives series 1 and 9 (same colour) different hatching, up to twelve series', () => {
    const defs = patternDefs('x', Array.from({ length: 12 }, (_, i) => i));
    expect(defs.match(/<pattern /g)).toHaveLength(12);
    const bodies = [...defs.matchAll(/<pattern id="x-p\d+"([\s\S]*?)<\/pattern>/g)].map((m) => m[1]);
    expect(new Set(bodies).size).toBe(12);
  });
});

describe('German labels', () => {
  it('formats shares with one decimal and a no-break space', () => {
    expect(formatShare(455 / 1125)).toBe('40,4\u00a0%');
    expect(formatShare(0.2)).toBe('20,0\u00a0%');
  });

  it('formats axis ticks with the d3 German locale', () => {
    expect(formatTickEuro(40_000_000)).toBe('400.000\u00a0€');
    expect(formatTickEuro(0)).toBe('0\u00a0€');
  });

  it('shortens amounts only as far as needed', () => {
    expect(formatEuroCompact(37_500_000)).toBe('375\u00a0Tsd.\u00a0€');
    expect(formatEuroCompact(123_456_789)).toBe('1,2\u00a0Mio.\u00a0€');
    expect(euroLabels(4_812_345)).toEqual(['48.123,45\u00a0€', '48.123\u00a0€', '48\u00a0Tsd.\u00a0€']);
    const values = [123_456_789, 4_812_345];
    const widest = (labels: string[]) => Math.max(...labels.map((l) => textWidth(l)));
    expect(commonEuroLabels(values, 200)).toEqual(['1.234.567,89\u00a0€', '48.123,45\u00a0€']);
    // One label needs the shorter form, so both get it: no mixed precision side by side.
    expect(commonEuroLabels(values, widest(['1.234.568\u00a0€']))).toEqual(['1.234.568\u00a0€', '48.123\u00a0€']);
    expect(commonEuroLabels(values, widest(['1,2\u00a0Mio.\u00a0€', '48\u00a0Tsd.\u00a0€']))).toEqual(['1,2\u00a0Mio.\u00a0€', '48\u00a0Tsd.\u00a0€']);
    expect(commonEuroLabels(values, 5)).toBeNull();
  });

  it('truncates with an ellipsis within the width', () => {
    const label = '2 Gründerzentrum „Alte Spinnerei“ – Umbau und Ausstattung';
    const result = truncate(label, 200);
    expect(result.truncated).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    expect(textWidth(result.text)).toBeLessThanOrEqual(200);
    expect(truncate('1 Ansiedlungskampagne', 200)).toEqual({ text: '1 Ansiedlungskampagne', truncated: false });
  });

  it('joins lists and dates the German way', () => {
    expect(joinGerman(['2022'])).toBe('2022');
    expect(joinGerman(['2022', '2023', '2024'])).toBe('2022, 2023 und 2024');
    expect(formatDateNumeric('2024-03-14')).toBe('14.03.2024');
    expect(formatDateNumeric('2024-03-14T09:30:00Z')).toBe('14.03.2024');
    expect(formatDateNumeric('März')).toBeNull();
  });
});

describe('label placement', () => {
  it('puts a value label above a normal bar', () => {
    expect(placeLabelAbove(100)).toEqual({ y: 96, inside: false });
  });

  it('keeps a zero-height bar label above the baseline', () => {
    expect(placeLabelAbove(268)).toEqual({ y: 264, inside: false });
  });

  it('moves the label into the bar when the bar touches the top edge', () => {
    const top = placeLabelAbove(0);
    expect(top.inside).toBe(true);
    expect(top.y - 13 * 0.8).toBeGreaterThanOrEqual(0);
    const nearTop = placeLabelAbove(10, 13, 0);
    expect(nearTop.inside).toBe(true);
    expect(nearTop.y).toBeCloseTo(24.4, 5);
  });

  it('respects a custom upper limit (e.g. below a legend)', () => {
    expect(placeLabelAbove(40, 13, 30).inside).toBe(true);
    expect(placeLabelAbove(50, 13, 30).inside).toBe(false);
  });

  it('clamps a centred label to the viewBox', () => {
    expect(clampCenter(5, 60, 0, 640)).toBe(30);
    expect(clampCenter(630, 60, 0, 640)).toBe(610);
    expect(clampCenter(300, 60, 0, 640)).toBe(300);
    expect(clampCenter(300, 700, 0, 640)).toBe(320);
  });

  it('wraps legend items within the width', () => {
    const items = [
      { label: 'Attraktiver Wirtschaftsstandort', series: 0 },
      { label: 'Lebenswerte Orte & Gemeinschaft', series: 1 },
      { label: 'Ohne Plan', series: null },
    ];
    const wide = legend('l', items, 0, 0, 2000);
    const narrow = legend('l', items, 0, 0, 300);
    expect(wide.height).toBe(22);
    expect(narrow.height).toBe(66);
    expect(narrow.svg.match(/class="chart-pattern"/g)).toHaveLength(2);
  });
});

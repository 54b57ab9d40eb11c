/**
 * The build draws share-image text from HarfBuzz glyph outlines (scripts/lib/og-outline.ts) instead of letting
 * resvg shape <text>: the pixels must stay those of the <text> rendering, for every kind of text a card carries.
 */
import { describe, expect, it } from 'vitest';
import { fonts, testCard } from '../../helpers/share-card.ts';
import { cardSvg, type ShareCard } from '../../../src/lib/share-image/svg.ts';
import { pixelDifference } from '../../../scripts/lib/og-diff.ts';
import { outliner } from '../../../scripts/lib/og-outline.ts';
import { FONT_FILES, rasterize, renderCardPng } from '../../../scripts/lib/og-render.ts';

const outline = outliner(FONT_FILES);

const card = testCard;

function difference(c: ShareCard): { share: number; max: number } {
  const text = rasterize(cardSvg(c, fonts));
  const paths = rasterize(cardSvg(c, fonts, outline.run));
  return pixelDifference(text.pixels, paths.pixels);
}

describe('share image text as glyph outlines', () => {
  it('puts no <text> into the SVG the build renders', () => {
    const svg = cardSvg(card(), fonts, outline.run);
    expect(svg).not.toContain('<text');
    expect(svg).toMatch(/<g fill="#1b1f23" transform="matrix\(/);
  });

  it('draws the same pixels as resvg does from <text> (kerning, ligatures, umlauts, right-aligned host)', () => {
    for (const c of [card(), card({ title: 'Kurz', figures: [{ label: 'Budget', value: 'nicht angegeben' }] }), card({ title: 'x'.repeat(300) })]) {
      const d = difference(c);
      // Anti-aliasing of a few edge pixels may differ by rounding; no glyph may move or change.
      expect(d.share, c.title).toBeLessThan(0.0005);
    }
  });

  it('draws characters the fonts lack (combining marks, CJK, emoji) as resvg does', () => {
    const d = difference(card({ title: 'Cafe\u0301 · 東京 · 🚲 · ẞ', kicker: 'Zeichen: \u0000\u200b\ufeff' }));
    expect(d.share).toBeLessThan(0.0005);
  });

  it('would notice a glyph moved by a pixel', () => {
    const shifted: typeof outline.run = (run) => outline.run({ ...run, x: run.x + 1 });
    const text = rasterize(cardSvg(card(), fonts));
    const moved = rasterize(cardSvg(card(), fonts, shifted));
    expect(pixelDifference(text.pixels, moved.pixels).share).toBeGreaterThan(0.005);
  });

  it('renders a card to a 1200 × 630 PNG', () => {
    const png = renderCardPng(card());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

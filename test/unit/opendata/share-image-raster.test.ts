/**
 * The build paints share images from cached glyph masks into a palette PNG (scripts/lib/og-raster.ts,
 * og-png.ts) instead of letting resvg rasterise the whole card: the pixels must stay resvg's. PNGs are read
 * back with the independent decoder in test/helpers/png.ts, never with the encoder under test.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { fonts, testCard } from '../../helpers/share-card.ts';
import { cardLayout, cardSvg, FONT_FAMILY, type TextRun } from '../../../src/lib/share-image/svg.ts';
import { pixelDifference } from '../../../scripts/lib/og-diff.ts';
import { outliner, shaper } from '../../../scripts/lib/og-outline.ts';
import { encodePalettePng, encodePng } from '../../../scripts/lib/og-png.ts';
import { GlyphMasks } from '../../../scripts/lib/og-glyph-masks.ts';
import { CardPainter } from '../../../scripts/lib/og-raster.ts';
import { FONT_FILES, rasterize, renderCardPng } from '../../../scripts/lib/og-render.ts';
import { decodePng } from '../../helpers/png.ts';

const shapes = shaper(FONT_FILES);

const card = testCard;

/** resvg's rendering of a small SVG with <text> (resvg shapes and outlines it itself). */
function resvgText(width: number, height: number, background: string, run: TextRun): Uint8Array {
  const anchor = run.anchor === 'end' ? ' text-anchor="end"' : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${background}"/><text x="${run.x}" y="${run.y}" font-family="${FONT_FAMILY}" font-size="${run.size}" font-weight="${run.weight}" fill="${run.fill}"${anchor}>${run.content}</text></svg>`;
  const font = { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY };
  return new Resvg(svg, { font }).render().pixels;
}

function painted(width: number, height: number, background: string, run: TextRun): Uint8Array {
  const painter = new CardPainter(width, height, shapes, new GlyphMasks(shapes));
  const p = painter.paint([{ rect: { x: 0, y: 0, width, height, fill: background } }, { text: run }]);
  return decodePng(encodePalettePng(p.rows, width, height, p.palette)).rgba;
}

describe('PNG encoders (read back with an independent decoder)', () => {
  it('the test decoder reads resvg’s own PNGs (row filters, RGBA) as resvg’s pixels', () => {
    const image = new Resvg(cardSvg(card(), fonts, outliner(FONT_FILES).run)).render();
    const decoded = decodePng(image.asPng());
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);
    expect(Buffer.from(decoded.rgba).equals(image.pixels)).toBe(true);
  });

  it('writes a palette PNG whose indices decode to the palette’s colours', () => {
    // 3 × 2 pixels: each row starts with filter byte 0.
    const rows = Uint8Array.from([0, 0, 1, 2, 0, 2, 2, 0]);
    const png = decodePng(encodePalettePng(rows, 3, 2, [0xff0000, 0x00ff00, 0x0b4f8a]));
    expect([png.width, png.height, png.colourType, png.paletteSize]).toEqual([3, 2, 3, 3]);
    expect([...png.rgba]).toEqual([255, 0, 0, 255, 0, 255, 0, 255, 11, 79, 138, 255, 11, 79, 138, 255, 11, 79, 138, 255, 255, 0, 0, 255]);
    expect(() => encodePalettePng(new Uint8Array(2), 1, 1, Array.from({ length: 257 }, (_, i) => i))).toThrow(/257 Farben/);
  });

  it('writes RGBA PNGs that decode to the same pixels', () => {
    const rgba = Uint8Array.from({ length: 4 * 5 * 3 }, (_, i) => (i * 37) % 256);
    const png = decodePng(encodePng(rgba, 5, 3));
    expect([png.width, png.height, png.colourType]).toEqual([5, 3, 6]);
    expect([...png.rgba]).toEqual([...rgba]);
  });
});

describe('painting glyphs from masks', () => {
  const runs: [string, TextRun][] = [
    ['#ffffff', { x: 10, y: 44, size: 40, weight: 700, fill: '#1b1f23', content: 'Wg', anchor: 'start' }],
    // A fractional start (multiples of 1/1000 px, as right-aligned text lands), light text on dark ground.
    ['#0b4f8a', { x: 117.375, y: 40, size: 24, weight: 400, fill: '#ffffff', content: 'fiÄ', anchor: 'end' }],
    ['#e8f0f7', { x: 6, y: 50, size: 28, weight: 400, fill: '#4a5560', content: 'Töpfer', anchor: 'start' }],
  ];

  it('puts each glyph where resvg draws it, with resvg’s anti-aliasing and blending', () => {
    for (const [background, run] of runs) {
      const mine = painted(130, 64, background, run);
      const ref = resvgText(130, 64, background, run);
      const d = pixelDifference(mine, ref, 0);
      // resvg places <text> glyphs with float32 transforms at their absolute position, a mask at its position
      // within the pixel: rounding may differ in a pixel or two at an edge, by a few levels.
      expect(d.share * 130 * 64, run.content).toBeLessThanOrEqual(2);
      expect(d.max, run.content).toBeLessThanOrEqual(24);
    }
  });

  it('would notice a glyph one pixel off', () => {
    const [background, run] = runs[0]!;
    const moved = painted(130, 64, background, { ...run, x: run.x + 1 });
    expect(pixelDifference(moved, resvgText(130, 64, background, run), 8).share).toBeGreaterThan(0.02);
  });

  it('clips glyphs at the edges of the card', () => {
    const run: TextRun = { x: -8, y: 12, size: 40, weight: 700, fill: '#1b1f23', content: 'Wg', anchor: 'start' };
    expect(pixelDifference(painted(30, 20, '#ffffff', run), resvgText(30, 20, '#ffffff', run), 0)).toEqual({ share: 0, max: 0 });
  });

  it('keeps its masks within a memory budget, painting the same pixels', () => {
    const layout = cardLayout(card(), fonts);
    const roomy = new CardPainter(1200, 630, shapes, new GlyphMasks(shapes));
    const expected = Uint8Array.from(roomy.paint(layout).rows);
    const small = new GlyphMasks(shapes, 8 * 1024);
    const tight = new CardPainter(1200, 630, shapes, small);
    expect(Buffer.from(tight.paint(layout).rows).equals(Buffer.from(expected))).toBe(true);
    expect(small.size).toBeGreaterThan(0);
    expect(small.size).toBeLessThan(20);
  });

  it('paints rectangles only on whole pixels', () => {
    const painter = new CardPainter(10, 10, shapes, new GlyphMasks(shapes));
    expect(() => painter.paint([{ rect: { x: 0.5, y: 0, width: 3, height: 3, fill: '#ffffff' } }])).toThrow(/ganzen Pixeln/);
  });
});

describe('share cards as palette PNG', () => {
  const cards = [card(), card({ title: 'Kurz', figures: [{ label: 'Budget', value: 'nicht angegeben' }] }), card({ title: 'x'.repeat(300) }), card({ title: 'Cafe\u0301 · 東京 · 🚲 · ẞ', kicker: 'Zeichen: \u0000\u200b\ufeff' })];

  it('shows the pixels resvg draws from <text>', () => {
    for (const c of cards) {
      const png = decodePng(renderCardPng(c));
      expect(png.colourType, c.title).toBe(3);
      const d = pixelDifference(png.rgba, rasterize(cardSvg(c, fonts)).pixels, 0);
      // Identical up to float rounding in resvg's transforms: a few dozen edge pixels of 756,000 at most, by
      // a few levels (resvg's own rendering from outlines differs from <text> as much).
      expect(d.share, c.title).toBeLessThan(0.0001);
      expect(d.max, c.title).toBeLessThanOrEqual(24);
    }
  });

  it('paints each card afresh (a previous card leaves no colour or pixel behind)', () => {
    const fresh = decodePng(renderCardPng(cards[1]!));
    renderCardPng(cards[0]!);
    renderCardPng(cards[2]!);
    const again = decodePng(renderCardPng(cards[1]!));
    expect(again.paletteSize).toBe(fresh.paletteSize);
    expect(Buffer.from(again.rgba).equals(Buffer.from(fresh.rgba))).toBe(true);
  });

  it('falls back to an RGBA PNG drawn by resvg when a card has more than 256 colours', () => {
    const marks = Array.from({ length: 112 }, (_, i) => String.fromCodePoint(0x300 + i)).join('');
    const stacked = card({ title: `o${marks} e${marks} Ø${marks}` });
    const painter = new CardPainter(1200, 630, shapes, new GlyphMasks(shapes));
    expect(painter.paint(cardLayout(stacked, fonts)).palette.length).toBeGreaterThan(256);
    const png = decodePng(renderCardPng(stacked));
    expect(png.colourType).toBe(6);
    expect(pixelDifference(png.rgba, rasterize(cardSvg(stacked, fonts, outliner(FONT_FILES).run)).pixels, 0)).toEqual({ share: 0, max: 0 });
  });
});

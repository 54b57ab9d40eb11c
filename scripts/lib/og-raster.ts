/**
 * Paints a share card directly instead of rasterising the whole 1200 × 630 SVG: the card is flat rectangles and
 * text, so each rectangle is a row fill and each glyph a coverage mask (og-glyph-masks.ts), drawn by resvg once per thread for
 * (font, glyph, size, position within the pixel) and reused on every card. The card is painted into palette
 * indices (resvg's anti-aliasing gives a card ~135 colours), ready for a palette PNG (og-png.ts).
 *
 * The pixels are resvg's: each mask is resvg's coverage of the same outline at the same position within the
 * pixel, and glyphs are blended as tiny-skia blends an opaque colour with coverage c,
 * (dst·(255−c) + src·c + 255) >> 8 per channel (test/unit/opendata/share-image-raster.test.ts compares).
 */
import type { CardShape, TextRun } from '../../src/lib/share-image/svg.ts';
import { SUBPIXEL, type GlyphMasks } from './og-glyph-masks.ts';
import type { Shaper } from './og-outline.ts';

/** "#rrggbb" → 0xrrggbb. */
function rgb(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`Vorschaubild: Farbe „${hex}“ ist nicht #rrggbb`);
  return parseInt(m[1], 16);
}

/** tiny-skia's blend of an opaque colour over an opaque pixel with coverage c, per 8-bit channel. */
function blend(dst: number, src: number, c: number): number {
  const inv = 255 - c;
  const ch = (shift: number) => ((((dst >> shift) & 255) * inv + ((src >> shift) & 255) * c + 255) >> 8) << shift;
  return ch(16) | ch(8) | ch(0);
}

/**
 * A card painted as palette indices: `rows` is laid out as PNG scanlines (one filter byte, 0, before each row
 * of `width` indices), `palette` holds 0xrrggbb per index. More than 256 colours cannot be a palette PNG:
 * `palette.length` then exceeds 256 and the indices in `rows` are not meaningful (og-png.ts draws RGBA then).
 */
export interface PaintedCard {
  width: number;
  height: number;
  rows: Uint8Array;
  palette: number[];
}

/** Paints cards of one size into one reused buffer; each `paint` overwrites the previous card. */
export class CardPainter {
  readonly rows: Uint8Array;
  private palette: number[] = [];
  private index = new Map<number, number>();
  /** Per text colour: (palette index · 256 + coverage) → palette index of the blend, −1 if not known yet. */
  private blends = new Map<number, Int16Array>();

  readonly width: number;
  readonly height: number;
  private readonly shapes: Shaper;
  private readonly masks: GlyphMasks;

  constructor(width: number, height: number, shapes: Shaper, masks: GlyphMasks) {
    this.width = width;
    this.height = height;
    this.shapes = shapes;
    this.masks = masks;
    this.rows = new Uint8Array((width + 1) * height);
  }

  private colour(c: number): number {
    let i = this.index.get(c);
    if (i === undefined) {
      i = this.palette.length;
      this.palette.push(c);
      this.index.set(c, i);
    }
    return i;
  }

  paint(shapes: CardShape[]): PaintedCard {
    this.palette = [];
    this.index.clear();
    for (const table of this.blends.values()) table.fill(-1);
    for (const s of shapes) {
      if ('rect' in s) this.rect(s.rect.x, s.rect.y, s.rect.width, s.rect.height, rgb(s.rect.fill));
      else this.text(s.text);
      if (this.palette.length > 256) break;
    }
    return { width: this.width, height: this.height, rows: this.rows, palette: this.palette };
  }

  private rect(x: number, y: number, w: number, h: number, fill: number): void {
    if (![x, y, w, h].every(Number.isInteger)) throw new Error(`Vorschaubild: Rechteck ${x},${y} ${w}×${h} liegt nicht auf ganzen Pixeln`);
    const x0 = Math.max(0, x);
    const x1 = Math.min(this.width, x + w);
    const i = this.colour(fill);
    if (i > 255 || x1 <= x0) return;
    const stride = this.width + 1;
    for (let row = Math.max(0, y); row < Math.min(this.height, y + h); row++) this.rows.fill(i, row * stride + 1 + x0, row * stride + 1 + x1);
  }

  private text(run: TextRun): void {
    const fg = rgb(run.fill);
    const fgIndex = this.colour(fg);
    if (fgIndex > 255) return;
    let table = this.blends.get(fg);
    if (!table) {
      table = new Int16Array(256 * 256).fill(-1);
      this.blends.set(fg, table);
    }
    const { scale, x0, y0, glyphs } = this.shapes.shape(run);
    const stride = this.width + 1;
    const rows = this.rows;
    for (const g of glyphs) {
      const qxAll = Math.round((x0 + g.dx * scale) * SUBPIXEL);
      const qyAll = Math.round((y0 - g.dy * scale) * SUBPIXEL);
      const px = Math.floor(qxAll / SUBPIXEL);
      const py = Math.floor(qyAll / SUBPIXEL);
      const mask = this.masks.get(run.weight, g.id, scale, qxAll - px * SUBPIXEL, qyAll - py * SUBPIXEL);
      const { coverage, spans, width: mw } = mask;
      const ox = px + mask.left;
      const oy = py + mask.top;
      for (let i = 0; i < spans.length; i += 3) {
        const y = oy + spans[i]!;
        if (y < 0 || y >= this.height) continue;
        const from = spans[i + 1]!;
        const row = y * stride + 1;
        const src = spans[i]! * mw;
        for (let mx = from, end = from + spans[i + 2]!; mx < end; mx++) {
          const x = ox + mx;
          if (x < 0 || x >= this.width) continue;
          const c = coverage[src + mx]!;
          const at = row + x;
          if (c === 255) {
            rows[at] = fgIndex;
            continue;
          }
          const key = rows[at]! * 256 + c;
          let to = table[key]!;
          if (to < 0) {
            to = this.colour(blend(this.palette[rows[at]!]!, fg, c));
            if (to > 255) return;
            table[key] = to;
          }
          rows[at] = to;
        }
      }
    }
  }
}

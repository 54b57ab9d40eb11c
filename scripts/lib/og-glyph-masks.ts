/**
 * Glyph coverage masks for the share-image painter (og-raster.ts): resvg draws each glyph's outline once per
 * thread for (font, glyph, size, position within the pixel), and the painter reuses the mask on every card.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Shaper } from './og-outline.ts';

/**
 * Steps per pixel at which a glyph's position keys its mask. Glyphs land on multiples of 1/1000 px (whole-pixel
 * anchors, whole-pixel font sizes, 1000 units per em), so this reproduces resvg exactly. Coarser steps (1/16 px)
 * need half the masks but move edges by up to 1/32 px, which tiny-skia's 4× supersampling turns into edge
 * pixels up to 61/255 apart from resvg's (0.2 % of the pixels; docs/performance.md).
 */
export const SUBPIXEL = 1000;

/** A glyph's coverage (0–255) in a box whose top left lies at (left, top) pixels from the glyph's pixel. */
export interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
  /** The covered pixels as runs (row, first column, length), so painting skips the box's empty pixels. */
  spans: Int16Array;
}

const EMPTY: GlyphMask = { left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0), spans: new Int16Array(0) };

function spansOf(coverage: Uint8Array, width: number, height: number): Int16Array {
  const spans: number[] = [];
  for (let y = 0; y < height; y++) {
    let x = 0;
    while (x < width) {
      if (coverage[y * width + x] === 0) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && coverage[y * width + x] !== 0) x++;
      spans.push(y, start, x - start);
    }
  }
  return Int16Array.from(spans);
}

/** Bounds of an SVG path from its points (M/L/Q/C/Z with absolute coordinates, as HarfBuzz writes them). */
function pathBounds(d: string): { minX: number; minY: number; maxX: number; maxY: number } | undefined {
  const nums = d.match(/-?\d*\.?\d+(?:e-?\d+)?/gi);
  if (!nums || nums.length < 2) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const x = Number(nums[i]);
    const y = Number(nums[i + 1]);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/**
 * resvg's coverage of an outline (font units, y up) scaled by `scale` with its origin at (fx, fy) within a
 * pixel (0 ≤ fx, fy < 1): mask pixel (0, 0) is the origin's pixel offset by (left, top).
 */
export function glyphMask(d: string, scale: number, fx: number, fy: number): GlyphMask {
  const b = d ? pathBounds(d) : undefined;
  if (!b) return EMPTY;
  // One pixel of margin: anti-aliasing reaches into the pixel beyond the outline's bounds.
  const left = Math.floor(fx + b.minX * scale) - 1;
  const top = Math.floor(fy - b.maxY * scale) - 1;
  const width = Math.ceil(fx + b.maxX * scale) + 1 - left;
  const height = Math.ceil(fy - b.minY * scale) + 1 - top;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="matrix(${scale} 0 0 ${-scale} ${fx - left} ${fy - top})" d="${d}"/></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
  const rgba = image.pixels;
  const coverage = new Uint8Array(width * height);
  // Black on transparent: the alpha is the coverage.
  for (let i = 0; i < coverage.length; i++) coverage[i] = rgba[i * 4 + 3] ?? 0;
  return { left, top, width, height, coverage, spans: spansOf(coverage, width, height) };
}

/**
 * Masks of this thread, by weight, glyph, scale and position within the pixel. Bounded: past MASK_BYTES the
 * masks are dropped and drawn again as needed (text of the generated 10,000 measures needs ~4 MB per thread).
 */
export const MASK_BYTES = 48 * 1024 * 1024;
export class GlyphMasks {
  private readonly masks = new Map<string, GlyphMask>();
  private bytes = 0;
  private readonly shapes: Shaper;
  private readonly budget: number;
  constructor(shapes: Shaper, budget = MASK_BYTES) {
    this.shapes = shapes;
    this.budget = budget;
  }
  get size(): number {
    return this.masks.size;
  }
  get(weight: 400 | 700, id: number, scale: number, qx: number, qy: number): GlyphMask {
    const key = `${weight} ${id} ${scale} ${qx} ${qy}`;
    let mask = this.masks.get(key);
    if (!mask) {
      mask = glyphMask(this.shapes.path(weight, id), scale, qx / SUBPIXEL, qy / SUBPIXEL);
      // Pixels, runs, and about 200 bytes for the objects and the key.
      const cost = mask.coverage.length + mask.spans.length * 2 + 200;
      if (this.bytes + cost > this.budget) {
        this.masks.clear();
        this.bytes = 0;
      }
      this.masks.set(key, mask);
      this.bytes += cost;
    }
    return mask;
  }
}

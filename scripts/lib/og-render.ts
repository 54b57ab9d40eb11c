/**
 * Renders a share card to PNG with the self-hosted Noto Sans (no system fonts): painted from cached glyph
 * masks into a palette PNG (og-raster.ts, og-png.ts); a card with more than 256 colours (glyphs stacked on
 * each other, e.g. many combining marks) is rasterised whole by resvg as RGBA instead.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontMetrics } from '../../src/lib/share-image/font-metrics.ts';
import { cardLayout, cardSvg, FONT_FAMILY, HEIGHT, WIDTH, type Fonts, type ShareCard } from '../../src/lib/share-image/svg.ts';
import { outliner, shaper, type Outliner } from './og-outline.ts';
import { encodePalettePng, encodePng } from './og-png.ts';
import { GlyphMasks } from './og-glyph-masks.ts';
import { CardPainter } from './og-raster.ts';

export { encodePng } from './og-png.ts';

const FONT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '@expo-google-fonts', 'noto-sans');
export const FONT_FILES = {
  regular: join(FONT_DIR, '400Regular', 'NotoSans_400Regular.ttf'),
  bold: join(FONT_DIR, '700Bold', 'NotoSans_700Bold.ttf'),
};

interface Renderer {
  fonts: Fonts;
  painter: CardPainter;
  masks: GlyphMasks;
  outline?: Outliner;
}

/** This thread's renderer: fonts, shaper, glyph masks and the reused card buffer, made on first use. */
let renderer: Renderer | undefined;
function thread(): Renderer {
  if (!renderer) {
    const fonts = { regular: fontMetrics(readFileSync(FONT_FILES.regular)), bold: fontMetrics(readFileSync(FONT_FILES.bold)) };
    const shapes = shaper(FONT_FILES);
    const masks = new GlyphMasks(shapes);
    renderer = { fonts, masks, painter: new CardPainter(WIDTH, HEIGHT, shapes, masks) };
  }
  return renderer;
}

/** The PNG of a card. */
export function renderCardPng(card: ShareCard): Buffer {
  const r = thread();
  const painted = r.painter.paint(cardLayout(card, r.fonts));
  if (painted.palette.length <= 256) return encodePalettePng(painted.rows, painted.width, painted.height, painted.palette);
  r.outline ??= outliner(FONT_FILES);
  return renderPng(cardSvg(card, r.fonts, r.outline.run));
}

/** How many glyph masks this thread holds (for the benchmark). */
export function glyphMaskCount(): number {
  return renderer?.masks.size ?? 0;
}

/** RGBA pixels of an SVG by resvg. Fonts are loaded only when it has <text> (outlined cards have none). */
export function rasterize(svg: string): { pixels: Buffer; width: number; height: number } {
  const font = svg.includes('<text')
    ? { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }
    : { loadSystemFonts: false, defaultFontFamily: FONT_FAMILY };
  const image = new Resvg(svg, { font, fitTo: { mode: 'original' } }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/** An SVG rasterised whole by resvg, as RGBA PNG: the fallback, and the reference the tests compare with. */
export function renderPng(svg: string): Buffer {
  const image = rasterize(svg);
  return encodePng(image.pixels, image.width, image.height);
}

/** Renders one share-image SVG to PNG with resvg and the self-hosted Noto Sans (no system fonts). */
import { Resvg } from '@resvg/resvg-js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fontMetrics } from '../../src/lib/share-image/font-metrics.ts';
import { cardSvg, FONT_FAMILY, type Fonts, type ShareCard } from '../../src/lib/share-image/svg.ts';
import { outliner, type Outliner } from './og-outline.ts';

const FONT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '@expo-google-fonts', 'noto-sans');
export const FONT_FILES = {
  regular: join(FONT_DIR, '400Regular', 'NotoSans_400Regular.ttf'),
  bold: join(FONT_DIR, '700Bold', 'NotoSans_700Bold.ttf'),
};

let text: { fonts: Fonts; outline: Outliner } | undefined;

/** The PNG of a card, its text drawn as glyph outlines (og-outline.ts); fonts are read once per thread. */
export function renderCardPng(card: ShareCard): Buffer {
  text ??= {
    fonts: { regular: fontMetrics(readFileSync(FONT_FILES.regular)), bold: fontMetrics(readFileSync(FONT_FILES.bold)) },
    outline: outliner(FONT_FILES),
  };
  return renderPng(cardSvg(card, text.fonts, text.outline.run));
}

/** RGBA pixels of an SVG. Fonts are loaded only when it has <text> (outlined cards have none). */
export function rasterize(svg: string): { pixels: Buffer; width: number; height: number } {
  const font = svg.includes('<text')
    ? { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }
    : { loadSystemFonts: false, defaultFontFamily: FONT_FAMILY };
  const image = new Resvg(svg, { font, fitTo: { mode: 'original' } }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

export function renderPng(svg: string): Buffer {
  const image = rasterize(svg);
  return encodePng(image.pixels, image.width, image.height);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * PNG (8-bit RGBA, no row filter, zlib level 3) from resvg's pixels: about 3 ms instead of the ~10 ms of
 * resvg's own encoder (asPng), at the same file size for these flat-colour cards (scripts/bench, docs/performance.md).
 */
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  const stride = width * 4;
  const rows = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}

/** PNG encoders for the share images: palette (colour type 3) for painted cards, RGBA for anything else. */
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function header(width: number, height: number, colourType: number, bitDepth = 8): Buffer {
  const h = Buffer.alloc(13);
  h.writeUInt32BE(width, 0);
  h.writeUInt32BE(height, 4);
  h.set([bitDepth, colourType, 0, 0, 0], 8);
  return h;
}

/**
 * PNG (8-bit RGBA, no row filter, zlib level 3) from resvg's pixels: about 3 ms instead of the ~10 ms of
 * resvg's own encoder (asPng), at the same file size for these flat-colour cards.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const rows = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header(width, height, 6)), chunk('IDAT', deflateSync(rows, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Palette PNG (colour type 3, 8-bit indices, opaque) from scanlines that already carry their filter byte (0,
 * none) before each row of `width` indices. Deflated with zlib's run-length strategy: a card is long runs of
 * one index, and RLE finds them in ~0.9 ms where level 6 takes ~4.3 ms for 19 KB instead of 23 KB
 * (the RGBA PNG was ~46 KB; scripts/bench/og-speed.ts, docs/performance.md).
 */
export function encodePalettePng(rows: Uint8Array, width: number, height: number, palette: readonly number[]): Buffer {
  if (palette.length === 0 || palette.length > 256) throw new Error(`Palette-PNG mit ${palette.length} Farben`);
  if (rows.length !== (width + 1) * height) throw new Error('Palette-PNG: Zeilenlänge passt nicht');
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => {
    plte[i * 3] = (c >> 16) & 255;
    plte[i * 3 + 1] = (c >> 8) & 255;
    plte[i * 3 + 2] = c & 255;
  });
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header(width, height, 3)),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { strategy: constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}


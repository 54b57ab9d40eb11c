/** Renders one share-image SVG to PNG with resvg and the self-hosted Noto Sans (no system fonts). */
import { Resvg } from '@resvg/resvg-js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FAMILY } from '../../src/lib/share-image/svg.ts';

const FONT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '@expo-google-fonts', 'noto-sans');
export const FONT_FILES = {
  regular: join(FONT_DIR, '400Regular', 'NotoSans_400Regular.ttf'),
  bold: join(FONT_DIR, '700Bold', 'NotoSans_700Bold.ttf'),
};

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}

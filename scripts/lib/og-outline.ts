/**
 * Text of a share image as glyph outlines instead of <text>: HarfBuzz (harfbuzzjs, the shaper resvg's
 * rustybuzz was ported from) shapes each line with the same Noto Sans files, so kerning and ligatures match
 * what resvg would draw, and each glyph's outline is read from the font once per thread and reused.
 * resvg then only fills paths: ~7 ms less per 1200 × 630 image than shaping and outlining <text> itself
 * (scripts/bench/og-speed.ts, docs/performance.md).
 */
import * as hb from 'harfbuzzjs';
import { readFileSync } from 'node:fs';
import { escapeXml } from '../../src/lib/escape.ts';
import type { TextRun } from '../../src/lib/share-image/svg.ts';

interface OutlineFont {
  font: hb.Font;
  unitsPerEm: number;
  /** Glyph id → SVG path data in font units (y up), read once. */
  glyphs: Map<number, string>;
}

function outlineFont(file: string): OutlineFont {
  const face = new hb.Face(new hb.Blob(readFileSync(file)));
  return { font: new hb.Font(face), unitsPerEm: face.upem, glyphs: new Map() };
}

function glyphPath(f: OutlineFont, id: number): string {
  let d = f.glyphs.get(id);
  if (d === undefined) {
    d = f.font.glyphToPath(id);
    f.glyphs.set(id, d);
  }
  return d;
}

/** Rounds to 1/100 px: far below what the 1200 × 630 raster shows, and keeps the SVG short. */
const num = (n: number) => String(Math.round(n * 100) / 100);

export interface Outliner {
  /** The SVG markup for one run of text: a group of glyph paths at the run's position and size. */
  run(text: TextRun): string;
}

/** An outliner over the regular (400) and bold (700) font files. */
export function outliner(files: { regular: string; bold: string }): Outliner {
  let fonts: { 400: OutlineFont; 700: OutlineFont } | undefined;
  let buf: hb.Buffer | undefined;
  return {
    run(t) {
      fonts ??= { 400: outlineFont(files.regular), 700: outlineFont(files.bold) };
      const f = fonts[t.weight];
      buf ??= new hb.Buffer();
      buf.reset();
      {
        buf.addText(t.content);
        buf.guessSegmentProperties();
        hb.shape(f.font, buf);
        const infos = buf.getGlyphInfos();
        const positions = buf.getGlyphPositions();
        let width = 0;
        for (const p of positions) width += p.xAdvance;
        const scale = t.size / f.unitsPerEm;
        const x0 = t.anchor === 'end' ? t.x - width * scale : t.x;
        const paths: string[] = [];
        let pen = 0;
        infos.forEach((info, i) => {
          const p = positions[i];
          if (!p) return;
          const d = glyphPath(f, info.codepoint);
          if (d) paths.push(`<path transform="translate(${pen + p.xOffset} ${p.yOffset})" d="${d}"/>`);
          pen += p.xAdvance;
        });
        // Font units are y-up; the group flips and scales them onto the baseline at (x0, y).
        return `<g fill="${escapeXml(t.fill)}" transform="matrix(${scale} 0 0 ${-scale} ${num(x0)} ${num(t.y)})">${paths.join('')}</g>`;
      }
    },
  };
}

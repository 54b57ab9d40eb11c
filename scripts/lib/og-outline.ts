/**
 * Text of a share image, shaped by HarfBuzz (harfbuzzjs, the shaper resvg's rustybuzz was ported from) with the
 * same Noto Sans files, so kerning and ligatures match what resvg draws from <text>. `shaper` places each glyph
 * of a run on the card (og-raster.ts paints from it); `outliner` writes the glyphs as SVG paths, the reference
 * rendering the painted PNG is compared with. Each glyph's outline is read from the font once per thread.
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

export interface ShapedRun {
  /** Pixels per font unit. */
  scale: number;
  /** Where the run's origin lands (the start of its first glyph, on the baseline). */
  x0: number;
  y0: number;
  /** Glyph positions in font units relative to (x0, y0), y up, as HarfBuzz gives them (shared: do not change). */
  glyphs: { id: number; dx: number; dy: number }[];
}

export interface Shaper {
  shape(run: TextRun): ShapedRun;
  /** SVG path data of a glyph in font units (y up); "" for a glyph without outline (space). */
  path(weight: 400 | 700, id: number): string;
}

/** A shaper over the regular (400) and bold (700) font files; the fonts are read on first use. */
export function shaper(files: { regular: string; bold: string }): Shaper {
  let fonts: { 400: OutlineFont; 700: OutlineFont } | undefined;
  let buf: hb.Buffer | undefined;
  const load = () => (fonts ??= { 400: outlineFont(files.regular), 700: outlineFont(files.bold) });
  /** Shaped text by weight, size and content: labels, kickers and the site name repeat from card to card. */
  const shaped = new Map<string, { scale: number; width: number; glyphs: ShapedRun['glyphs'] }>();
  const shapeText = (t: TextRun) => {
    const f = load()[t.weight];
    buf ??= new hb.Buffer();
    buf.reset();
    buf.addText(t.content);
    buf.guessSegmentProperties();
    hb.shape(f.font, buf);
    const infos = buf.getGlyphInfos();
    const positions = buf.getGlyphPositions();
    const glyphs: ShapedRun['glyphs'] = [];
    let pen = 0;
    infos.forEach((info, i) => {
      const p = positions[i];
      if (!p) return;
      glyphs.push({ id: info.codepoint, dx: pen + p.xOffset, dy: p.yOffset });
      pen += p.xAdvance;
    });
    return { scale: t.size / f.unitsPerEm, width: pen, glyphs };
  };
  return {
    shape(t) {
      const key = `${t.weight} ${t.size} ${t.content}`;
      let s = shaped.get(key);
      if (!s) {
        // Bounded: titles rarely repeat.
        if (shaped.size >= 4096) shaped.clear();
        s = shapeText(t);
        shaped.set(key, s);
      }
      return { scale: s.scale, x0: t.anchor === 'end' ? t.x - s.width * s.scale : t.x, y0: t.y, glyphs: s.glyphs };
    },
    path(weight, id) {
      const f = load()[weight];
      let d = f.glyphs.get(id);
      if (d === undefined) {
        d = f.font.glyphToPath(id);
        f.glyphs.set(id, d);
      }
      return d;
    },
  };
}

/** Rounds to 1/100 px: far below what the 1200 × 630 raster shows, and keeps the SVG short. */
const num = (n: number) => String(Math.round(n * 100) / 100);

export interface Outliner {
  /** The SVG markup for one run of text: a group of glyph paths at the run's position and size. */
  run(text: TextRun): string;
}

/** An outliner over the regular (400) and bold (700) font files. */
export function outliner(files: { regular: string; bold: string }): Outliner {
  const shapes = shaper(files);
  return {
    run(t) {
      const { scale, x0, y0, glyphs } = shapes.shape(t);
      const paths: string[] = [];
      for (const g of glyphs) {
        const d = shapes.path(t.weight, g.id);
        if (d) paths.push(`<path transform="translate(${g.dx} ${g.dy})" d="${d}"/>`);
      }
      // Font units are y-up; the group flips and scales them onto the baseline at (x0, y).
      return `<g fill="${escapeXml(t.fill)}" transform="matrix(${scale} 0 0 ${-scale} ${num(x0)} ${num(y0)})">${paths.join('')}</g>`;
    },
  };
}

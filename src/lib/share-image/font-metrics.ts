/**
 * Advance widths from a TrueType font (tables cmap, hmtx, hhea, head), so the share-image template can
 * wrap text at the width the renderer will draw it. Kerning is ignored (a few pixels on a line at most;
 * the template keeps a margin).
 */

export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width of a code point in font units; the .notdef width for unmapped code points. */
  advance(codePoint: number): number;
}

function tables(view: DataView): Map<string, { offset: number; length: number }> {
  const count = view.getUint16(4);
  const map = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    map.set(tag, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return map;
}

function cmapLookup(view: DataView, cmapOffset: number): (cp: number) => number {
  const numTables = view.getUint16(cmapOffset + 2);
  let best: { format: number; offset: number } | undefined;
  for (let i = 0; i < numTables; i++) {
    const rec = cmapOffset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const offset = cmapOffset + view.getUint32(rec + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) best = { format, offset };
    else if (format === 4 && best?.format !== 12) best = { format, offset };
  }
  if (!best) throw new Error('Schrift ohne Unicode-cmap');
  const { format, offset } = best;
  if (format === 12) {
    const groups = view.getUint32(offset + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = offset + 16 + mid * 12;
        const start = view.getUint32(g);
        const end = view.getUint32(g + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return view.getUint32(g + 8) + (cp - start);
      }
      return 0;
    };
  }
  const segX2 = view.getUint16(offset + 6);
  const ends = offset + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segX2; i += 2) {
      if (cp > view.getUint16(ends + i)) continue;
      const start = view.getUint16(starts + i);
      if (cp < start) return 0;
      const delta = view.getInt16(deltas + i);
      const ro = view.getUint16(rangeOffsets + i);
      if (ro === 0) return (cp + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + i + ro + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export function fontMetrics(data: Uint8Array): FontMetrics {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const t = tables(view);
  const head = t.get('head');
  const hhea = t.get('hhea');
  const hmtx = t.get('hmtx');
  const cmap = t.get('cmap');
  if (!head || !hhea || !hmtx || !cmap) throw new Error('Keine TrueType-Schrift (head, hhea, hmtx oder cmap fehlt)');
  const unitsPerEm = view.getUint16(head.offset + 18);
  const numberOfHMetrics = view.getUint16(hhea.offset + 34);
  const glyphOf = cmapLookup(view, cmap.offset);
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    advance(cp) {
      const hit = cache.get(cp);
      if (hit !== undefined) return hit;
      const glyph = glyphOf(cp);
      const index = Math.min(glyph, numberOfHMetrics - 1);
      const width = view.getUint16(hmtx.offset + index * 4);
      cache.set(cp, width);
      return width;
    },
  };
}

/** Width of a text in pixels at a font size. */
export function textWidth(metrics: FontMetrics, text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += metrics.advance(ch.codePointAt(0) ?? 0);
  return (units / metrics.unitsPerEm) * fontSize;
}

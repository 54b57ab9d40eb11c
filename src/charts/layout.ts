/** Placement rules shared by the charts: labels must never leave the viewBox. */
import { patternNumber, seriesClass } from './palette.ts';
import { num, text } from './svg.ts';
import { textWidth } from './labels.ts';

export interface LabelPlacement {
  y: number;
  /** True when the label had to move into the bar; it then needs a halo to stay legible on the colour. */
  inside: boolean;
}

/**
 * Baseline for a value label above a bar whose top edge is `barTop`. When there is no room above
 * (bar reaches the top of the viewBox), the label moves just inside the bar instead of being clipped.
 */
export function placeLabelAbove(barTop: number, fontSize = 13, minY = 0, gap = 4): LabelPlacement {
  const above = barTop - gap;
  if (above - fontSize * 0.8 >= minY) return { y: above, inside: false };
  return { y: Math.max(barTop, minY) + gap + fontSize * 0.8, inside: true };
}

/** Centre x for a text of `width` so that it stays within [min, max]. */
export function clampCenter(x: number, width: number, min: number, max: number): number {
  if (width >= max - min) return (min + max) / 2;
  return Math.min(Math.max(x, min + width / 2), max - width / 2);
}

export interface LegendItem {
  label: string;
  /** Series index for the swatch; null for a text-only entry (e.g. a budget without data). */
  series: number | null;
}

const SWATCH = 14;
const ITEM_GAP = 20;
const LINE_HEIGHT = 22;

/** Legend items laid out left to right, wrapping within `width`; returns markup and used height. */
export function legend(id: string, items: readonly LegendItem[], x: number, y: number, width: number): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 };
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  for (const item of items) {
    const itemWidth = (item.series === null ? 0 : SWATCH + 6) + textWidth(item.label);
    if (cx > x && cx + itemWidth > x + width) {
      cx = x;
      cy += LINE_HEIGHT;
    }
    if (item.series !== null) {
      const geometry = `x="${num(cx)}" y="${num(cy)}" width="${SWATCH}" height="${SWATCH}"`;
      parts.push(
        `<rect class="${seriesClass(item.series)}" ${geometry}/>` +
          `<rect class="chart-pattern" fill="url(#${id}-p${patternNumber(item.series)})" ${geometry}/>`,
      );
    }
    parts.push(text(cx + (item.series === null ? 0 : SWATCH + 6), cy + 11.5, item.label));
    cx += itemWidth + ITEM_GAP;
  }
  return { svg: `<g class="chart-legend">${parts.join('')}</g>`, height: cy - y + LINE_HEIGHT };
}

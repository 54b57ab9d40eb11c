/**
 * The share image (Open Graph, 1200 × 630) as SVG text: a pure function of the card and the font metrics.
 * resvg renders it to PNG with the self-hosted Noto Sans; no system fonts are used.
 */
import { escapeXml } from '../escape.ts';
import { textWidth, type FontMetrics } from './font-metrics.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;
export const FONT_FAMILY = 'Noto Sans';

export interface ShareCard {
  /** Output path relative to the site root, e.g. "og/regionalbudgets/x.png". */
  path: string;
  /** The page that references the image. */
  pagePath: string;
  /** Line above the title, e.g. "Maßnahme 1 · Regionalbudget Landkreis Nordsachsen". */
  kicker: string;
  title: string;
  /** Key figures, at most three. */
  figures: { label: string; value: string }[];
  /** Top bar: site name (left) and host (right). */
  siteName: string;
  host: string;
}

export interface Fonts {
  regular: FontMetrics;
  bold: FontMetrics;
}

const MARGIN = 72;
const CONTENT = WIDTH - 2 * MARGIN;
const COLORS = { brand: '#0b4f8a', brandText: '#ffffff', text: '#1b1f23', muted: '#4a5560', figure: '#e8f0f7', accent: '#1d6b3a' };

/** Greedy word wrap; a word wider than the line is broken by characters. */
export function wrap(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest) > maxWidth) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** Cuts a line so that it plus "…" fits. */
export function ellipsize(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && measure(`${text.slice(0, end).trimEnd()}…`) > maxWidth) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** Lines of the title at the largest size (64, 56, 48, 42 px) that fits in the lines allowed for it. */
export function layoutTitle(title: string, fonts: Fonts): { size: number; lines: string[] } {
  const steps: [number, number][] = [[64, 3], [56, 3], [48, 4], [42, 4]];
  for (const [size, maxLines] of steps) {
    const lines = wrap(title, CONTENT, (s) => textWidth(fonts.bold, s, size));
    if (lines.length <= maxLines) return { size, lines };
  }
  const [size, maxLines] = steps[steps.length - 1] ?? [42, 4];
  const lines = wrap(title, CONTENT, (s) => textWidth(fonts.bold, s, size));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`, CONTENT, (s) => textWidth(fonts.bold, s, size));
  return { size, lines: kept };
}

/** One line of text on the card, positioned at its baseline (x is its end with anchor "end"). */
export interface TextRun {
  x: number;
  y: number;
  size: number;
  weight: 400 | 700;
  fill: string;
  content: string;
  anchor: 'start' | 'end';
}

/** Draws a text run as SVG markup. */
export type TextRenderer = (run: TextRun) => string;

/** As SVG <text>: the renderer shapes and outlines it with the named font (this markup also keys the cache). */
export const svgText: TextRenderer = ({ x, y, size, weight, fill, content, anchor }) =>
  `<text x="${x}" y="${y}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${weight}" fill="${fill}"${anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeXml(content)}</text>`;

/** A filled rectangle on the card (all edges on whole pixels). */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/** What the card draws, in painting order: rectangles and runs of text. */
export type CardShape = { rect: CardRect } | { text: TextRun };

/**
 * The card as shapes in painting order: a pure function of the card and the font metrics. `cardSvg` writes
 * them as SVG (the cache key and the reference rendering); scripts/lib/og-raster.ts paints them directly.
 */
export function cardLayout(card: ShareCard, fonts: Fonts): CardShape[] {
  const shapes: CardShape[] = [];
  const rect = (x: number, y: number, width: number, height: number, fill: string) => shapes.push({ rect: { x, y, width, height, fill } });
  const text = (x: number, y: number, size: number, weight: 400 | 700, fill: string, content: string, anchor: 'start' | 'end' = 'start') =>
    shapes.push({ text: { x, y, size, weight, fill, content, anchor } });
  rect(0, 0, WIDTH, HEIGHT, '#ffffff');
  rect(0, 0, WIDTH, 88, COLORS.brand);
  const hostWidth = textWidth(fonts.regular, card.host, 24);
  text(MARGIN, 56, 30, 700, COLORS.brandText, ellipsize(card.siteName, CONTENT - hostWidth - 40, (s) => textWidth(fonts.bold, s, 30)));
  text(WIDTH - MARGIN, 56, 24, 400, COLORS.brandText, card.host, 'end');
  text(MARGIN, 150, 28, 400, COLORS.muted, ellipsize(card.kicker, CONTENT, (s) => textWidth(fonts.regular, s, 28)));

  const title = layoutTitle(card.title, fonts);
  const lineHeight = Math.round(title.size * 1.16);
  title.lines.forEach((line, i) => text(MARGIN, 150 + 24 + lineHeight * (i + 1) - Math.round(title.size * 0.2), title.size, 700, COLORS.text, line));

  const figures = card.figures.slice(0, 3);
  if (figures.length > 0) {
    const gap = 24;
    const boxWidth = (CONTENT - gap * (figures.length - 1)) / figures.length;
    const top = 466;
    figures.forEach((f, i) => {
      const x = MARGIN + i * (boxWidth + gap);
      rect(x, top, boxWidth, 124, COLORS.figure);
      rect(x, top, 6, 124, COLORS.accent);
      const inner = boxWidth - 48;
      text(x + 28, top + 42, 24, 400, COLORS.muted, ellipsize(f.label, inner, (s) => textWidth(fonts.regular, s, 24)));
      let size = 40;
      while (size > 24 && textWidth(fonts.bold, f.value, size) > inner) size -= 2;
      text(x + 28, top + 96, size, 700, COLORS.text, ellipsize(f.value, inner, (s) => textWidth(fonts.bold, s, size)));
    });
  }
  return shapes;
}

/**
 * The card as SVG. `drawText` decides how text lands in it: as <text> (default; this markup keys the cache)
 * or as glyph outlines (scripts/lib/og-outline.ts: the reference the painted PNG is compared with).
 */
export function cardSvg(card: ShareCard, fonts: Fonts, drawText: TextRenderer = svgText): string {
  const parts = cardLayout(card, fonts).map((s) =>
    'rect' in s
      ? s.rect.x === 0 && s.rect.y === 0
        ? `<rect width="${s.rect.width}" height="${s.rect.height}" fill="${s.rect.fill}"/>`
        : `<rect x="${s.rect.x}" y="${s.rect.y}" width="${s.rect.width}" height="${s.rect.height}" fill="${s.rect.fill}"/>`
      : drawText(s.text),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
}

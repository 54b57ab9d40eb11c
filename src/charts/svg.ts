/**
 * String building blocks shared by all charts. Charts are plain strings so that they can be rendered at
 * build time without a DOM; everything that enters markup goes through `esc` or `num`.
 */
import { escapeXml } from '../lib/escape.ts';
import { patternNumber, seriesClass } from './palette.ts';

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
  /** Column indexes to right-align (amounts, percentages). */
  numericColumns?: number[];
  footer?: string[];
}

export interface Chart {
  svg: string;
  /** The same chart laid out for a narrow box (src/charts/narrow.ts); shown instead of `svg` on phones. */
  narrow?: string;
  table: ChartTable;
}

export interface ChartOptions {
  /** Stable, unique id on the page; prefixes every id inside the SVG. */
  id: string;
  /** Overrides the default German title (also used as table caption). */
  title?: string;
}

/** Rounds to at most `decimals` places; keeps diffs stable and files small. */
export function num(value: number, decimals = 1): string {
  if (!Number.isFinite(value)) throw new Error(`Keine endliche Koordinate: ${value}`);
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Every text that enters SVG markup goes through this. */
export const esc = escapeXml;

const ID_PATTERN = /^[A-Za-z][\w-]*$/;

/**
 * A chart id from a kind and slugs: the kind comes first, so slugs that start with a digit
 * (`24-7-laden-suedraum`) still give a valid id, and charts of different kinds on one page never share one.
 */
export function chartId(kind: 'rb' | 'hf' | 'm', ...parts: string[]): string {
  return checkId([kind, ...parts].join('-'));
}

export function checkId(id: string): string {
  // The id ends up inside url(#…) and aria-labelledby, where spaces or quotes would silently break links.
  if (!ID_PATTERN.test(id)) throw new Error(`Ungültige Diagramm-ID: "${id}"`);
  return id;
}

export interface DocumentParts {
  id: string;
  kind: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  defs?: string;
  body: string;
}

export function svgDocument(p: DocumentParts): string {
  const id = checkId(p.id);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(p.width)} ${num(p.height)}" role="img" ` +
      `aria-labelledby="${id}-title ${id}-desc" class="chart chart--${p.kind}" font-size="13">`,
    `<title id="${id}-title">${esc(p.title)}</title>`,
    `<desc id="${id}-desc">${esc(p.desc)}</desc>`,
    p.defs ? `<defs>${p.defs}</defs>` : '',
    p.body,
    '</svg>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export interface TextOptions {
  anchor?: 'start' | 'middle' | 'end';
  className?: string;
  /** Full text for a tooltip, e.g. when the visible text is truncated. */
  title?: string;
  bold?: boolean;
}

export function text(x: number, y: number, content: string, o: TextOptions = {}): string {
  const cls = o.className ? `chart-text ${o.className}` : 'chart-text';
  const anchor = o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
  const weight = o.bold ? ' font-weight="bold"' : '';
  const title = o.title ? `<title>${esc(o.title)}</title>` : '';
  return `<text class="${cls}" x="${num(x)}" y="${num(y)}"${anchor}${weight}>${title}${esc(content)}</text>`;
}

/**
 * A bar is a colour layer (CSS class) plus a hatch layer (pattern), so series stay apart in greyscale
 * print and for people who cannot tell the colours apart. The group carries the tooltip for both.
 */
export function bar(id: string, series: number, x: number, y: number, w: number, h: number, tooltip?: string): string {
  const geometry = `x="${num(x)}" y="${num(y)}" width="${num(Math.max(w, 0))}" height="${num(Math.max(h, 0))}"`;
  const title = tooltip ? `<title>${esc(tooltip)}</title>` : '';
  return (
    `<g>${title}<rect class="${seriesClass(series)}" ${geometry}/>` +
    `<rect class="chart-pattern" fill="url(#${id}-p${patternNumber(series)})" ${geometry}/></g>`
  );
}

/** [transform, tile size, shapes] per series number; only the lines' colour comes from CSS. */
const PATTERNS: readonly [string, number, string][] = [
  ['rotate(45)', 6, '<path class="chart-hatch" d="M0 0V6" stroke-width="1.5"/>'],
  ['rotate(-45)', 6, '<path class="chart-hatch" d="M0 0V6" stroke-width="1.5"/>'],
  ['', 5, '<path class="chart-hatch" d="M0 0H5" stroke-width="1.5"/>'],
  ['', 5, '<path class="chart-hatch" d="M0 0V5" stroke-width="1.5"/>'],
  ['rotate(45)', 7, '<path class="chart-hatch" d="M0 0V7M0 0H7" stroke-width="1.2"/>'],
  ['', 6, '<circle class="chart-hatch-dot" cx="3" cy="3" r="1.3"/>'],
  ['', 6, '<path class="chart-hatch" d="M0 0V6M0 0H6" stroke-width="1"/>'],
  ['rotate(45)', 8, '<path class="chart-hatch" d="M0 0V8" stroke-width="3.5"/>'],
  ['rotate(-45)', 8, '<path class="chart-hatch" d="M0 0V8" stroke-width="3.5"/>'],
  ['', 8, '<circle class="chart-hatch-dot" cx="4" cy="4" r="2.3"/>'],
  ['', 7, '<path class="chart-hatch" d="M0 0H7" stroke-width="3"/>'],
  ['', 7, '<path class="chart-hatch" d="M0 0V7" stroke-width="3"/>'],
];

/** Pattern definitions for the given series indexes (each defined once). */
export function patternDefs(id: string, seriesIndexes: Iterable<number>): string {
  const numbers = [...new Set([...seriesIndexes].map(patternNumber))].sort((a, b) => a - b);
  return numbers
    .map((n) => {
      const [transform, size, shapes] = PATTERNS[n - 1] as [string, number, string];
      const rotate = transform ? ` patternTransform="${transform}"` : '';
      return `<pattern id="${id}-p${n}" width="${size}" height="${size}" patternUnits="userSpaceOnUse"${rotate}>${shapes}</pattern>`;
    })
    .join('');
}

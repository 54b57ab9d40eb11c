/** Test helpers: read German amounts back to cents and look into the generated markup without a DOM. */

/** "558.655,42 €" → 55865542; "10.000 €" → 1000000. Throws on anything else, so format drift fails tests. */
export function parseEuro(cell: string): number {
  const match = /^(\d{1,3}(?:\.\d{3})*)(?:,(\d{2}))?\u00a0€$/.exec(cell);
  if (!match) throw new Error(`Kein Eurobetrag: ${JSON.stringify(cell)}`);
  return Number((match[1] ?? '').replaceAll('.', '')) * 100 + Number(match[2] ?? '0');
}

/** "40,4 %" → 0.404 */
export function parsePercent(cell: string): number {
  const match = /^(\d+),(\d)\u00a0%$/.exec(cell);
  if (!match) throw new Error(`Keine Prozentangabe: ${JSON.stringify(cell)}`);
  return Number(`${match[1]}.${match[2]}`) / 100;
}

/**
 * Minimal well-formedness check: balanced tags, quoted attributes, no raw "<" or stray "&" in text.
 * Enough to catch escaping and nesting mistakes in string-built SVG.
 */
export function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(svg))) {
    if (m[6]) throw new Error(`Unerwartetes "<" bei ${m.index}: ${svg.slice(m.index, m.index + 40)}`);
    if (m[5] !== undefined) {
      const bad = /&(?!(amp|lt|gt|quot|apos);)/.exec(m[5]);
      if (bad) throw new Error(`Unmaskiertes "&" im Text: ${m[5]}`);
      continue;
    }
    const [, closing, name, attrs = '', selfClosing] = m;
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(attrs)) throw new Error(`Unmaskiertes "&" in Attributen von <${name}>`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> schließt <${open}>`);
    } else if (!selfClosing) stack.push(name ?? '');
  }
  if (stack.length > 0) throw new Error(`Nicht geschlossen: ${stack.join(', ')}`);
}

export interface SvgText {
  x: number;
  y: number;
  anchor: string;
  content: string;
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Visible text elements (their `<title>` children removed). */
export function svgTexts(svg: string): SvgText[] {
  return [...svg.matchAll(/<text [^>]*?x="([\d.-]+)" y="([\d.-]+)"([^>]*)>(.*?)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    anchor: /text-anchor="(\w+)"/.exec(m[3] ?? '')?.[1] ?? 'start',
    content: unescape((m[4] ?? '').replace(/<title>.*?<\/title>/, '')),
  }));
}

export function viewBox(svg: string): { width: number; height: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('Keine viewBox');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/**
 * Size budgets, measured on the built files (gzip level 6, as deploy/nginx.conf serves them):
 *   HTML ≤ 20 KB per page · all CSS of a page ≤ 12 KB · JavaScript of a content page ≤ 1 KB (the search page
 *   excepted). CSS and JS count every stylesheet and script a page loads (static imports of modules included),
 *   each file gzipped on its own, as it travels. Redirect pages are left out (never shown).
 *   node scripts/size-report.ts [--dist dist] [--all]    prints the table, exit 1 when over budget
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { builtPages, isRedirect, tags, builtSiteOrExit } from './lib/built-pages.ts';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const KB = 1024;
export const BUDGETS = { html: 20 * KB, css: 12 * KB, js: 1 * KB } as const;
/** Pages that may need JavaScript (and more of it): the search runs in the browser. */
export const JS_EXCEPTIONS = ['/suche/'];

export interface PageSize {
  url: string;
  html: number;
  css: number;
  js: number;
  cssFiles: string[];
  jsFiles: string[];
}

export interface SizeReport {
  pages: PageSize[];
  p95Html: number;
  maxHtml: PageSize;
  maxCss: PageSize;
  /** Largest JavaScript on a content page (exceptions left out). */
  maxJs: PageSize;
  overBudget: string[];
}

const gz = (data: string | Buffer): number => gzipSync(data, { level: 6 }).length;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function measureSizes(dist: string): SizeReport {
  const fileSize = new Map<string, number>();
  const sizeOf = (path: string): number => {
    let size = fileSize.get(path);
    if (size === undefined) {
      const full = join(dist, path);
      size = existsSync(full) ? gz(readFileSync(full)) : 0;
      fileSize.set(path, size);
    }
    return size;
  };
  /** A module and everything it imports statically (dynamic import() loads on demand and is not counted). */
  const moduleGraph = (path: string, seen: Set<string>) => {
    if (seen.has(path)) return;
    seen.add(path);
    const full = join(dist, path);
    if (!existsSync(full)) return;
    const code = readFileSync(full, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.') || spec.startsWith('/')) moduleGraph(spec.startsWith('/') ? spec.slice(1) : posix.join(dirname(path), spec), seen);
    }
  };

  const pages: PageSize[] = [];
  for (const page of builtPages(dist)) {
    if (isRedirect(page.html)) continue;
    const cssFiles: string[] = [];
    const jsFiles = new Set<string>();
    let inlineCss = 0;
    let inlineJs = 0;
    for (const { tag, attrs } of tags(page.html)) {
      if (tag === 'link' && (attrs['rel'] ?? '').split(/\s+/).includes('stylesheet') && attrs['href']) cssFiles.push(new URL(attrs['href'], `http://x${page.url}`).pathname.slice(1));
      if (tag === 'script' && attrs['src']) moduleGraph(new URL(attrs['src'], `http://x${page.url}`).pathname.slice(1), jsFiles);
    }
    for (const m of page.html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss += gz(m[1] ?? '');
    for (const m of page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1] ?? '';
      const type = /type=["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? 'text/javascript';
      if (!/\bsrc=/i.test(attrs) && /^(text\/javascript|module|application\/javascript)$/i.test(type) && (m[2] ?? '').trim() !== '') inlineJs += gz(m[2] ?? '');
    }
    pages.push({
      url: page.url,
      html: gz(page.html),
      css: cssFiles.reduce((n, f) => n + sizeOf(f), inlineCss),
      js: [...jsFiles].reduce((n, f) => n + sizeOf(f), inlineJs),
      cssFiles,
      jsFiles: [...jsFiles],
    });
  }
  const by = (key: 'html' | 'css' | 'js', list = pages) => list.reduce((a, b) => (b[key] > a[key] ? b : a), list[0] as PageSize);
  const content = pages.filter((p) => !JS_EXCEPTIONS.includes(p.url));
  const overBudget: string[] = [];
  for (const p of pages) {
    if (p.html > BUDGETS.html) overBudget.push(`${p.url}: HTML ${kb(p.html)} gzip (Budget ${kb(BUDGETS.html)})`);
    if (p.css > BUDGETS.css) overBudget.push(`${p.url}: CSS ${kb(p.css)} gzip (Budget ${kb(BUDGETS.css)})`);
  }
  for (const p of content) if (p.js > BUDGETS.js) overBudget.push(`${p.url}: JavaScript ${kb(p.js)} gzip (Budget ${kb(BUDGETS.js)} auf Inhaltsseiten)`);
  return { pages, p95Html: percentile(pages.map((p) => p.html), 95), maxHtml: by('html'), maxCss: by('css'), maxJs: by('js', content), overBudget };
}

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1).replace('.', ',')} KB`;
}

/** The table (largest pages first; `limit` rows) and the summary lines. */
export function formatSizes(report: SizeReport, limit = Infinity): string {
  const rows = [...report.pages].sort((a, b) => b.html - a.html).slice(0, limit);
  const width = Math.max(5, ...rows.map((r) => r.url.length));
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(width)}  ${b.padStart(9)}  ${c.padStart(9)}  ${d.padStart(9)}`;
  const js = (p: PageSize) => (p.js === 0 ? '–' : `${p.js} B`);
  return [
    line('Seite', 'HTML gz', 'CSS gz', 'JS gz'),
    ...rows.map((r) => line(r.url, kb(r.html), kb(r.css), js(r))),
    ...(rows.length < report.pages.length ? [`… ${report.pages.length - rows.length} weitere Seiten`] : []),
    '',
    `Seiten: ${report.pages.length} (ohne Weiterleitungsseiten)`,
    `HTML gzip: p95 ${kb(report.p95Html)}, größte ${kb(report.maxHtml.html)} (${report.maxHtml.url}); Budget ${kb(BUDGETS.html)} je Seite`,
    `CSS gzip je Seite: höchstens ${kb(report.maxCss.css)} (${report.maxCss.url}); Budget ${kb(BUDGETS.css)}`,
    `JavaScript gzip je Inhaltsseite: höchstens ${report.maxJs.js} B (${report.maxJs.url}); Budget ${BUDGETS.js} B; ausgenommen ${JS_EXCEPTIONS.join(', ')}`,
    ...report.pages.filter((p) => JS_EXCEPTIONS.includes(p.url)).map((p) => `JavaScript gzip ${p.url} (ausgenommen): ${kb(p.js)} beim Laden; Pagefind lädt seinen Index erst bei der Suche nach`),
    report.overBudget.length === 0 ? 'Alle Budgets eingehalten.' : `Über Budget:\n  ${report.overBudget.join('\n  ')}`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, all: { type: 'boolean' } } });
  const dist = builtSiteOrExit(values.dist, ROOT);
  const report = measureSizes(dist);
  console.log(formatSizes(report, values.all ? Infinity : 15));
  process.exit(report.overBudget.length > 0 ? 1 : 0);
}

/**
 * Every address the build writes, in one place: the URL builders the model uses for its pages, the fixed
 * routes of src/pages, and the folders the build fills by itself. The address check
 * (src/lib/validation/address-checks.ts) reserves all of them, so an alias or a file name can never take
 * over another page. test/unit/lib/routes.test.ts compares the fixed routes with the files in src/pages, and
 * test/build/addresses.test.ts every file of a built site with what this module reserves.
 */

/** The open-data files the build writes for each Regionalbudget (src/lib/opendata/files.ts). */
export type OpenDataFileName = 'budget.csv' | 'budget.json' | 'zeitplan.csv' | 'zeitplan.json';

const rbBase = (rb: string) => `/regionalbudgets/${rb}/`;
const measuresBase = (rb: string) => `${rbBase(rb)}massnahmen/`;

/** "/" → "/og/index.png", "/aktuelles/x/" → "/og/aktuelles/x.png", "/404.html" → "/og/404.png". */
function shareImageOfPage(pagePath: string): string {
  const bare = pagePath.replace(/\.html$/, '').replace(/\/$/, '');
  return `/og${bare === '' ? '/index' : bare}.png`;
}

/**
 * Every address of the site that depends on content: pages, short links, feeds, share images, open-data
 * files, schemas and the browse pages. The model, the pages, the exports and the address check all use
 * these, so no URL shape is written twice and they cannot drift.
 */
export const urlOf = {
  regionalbudget: (rb: string) => rbBase(rb),
  regionalbudgetFeed: (rb: string) => `${rbBase(rb)}feed.xml`,
  /** The folder of a Regionalbudget's measure pages; aliases of renamed measures usually lie inside it. */
  measures: (rb: string) => measuresBase(rb),
  measure: (rb: string, slug: string) => `${measuresBase(rb)}${slug}/`,
  shortLink: (rb: string, number: number) => `${measuresBase(rb)}${number}/`,
  handlungsfeld: (rb: string, slug: string) => `${rbBase(rb)}handlungsfelder/${slug}/`,
  programme: (id: string) => `/programme/${id}/`,
  project: (id: string) => `/projekte/${id}/`,
  news: (id: string) => `/aktuelles/${id}/`,
  /** The news list; its later pages lie one level below (src/lib/pagination.ts: `/aktuelles/seite/2/`). */
  newsList: () => '/aktuelles/',
  newsFeed: () => '/aktuelles/feed.xml',
  /** A Regionalbudget's section on the Leichte-Sprache page. */
  easyLanguage: (rb: string) => `/leichte-sprache/#ls-${rb}`,
  /** Share images (og:image), written by scripts/lib/og-images.ts into the reserved folder /og/. */
  shareImage: {
    /** Of any page without a card of its own kind below. */
    page: shareImageOfPage,
    regionalbudget: (rb: string) => shareImageOfPage(rbBase(rb)),
    measure: (rb: string, slug: string) => `/og/regionalbudgets/${rb}/${slug}.png`,
  },
  /** Open data in the reserved folder /daten/. */
  openData: (rb: string, file: OpenDataFileName) => `/daten/${rb}/${file}`,
  allMeasuresData: (format: 'csv' | 'json') => `/daten/massnahmen.${format}`,
  dataCatalogue: () => '/daten/katalog.jsonld',
  /** A JSON Schema in /schemas/ (those of the open data and those of the source files). */
  schema: (fileName: string) => `/schemas/${fileName}`,
  /** Browse pages for readers without JavaScript, in the reserved folder /massnahmen/. */
  browseAll: () => '/massnahmen/',
  browseField: (rb: string, slug: string) => `/massnahmen/handlungsfeld/${rb}/${slug}/`,
  /** The measures of a Regionalbudget without a Handlungsfeld, when there are too many for its page. */
  browseUnassigned: (rb: string) => `/massnahmen/ohne-zuordnung/${rb}/`,
  browseYear: (year: number) => `/massnahmen/jahr/${year}/`,
};

/** Fixed routes: address → the file that writes it. */
export const STATIC_ROUTES: Readonly<Record<string, string>> = {
  '/': 'src/pages/index.astro',
  '/404.html': 'src/pages/404.astro',
  // Some hosts answer /404/ with the error page, so it is kept free as well.
  '/404/': 'src/pages/404.astro',
  '/aktuelles/': 'src/pages/aktuelles/index.astro',
  '/aktuelles/feed.xml': 'src/pages/aktuelles/feed.xml.ts',
  '/barrierefreiheit/': 'src/pages/barrierefreiheit.astro',
  '/daten/': 'src/pages/daten/index.astro',
  '/daten/katalog.jsonld': 'src/pages/daten/katalog.jsonld.ts',
  '/datenschutz/': 'src/pages/datenschutz.astro',
  '/impressum/': 'src/pages/impressum.astro',
  '/kontakt/': 'src/pages/kontakt.astro',
  '/leichte-sprache/': 'src/pages/leichte-sprache.astro',
  '/massnahmen/': 'src/pages/massnahmen/index.astro',
  '/programme/': 'src/pages/programme/index.astro',
  '/projekte/': 'src/pages/projekte/index.astro',
  '/regionalbudgets/': 'src/pages/regionalbudgets/index.astro',
  '/robots.txt': 'src/pages/robots.txt.ts',
  '/suche/': 'src/pages/suche.astro',
  '/sitemap.xml': 'scripts/lib/sitemap.ts',
  '/favicon.svg': 'public/favicon.svg',
  '/noscript-search.css': 'public/noscript-search.css',
};

/**
 * Folders whose whole content the build writes (assets, search index, share images, open data, views of
 * the search filters, the web editor): nothing else may be placed inside, also not at an address that is free today.
 */
export const RESERVED_TREES: Readonly<Record<string, string>> = {
  '/_astro/': 'Astro (Skripte und Stile)',
  '/pagefind/': 'scripts/lib/search-index.ts (Suchindex)',
  '/og/': 'scripts/lib/og-images.ts (Vorschaubilder)',
  '/daten/': 'src/pages/daten/ (offene Daten)',
  '/schemas/': 'src/pages/schemas/ und public/schemas/ (JSON-Schemas)',
  '/massnahmen/': 'src/pages/massnahmen/ (Maßnahmen nach Jahr und Handlungsfeld)',
  '/redaktion/': 'scripts/lib/editor-bundle.ts (Web-Editor)',
};

/**
 * The comparable form of a site path: percent-decoded, without empty and "." segments, ".." resolved,
 * "index.html" dropped, lower case (case-insensitive file systems), with a trailing slash.
 * `/Impressum`, `//impressum/`, `/./impressum/index.html` and `/%69mpressum` all become `/impressum/`.
 * Undefined for text that is no site path at all (no leading slash, backslashes, query, fragment, control
 * characters, broken percent-encoding).
 */
export function normaliseSitePath(raw: string): string | undefined {
  if (!raw.startsWith('/') || /[\\?#\s\u0000-\u001f\u007f]/.test(raw)) return undefined;
  const segments: string[] = [];
  for (const part of raw.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (/[\\/?#\s\u0000-\u001f\u007f]/.test(segment)) return undefined;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment.normalize('NFC').toLowerCase());
  }
  if (/^index\.html?$/.test(segments.at(-1) ?? '')) segments.pop();
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** A path as the schema wants aliases: lower-case segments of a–z, 0–9 and hyphens, with a trailing slash. */
export function isPlainSitePath(raw: string): boolean {
  return /^\/([a-z0-9-]+\/)+$/.test(raw) && normaliseSitePath(raw) === raw;
}

/** The reserved folder `path` lies in (or is), if any. */
export function reservedTreeOf(path: string): string | undefined {
  const normal = normaliseSitePath(path);
  if (normal === undefined) return undefined;
  return Object.keys(RESERVED_TREES).find((tree) => normal.startsWith(tree));
}

/** The site's navigation and footer links, in one place so header, footer and tests agree. */
export const MAIN_NAV = [
  { href: '/regionalbudgets/', label: 'Regionalbudgets' },
  { href: '/massnahmen/', label: 'Maßnahmen' },
  { href: '/projekte/', label: 'Projekte' },
  { href: '/programme/', label: 'Programme' },
  { href: '/aktuelles/', label: 'Aktuelles' },
  { href: '/kontakt/', label: 'Kontakt' },
] as const;

/** Every section of the site: the footer repeats them all, so a phone reader finds each one at the end of any page. */
export const SECTIONS_NAV = [
  ...MAIN_NAV.filter((item) => item.href !== '/kontakt/'),
  { href: '/daten/', label: 'Offene Daten' },
  { href: '/suche/', label: 'Suche' },
  { href: '/kontakt/', label: 'Kontakt' },
] as const;

export const FOOTER_NAV = [
  { href: '/leichte-sprache/', label: 'Leichte Sprache' },
  { href: '/barrierefreiheit/', label: 'Barrierefreiheit' },
  { href: '/impressum/', label: 'Impressum' },
  { href: '/datenschutz/', label: 'Datenschutz' },
] as const;

/** True when `current` is `href` or lies below it (for aria-current in the navigation). */
export function isCurrent(href: string, current: string): boolean {
  return current === href || (href !== '/' && current.startsWith(href));
}

/** The site's navigation and footer links, in one place so header, footer and tests agree. */
export const MAIN_NAV = [
  { href: '/regionalbudgets/', label: 'Regionalbudgets' },
  { href: '/projekte/', label: 'Projekte' },
  { href: '/aktuelles/', label: 'Aktuelles' },
  { href: '/kontakt/', label: 'Kontakt' },
] as const;

export const FOOTER_NAV = [
  { href: '/leichte-sprache/', label: 'Leichte Sprache' },
  { href: '/daten/', label: 'Offene Daten' },
  { href: '/barrierefreiheit/', label: 'Barrierefreiheit' },
  { href: '/impressum/', label: 'Impressum' },
  { href: '/datenschutz/', label: 'Datenschutz' },
  { href: '/kontakt/', label: 'Kontakt' },
] as const;

/** True when `current` is `href` or lies below it (for aria-current in the navigation). */
export function isCurrent(href: string, current: string): boolean {
  return current === href || (href !== '/' && current.startsWith(href));
}

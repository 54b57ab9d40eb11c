/**
 * The operator as the site may state it. Fields listed in `data/site.json` → `demo` are placeholders:
 * pages mark them, and machine-readable outputs (JSON-LD, DCAT, open data, feeds, citations) never state
 * them as facts. `npm run build -- --release` refuses to run while any remain.
 */
import type { Site } from '../schemas/site.ts';

export const PREVIEW_OPERATOR = 'Vorschau – Betreiber noch nicht festgelegt';

type Field = Site['demo'][number];

export function isPlaceholder(site: Pick<Site, 'demo'>, field: Field): boolean {
  return site.demo.includes(field);
}

/** The publisher's name, or the preview label while it is a placeholder. */
export function publisherName(site: Site): string {
  return isPlaceholder(site, 'publisher') ? PREVIEW_OPERATOR : site.publisher.name;
}

/** The publisher's e-mail address; undefined while it is a placeholder. */
export function publisherEmail(site: Site): string | undefined {
  return isPlaceholder(site, 'publisher') ? undefined : site.publisher.email;
}

/** The editors' address; undefined while it is a placeholder. */
export function contactEmail(site: Site): string | undefined {
  return isPlaceholder(site, 'contactEmail') ? undefined : site.contactEmail;
}

/**
 * Static redirect pages for short links (/regionalbudgets/<id>/massnahmen/<number>/) and old addresses
 * (`aliases`). They are written after the Astro build as tiny files: thousands of them would otherwise
 * double Astro's page count for nothing. Each works on any host: meta refresh, rel=canonical, a visible link.
 */
import type { Model } from './data/model.ts';
import { escapeXml } from './escape.ts';

export interface Redirect {
  /** Path of the redirect page, with trailing slash. */
  from: string;
  /** Path of the target page. */
  to: string;
  title: string;
  kind: 'kurzlink' | 'alias';
}

/** Every redirect of the site, sorted by address: the static pages and the nginx rules are made from this list. */
export function redirectsOf(model: Model): Redirect[] {
  return model.regionalbudgets
    .flatMap((rb) =>
      rb.measures.flatMap((m) => [
        ...(m.shortUrl ? [{ from: m.shortUrl, to: m.url, title: m.data.title, kind: 'kurzlink' as const }] : []),
        ...(m.data.aliases ?? []).map((alias) => ({ from: alias, to: m.url, title: m.data.title, kind: 'alias' as const })),
      ]),
    )
    .sort((a, b) => a.from.localeCompare(b.from, 'en', { numeric: true }));
}

const REDIRECT_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'";

export function redirectHtml(redirect: Redirect, baseUrl: string): string {
  const to = escapeXml(redirect.to);
  const title = escapeXml(redirect.title);
  const canonical = escapeXml(new URL(redirect.to, `${baseUrl}/`).href);
  return (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">' +
    // No script or style belongs on this page; the policy also holds on servers that send no CSP header.
    `<meta http-equiv="content-security-policy" content="${REDIRECT_CSP}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>Weiterleitung: ${title}</title>` +
    `<meta http-equiv="refresh" content="0; url=${to}">` +
    `<link rel="canonical" href="${canonical}">` +
    '<meta name="robots" content="noindex"></head>' +
    `<body><main><h1>Weiterleitung</h1><p>Diese Adresse führt zu <a href="${to}">${title}</a>.</p></main></body></html>\n`
  );
}

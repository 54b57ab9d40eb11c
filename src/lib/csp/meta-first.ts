/**
 * Moves Astro's Content-Security-Policy <meta> to the top of <head>, right after <meta charset> (which must
 * stay within the first 1024 bytes). Astro writes it at the end of <head>; a browser applies a CSP <meta> only
 * to what follows it, so anything in <head> before it would run unchecked on a server that sends no CSP header.
 */
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET_META = /<meta charset="utf-8">/i;

export function cspMetaFirst(html: string): string {
  const csp = CSP_META.exec(html);
  const charset = CHARSET_META.exec(html);
  if (!csp || !charset || csp.index < charset.index) return html;
  const without = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  const at = charset.index + charset[0].length;
  return without.slice(0, at) + csp[0] + without.slice(at);
}

/** Every HTML page leaves the renderer with its CSP <meta> first in <head> (src/lib/csp/meta-first.ts). */
import { defineMiddleware } from 'astro:middleware';
import { cspMetaFirst } from './lib/csp/meta-first.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Bytes, not a string: undici checks a string body character by character (0.7 s of 75 at 10,000 measures).
  const body = Buffer.from(cspMetaFirst(await response.text()), 'utf8');
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});

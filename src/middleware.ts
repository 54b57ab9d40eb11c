/** Every HTML page leaves the renderer with its CSP <meta> first in <head> (src/lib/csp/meta-first.ts). */
import { defineMiddleware } from 'astro:middleware';
import { cspMetaFirst } from './lib/csp/meta-first.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(cspMetaFirst(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});

/** robots.txt: everything may be crawled; points at the sitemap. */
import type { APIRoute } from 'astro';
import { getModel } from '../lib/data/get-model.ts';
import { robotsTxt } from '../lib/opendata/sitemap.ts';

export const GET: APIRoute = () => new Response(robotsTxt(getModel().site.baseUrl), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

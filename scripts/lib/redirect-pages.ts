/** Writes the static redirect pages (short links, aliases) into a built site. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Model } from '../../src/lib/data/model.ts';
import { redirectHtml, redirectsOf } from '../../src/lib/redirects.ts';

/** Writes the redirect pages; returns their files relative to `siteDir` (the sitemap leaves them out unread). */
export function writeRedirectPages(model: Model, siteDir: string): Set<string> {
  const written = new Set<string>();
  for (const redirect of redirectsOf(model)) {
    const dir = join(siteDir, redirect.from);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), redirectHtml(redirect, model.site.baseUrl));
    written.add(relative(siteDir, join(dir, 'index.html')));
  }
  return written;
}

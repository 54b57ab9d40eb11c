/** Writes the static redirect pages (short links, aliases) into a built site. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../../src/lib/data/model.ts';
import { redirectHtml, redirectsOf } from '../../src/lib/redirects.ts';

export function writeRedirectPages(model: Model, siteDir: string): number {
  const redirects = redirectsOf(model);
  for (const redirect of redirects) {
    const dir = join(siteDir, redirect.from);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), redirectHtml(redirect, model.site.baseUrl));
  }
  return redirects.length;
}

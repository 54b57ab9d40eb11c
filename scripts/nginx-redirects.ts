/**
 * Writes the site's redirects (short links of numbered measures, old addresses from `aliases`) as nginx
 * rules into deploy/nginx.conf, between the markers "BEGIN Weiterleitungen" and "END Weiterleitungen".
 * The static redirect pages in dist/ keep working on any host; on nginx these rules answer with a real 301.
 *   node scripts/nginx-redirects.ts           rewrite the block from the content
 *   node scripts/nginx-redirects.ts --check   exit 1 if deploy/nginx.conf is out of date (used by the tests)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validateProject } from '../src/lib/data/validate-project.ts';
import type { Model } from '../src/lib/data/model.ts';
import { redirectsOf as siteRedirects } from '../src/lib/redirects.ts';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const NGINX_CONF = join(ROOT, 'deploy', 'nginx.conf');
const BEGIN = '# BEGIN Weiterleitungen';
const END = '# END Weiterleitungen';

export interface Redirect {
  from: string;
  to: string;
  kind: 'Kurzlink' | 'alte Adresse';
}

/** The same redirects as the static redirect pages (src/lib/redirects.ts), sorted by address. */
export function redirectsOf(model: Model): Redirect[] {
  return siteRedirects(model)
    .map((r): Redirect => ({ from: r.from, to: r.to, kind: r.kind === 'kurzlink' ? 'Kurzlink' : 'alte Adresse' }))
    .sort((a, b) => a.from.localeCompare(b.from, 'en', { numeric: true }));
}

/** The generated block, indented for the server block. Paths are plain ASCII (checked by the schemas). */
export function renderRedirects(redirects: Redirect[]): string {
  const lines = [
    `    ${BEGIN} (von scripts/nginx-redirects.ts aus den Inhalten erzeugt, nicht von Hand bearbeiten)`,
    ...redirects.map((r) => `    location = ${r.from} { return 301 ${r.to}; }  # ${r.kind}`),
    `    ${END}`,
  ];
  return lines.join('\n');
}

export function withRedirects(conf: string, redirects: Redirect[]): string {
  const start = conf.indexOf(`    ${BEGIN}`);
  const end = conf.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`${NGINX_CONF}: Markierungen „${BEGIN}“ und „${END}“ fehlen`);
  return conf.slice(0, start) + renderRedirects(redirects) + conf.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, root: { type: 'string' } } });
  const result = validateProject(values.root ?? ROOT);
  if (!result.model) {
    console.error(`Die Inhalte sind ungültig (${result.errors.length} Fehler); bitte zuerst „npm run check“.`);
    process.exit(1);
  }
  const current = readFileSync(NGINX_CONF, 'utf8');
  const next = withRedirects(current, redirectsOf(result.model));
  if (values.check) {
    if (next !== current) {
      console.error('deploy/nginx.conf ist nicht aktuell: Die Weiterleitungen passen nicht zu den Inhalten. Bitte „npm run redirects“ ausführen.');
      process.exit(1);
    }
    console.log('deploy/nginx.conf: Weiterleitungen aktuell.');
  } else if (next !== current) {
    writeFileSync(NGINX_CONF, next);
    console.log(`deploy/nginx.conf: ${redirectsOf(result.model).length} Weiterleitungen geschrieben.`);
  }
}

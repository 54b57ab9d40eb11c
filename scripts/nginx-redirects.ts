/**
 * Writes the site's redirects (short links of numbered measures, old addresses from `aliases`) as nginx
 * rules into deploy/nginx.conf, between the markers "BEGIN Weiterleitungen" and "END Weiterleitungen".
 * The static redirect pages in dist/ keep working on any host; on nginx these rules answer with a real 301.
 *   node scripts/nginx-redirects.ts           rewrite the block from the content
 *   node scripts/nginx-redirects.ts --check   exit 1 if deploy/nginx.conf is out of date (used by the tests)
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './lib/write-atomic.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validateRepo } from '../src/lib/io/validate-repo.ts';
import type { Model } from '../src/lib/data/model.ts';
import { redirectsOf, type Redirect } from '../src/lib/redirects.ts';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const NGINX_CONF = join(ROOT, 'deploy', 'nginx.conf');
const BEGIN = '# BEGIN Weiterleitungen';
const END = '# END Weiterleitungen';

/** The comment behind each rule in deploy/nginx.conf. */
const KIND_LABEL: Record<Redirect['kind'], string> = { kurzlink: 'Kurzlink', alias: 'alte Adresse' };

/**
 * A path nginx takes as one plain token: the schemas allow only such paths today, but a later, looser schema
 * must not let a space, `;`, `{`, quote or line break in an alias write its own nginx directives.
 */
const NGINX_SAFE_PATH = /^\/[A-Za-z0-9._~\/-]*$/;

function safePath(path: string): string {
  if (!NGINX_SAFE_PATH.test(path)) throw new Error(`Weiterleitung für nginx abgelehnt: ${JSON.stringify(path)} ist kein einfacher Pfad (erlaubt: a–z, A–Z, 0–9, „/“, „-“, „.“, „_“, „~“).`);
  return path;
}

/** The generated block, indented for the server block; every path is checked to be a plain token. */
export function renderRedirects(redirects: readonly Redirect[]): string {
  const lines = [
    `    ${BEGIN} (von scripts/nginx-redirects.ts aus den Inhalten erzeugt, nicht von Hand bearbeiten)`,
    ...redirects.map((r) => `    location = ${safePath(r.from)} { return 301 ${safePath(r.to)}; }  # ${KIND_LABEL[r.kind]}`),
    `    ${END}`,
  ];
  return lines.join('\n');
}

/**
 * The configured host name (data/site.json baseUrl) in `server_name` and in the port-80 redirect, which must
 * never take the client's Host header ($host): a forged header would send visitors to any host.
 */
export function withHost(conf: string, baseUrl: string): string {
  const host = new URL(baseUrl).host;
  if (!/^[a-z0-9.-]+(:\d+)?$/.test(host)) throw new Error(`baseUrl in data/site.json: Host „${host}“ ist für nginx nicht geeignet.`);
  const name = host.replace(/:\d+$/, '');
  return conf
    .replace(/^(\s*)server_name [^;\n]*;/gm, `$1server_name ${name};`)
    .replace(/^(\s*)return 301 https:\/\/[^\s;]*\$request_uri;/gm, `$1return 301 https://${host}$request_uri;`);
}

/** deploy/nginx.conf for this model: host name and redirect block. */
export function renderConf(conf: string, model: Model): string {
  return withRedirects(withHost(conf, model.site.baseUrl), redirectsOf(model));
}

export function withRedirects(conf: string, redirects: readonly Redirect[]): string {
  const start = conf.indexOf(`    ${BEGIN}`);
  const end = conf.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`${NGINX_CONF}: Markierungen „${BEGIN}“ und „${END}“ fehlen`);
  return conf.slice(0, start) + renderRedirects(redirects) + conf.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, root: { type: 'string' } } });
  const result = validateRepo(values.root ?? ROOT);
  if (!result.model) {
    console.error(`Die Inhalte sind ungültig (${result.errors.length} Fehler); bitte zuerst „npm run check“.`);
    process.exit(1);
  }
  const current = readFileSync(NGINX_CONF, 'utf8');
  const next = renderConf(current, result.model);
  if (values.check) {
    if (next !== current) {
      console.error('deploy/nginx.conf ist nicht aktuell: Host oder Weiterleitungen passen nicht zu den Inhalten. Bitte „npm run redirects“ ausführen.');
      process.exit(1);
    }
    console.log('deploy/nginx.conf: Weiterleitungen aktuell.');
  } else if (next !== current) {
    writeFileAtomic(NGINX_CONF, next);
    console.log(`deploy/nginx.conf: ${redirectsOf(result.model).length} Weiterleitungen geschrieben.`);
  }
}

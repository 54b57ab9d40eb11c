/** deploy/nginx.conf: the reference server config carries the security headers and today's redirects. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NGINX_CONF, renderConf, renderRedirects, withHost } from '../../../scripts/nginx-redirects.ts';
import { redirectsOf } from '../../../src/lib/redirects.ts';
import { validateRepo } from '../../../src/lib/io/validate-repo.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const conf = readFileSync(NGINX_CONF, 'utf8');
const model = validateRepo(ROOT).model;
if (!model) throw new Error('Die echten Inhalte sind ungültig');

describe('deploy/nginx.conf', () => {
  it('has the redirects of the current content (else: npm run redirects)', () => {
    expect(renderConf(conf, model), 'deploy/nginx.conf ist veraltet: „npm run redirects“ ausführen').toBe(conf);
    const shortLinks = model.regionalbudgets.flatMap((rb) => rb.measures.filter((m) => m.shortUrl));
    expect(shortLinks.length).toBeGreaterThan(0);
    for (const m of shortLinks) expect(conf).toContain(`location = ${m.shortUrl} { return 301 ${m.url}; }`);
  });

  it('turns aliases into redirects too', () => {
    const fake = { ...model, regionalbudgets: model.regionalbudgets.map((rb, i) => (i > 0 ? rb : { ...rb, measures: rb.measures.map((m, j) => (j > 0 ? m : { ...m, data: { ...m.data, aliases: ['/alt/adresse/'] } })) })) };
    const first = model.regionalbudgets[0]?.measures[0];
    expect(redirectsOf(fake)).toContainEqual({ from: '/alt/adresse/', to: first?.url, title: first?.data.title, kind: 'alias' });
    expect(renderConf(conf, fake)).toContain(`location = /alt/adresse/ { return 301 ${first?.url}; }  # alte Adresse`);
  });

  it('serves the production root and the site’s host name', () => {
    expect(conf).toContain('root /var/www/regionalbudget-portal/dist;');
    expect(conf).toContain(`server_name ${new URL(model.site.baseUrl).host};`);
    expect(conf).toContain('error_page 404 /404.html;');
  });

  it('sends the security headers, gzip and long-lived caching for hashed assets', () => {
    const header = (name: string) => new RegExp(`add_header ${name} "([^"]+)" always;`).exec(conf)?.[1];
    const csp = header('Content-Security-Policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(header('Strict-Transport-Security')).toMatch(/max-age=\d{8}/);
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBeTruthy();
    expect(header('Permissions-Policy')).toContain('camera=()');
    expect(conf).toMatch(/~\^\/_astro\/\s+"public, max-age=31536000, immutable";/);
    expect(conf).toMatch(/^\s*gzip on;/m);
  });

  it('hides the nginx version in every server block', () => {
    const servers = conf.split(/^server \{/m).slice(1);
    expect(servers.length).toBe(2);
    for (const server of servers) expect(server).toMatch(/^\s*server_tokens off;/m);
  });

  it('redirects port 80 to the configured host, never to the client’s Host header', () => {
    expect(conf).not.toContain('$host');
    expect(conf).not.toContain('$http_host');
    expect(conf).toContain(`return 301 https://${new URL(model.site.baseUrl).host}$request_uri;`);
    const moved = withHost(conf, 'https://www.landkreis-beispiel.de');
    expect(moved).toContain('return 301 https://www.landkreis-beispiel.de$request_uri;');
    expect(moved.match(/server_name www\.landkreis-beispiel\.de;/g)).toHaveLength(2);
  });
});

describe('nginx redirect rules', () => {
  const redirect = (from: string, to = '/regionalbudgets/x/massnahmen/y/') => renderRedirects([{ from, to, title: 'T', kind: 'alias' }]);

  it('writes a plain path as one location', () => {
    expect(redirect('/alt/adresse/')).toContain('    location = /alt/adresse/ { return 301 /regionalbudgets/x/massnahmen/y/; }  # alte Adresse');
  });

  it.each(['/a b/', '/a;/', '/a{/', '/a}/', '/a"/', "/a'/", '/a\nreturn 200;/', '/a$host/', 'kein/pfad/', '/a#b/'])(
    'refuses %j instead of writing nginx directives from it',
    (path) => {
      expect(() => redirect(path)).toThrow(/kein einfacher Pfad/);
      expect(() => redirect('/alt/', path)).toThrow(/kein einfacher Pfad/);
    },
  );
});

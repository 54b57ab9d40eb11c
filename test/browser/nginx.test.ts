/**
 * The reference server config deploy/nginx.conf with real nginx (Debian package; .ci/run installs it).
 *
 * The test renders a copy of the config for an unprivileged local run and wraps it in a minimal main config
 * (events, http, mime.types, temp paths): `root` points at the test build, `listen 443 ssl` becomes
 * 127.0.0.1:<free port> without TLS (the ssl_* lines are dropped), `listen 80` becomes a second free port,
 * the log paths go to a temporary folder; the brotli_static module is loaded by its absolute path. Everything
 * else (headers, caching, gzip, Brotli siblings, 404, redirects) is the file as it would run in production.
 * nginx runs in the foreground as this test's own child process.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NGINX_CONF } from '../../scripts/nginx-redirects.ts';
import { redirectsOf } from '../../src/lib/redirects.ts';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.ts';
import { DIST, ROOT, ensureBuilt } from '../helpers/site.ts';
import { watch } from './browser.ts';
import { freePort } from '../../scripts/lib/free-port.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const CI = process.env['CI'] === 'true';
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
if (!NGINX && !CI) console.warn('⚠ nginx-Test übersprungen: kein nginx gefunden (sudo apt-get install -y nginx-light).');

/** The production config made runnable here (see the comment at the top); throws if its shape changed. */
export function renderForTest(conf: string, o: { dist: string; port: number; httpPort: number; logs: string }): string {
  const replace = (text: string, from: RegExp, to: string): string => {
    from.lastIndex = 0;
    if (!from.test(text)) throw new Error(`deploy/nginx.conf: ${from} nicht gefunden – Test und Konfiguration passen nicht mehr zusammen`);
    return text.replace(from, to);
  };
  let out = conf;
  out = replace(out, /^(\s*)root \/var\/www\/regionalbudget-portal\/dist;/m, `$1root ${o.dist};`);
  out = replace(out, /^(\s*)listen 443 ssl http2;/m, `$1listen 127.0.0.1:${o.port};`);
  out = replace(out, /^(\s*)listen 80;/m, `$1listen 127.0.0.1:${o.httpPort};`);
  out = replace(out, /^\s*listen \[::\]:443 ssl http2;\n/m, '');
  out = replace(out, /^\s*listen \[::\]:80;\n/m, '');
  out = replace(out, /^(\s*)access_log\s+\S+;/m, `$1access_log ${join(o.logs, 'access.log')};`);
  out = replace(out, /^(\s*)error_log\s+\S+;/m, `$1error_log ${join(o.logs, 'error.log')};`);
  out = replace(out, /^\s*ssl_\w+\s[^;]*;\n/gm, '');
  return out;
}


interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: 'regionalbudget-portal.example', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let tmp: string;
let nginx: ChildProcess | undefined;
let port = 0;
let httpPort = 0;
let base = '';
const nginxOutput: string[] = [];

async function waitUntilUp(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (nginx?.exitCode !== null) throw new Error(`nginx endete sofort: ${nginxOutput.join('')}`);
    try {
      await get(port, '/');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx antwortet nicht auf Port ${port}: ${nginxOutput.join('')}`);
}

describe.skipIf(!NGINX && !CI)('deploy/nginx.conf with real nginx', () => {
  beforeAll(async () => {
    if (!NGINX) throw new Error('CI=true, aber kein nginx gefunden: .ci/run installiert nginx-light (apt-get install -y nginx-light).');
    if (!existsSync(BROTLI_STATIC)) throw new Error('deploy/nginx.conf braucht brotli_static: sudo apt-get install -y libnginx-mod-http-brotli-static');
    ensureBuilt();
    tmp = mkdtempSync(join(tmpdir(), 'rb-nginx-'));
    port = await freePort();
    httpPort = await freePort();
    base = `http://127.0.0.1:${port}`;
    const site = renderForTest(readFileSync(NGINX_CONF, 'utf8'), { dist: DIST, port, httpPort, logs: tmp });
    writeFileSync(join(tmp, 'site.conf'), site);
    const temp = (name: string) => `${name}_temp_path ${join(tmp, name)};`;
    writeFileSync(
      join(tmp, 'nginx.conf'),
      [
        // As root (CI containers), workers would run as "nobody", who may not read a checkout below /root.
        ...(process.getuid?.() === 0 ? ['user root;'] : []),
        // brotli_static: Debian loads the module through /etc/nginx/modules-enabled/; under -p the relative path there would not resolve.
        `load_module ${BROTLI_STATIC};`,
        'worker_processes 1;',
        `pid ${join(tmp, 'nginx.pid')};`,
        `error_log ${join(tmp, 'error.log')} warn;`,
        'events { worker_connections 128; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
        `  include ${join(tmp, 'site.conf')};`,
        '}',
        '',
      ].join('\n'),
    );
    const args = ['-p', tmp, '-e', join(tmp, 'error.log'), '-c', join(tmp, 'nginx.conf')];
    const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx -t lehnt die Konfiguration ab:\n${check.stderr}`);
    nginx = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stdout?.on('data', (d: Buffer) => nginxOutput.push(d.toString()));
    nginx.stderr?.on('data', (d: Buffer) => nginxOutput.push(d.toString()));
    await waitUntilUp();
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx?.once('exit', r));
      nginx.kill('SIGQUIT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (nginx.exitCode === null) nginx.kill('SIGKILL');
    }
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('sends the security headers on pages', async () => {
    const res = await get(port, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=31536000/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['permissions-policy']).toContain('geolocation=()');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['server']).toBe('nginx');
  });

  it('allows WebAssembly (Pagefind) only on the search page and in the web workers', async () => {
    const search = await get(port, '/suche/');
    expect(String(search.headers['content-security-policy'])).toContain("script-src 'self' 'wasm-unsafe-eval';");
    const searchWorker = readdirSync(join(DIST, '_astro')).filter((f) => /^search-worker-.*\.js$/.test(f));
    expect(searchWorker).toHaveLength(1);
    for (const path of [`/_astro/${searchWorker[0]}`, '/pagefind/pagefind-worker.js']) {
      const worker = await get(port, path);
      expect(worker.status, path).toBe(200);
      expect(String(worker.headers['content-security-policy']), path).toContain("script-src 'self' 'wasm-unsafe-eval';");
    }
    const others = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js') && !searchWorker.includes(f));
    expect(others.length).toBeGreaterThan(0);
    for (const path of ['/regionalbudgets/', '/pagefind/pagefind.js', ...others.map((f) => `/_astro/${f}`)]) {
      const page = await get(port, path);
      expect(String(page.headers['content-security-policy']), path).not.toContain('wasm');
    }
  });

  it('leaves the web editor to its own CSP (git host, inline styles) and keeps it out of search engines', async () => {
    const res = await get(port, '/redaktion/');
    expect(res.status).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('style-src');
    expect(res.body.toString()).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*connect-src 'self' data: blob: https:\/\/git\.regionalbudget-portal\.example;/);
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=31536000/);
  });

  it('caches hashed assets in /_astro/ for a year, immutable', async () => {
    const assets = readdirSync(join(DIST, '_astro'));
    const css = assets.find((f) => f.endsWith('.css'));
    const js = assets.find((f) => f.endsWith('.js'));
    for (const file of [css, js]) {
      expect(file).toBeDefined();
      const res = await get(port, `/_astro/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
      expect(res.headers['x-content-type-options'], file).toBe('nosniff');
    }
    expect((await get(port, `/_astro/${css}`)).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('compresses with gzip when the client accepts it', async () => {
    const original = readFileSync(join(DIST, 'regionalbudgets/nordsachsen-2022/index.html'));
    const res = await get(port, '/regionalbudgets/nordsachsen-2022/', { 'Accept-Encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toContain('Accept-Encoding');
    expect(res.body.length).toBeLessThan(original.length / 3);
    expect(gunzipSync(res.body).equals(original)).toBe(true);
    const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'));
    expect((await get(port, `/_astro/${css}`, { 'Accept-Encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    const plain = await get(port, '/regionalbudgets/nordsachsen-2022/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('sends the search files’ Brotli siblings to clients that accept br, and gzip or Pagefind’s own files to the rest', async () => {
    const js = readFileSync(join(DIST, 'pagefind/pagefind.js'));
    const gz = await get(port, '/pagefind/pagefind.js', { 'Accept-Encoding': 'gzip' });
    const br = await get(port, '/pagefind/pagefind.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(js)).toBe(true);
    expect(br.body.length).toBeLessThan(gz.body.length);
    for (const res of [gz, br]) {
      expect(res.headers['content-type']).toBe(gz.headers['content-type']);
      expect(res.headers['vary']).toContain('Accept-Encoding');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect((await get(port, '/pagefind/pagefind.js', { 'Accept-Encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
    // Pagefind's own files are gzip of "pagefind_dcd" + payload; their .br holds the unpacked bytes, which
    // Pagefind's JS takes as they are. Without br the client gets Pagefind's file byte for byte.
    const meta = readdirSync(join(DIST, 'pagefind')).find((f) => f.endsWith('.pf_meta'));
    const original = readFileSync(join(DIST, 'pagefind', meta ?? ''));
    const metaBr = await get(port, `/pagefind/${meta}`, { 'Accept-Encoding': 'gzip, br' });
    expect(metaBr.headers['content-encoding']).toBe('br');
    expect(metaBr.headers['vary']).toContain('Accept-Encoding');
    expect(brotliDecompressSync(metaBr.body).equals(gunzipSync(original))).toBe(true);
    expect(brotliDecompressSync(metaBr.body).subarray(0, 12).toString()).toBe('pagefind_dcd');
    const metaGz = await get(port, `/pagefind/${meta}`, { 'Accept-Encoding': 'gzip' });
    expect(metaGz.headers['content-encoding']).toBeUndefined();
    expect(metaGz.headers['content-type']).toBe(metaBr.headers['content-type']);
    // No Vary here (nginx compresses nothing of type application/octet-stream): a cache that keeps this answer
    // for every client hands out Pagefind's gzip file, which every client reads; the br answer carries Vary.
    expect(metaGz.body.equals(original)).toBe(true);
  });

  it('serves open data with its media type and UTF-8', async () => {
    const files: [string, string][] = [
      ['/sitemap.xml', 'text/xml; charset=utf-8'],
      ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
      ['/daten/massnahmen.csv', 'text/csv; charset=utf-8'],
      ['/daten/massnahmen.json', 'application/json; charset=utf-8'],
      ['/daten/katalog.jsonld', 'application/ld+json; charset=utf-8'],
    ];
    for (const [path, type] of files.filter(([p]) => existsSync(join(DIST, p)))) {
      const res = await get(port, path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe(type);
    }
  });

  it('answers a missing address with status 404 and the site’s 404 page', async () => {
    const res = await get(port, '/gibt-es-nicht/');
    expect(res.status).toBe(404);
    expect(res.body.toString('utf8')).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect((await get(port, '/_astro/gibt-es-nicht.js')).status).toBe(404);
  });

  it('redirects every short link with a 301 rule to the slug URL', async () => {
    const model = validateRepo(ROOT).model;
    if (!model) throw new Error('Die echten Inhalte sind ungültig');
    const redirects = redirectsOf(model);
    expect(redirects.length).toBeGreaterThan(0);
    for (const r of redirects) {
      const res = await get(port, r.from);
      expect(res.status, r.from).toBe(301);
      expect(res.headers['location'], r.from).toBe(r.to);
    }
    const res = await get(port, '/regionalbudgets/nordsachsen-2022/massnahmen/7/');
    expect(res.headers['location']).toBe('/regionalbudgets/nordsachsen-2022/massnahmen/fokus-fachpublikationen/');
  });

  it('adds the missing slash to folder addresses and sends http to https', async () => {
    const folder = await get(port, '/kontakt');
    expect(folder.status).toBe(301);
    expect(folder.headers['location']).toBe('/kontakt/');
    const http = await get(httpPort, '/kontakt/?a=1');
    expect(http.status).toBe(301);
    expect(http.headers['location']).toBe('https://regionalbudget-portal.example/kontakt/?a=1');
  });

  it('sends http to the configured host even when the client forges its Host header', async () => {
    const host = new URL(validateRepo(ROOT).model?.site.baseUrl ?? '').host;
    for (const forged of ['boese.example', 'boese.example:8080', `${host}.boese.example`]) {
      const res = await get(httpPort, '/impressum/', { Host: forged });
      expect(res.status, forged).toBe(301);
      expect(res.headers['location'], forged).toBe(`https://${host}/impressum/`);
    }
  });

  it('names no nginx version on either port, not even on error pages', async () => {
    for (const res of [await get(httpPort, '/'), await get(port, '/'), await get(port, '/gibt-es-nicht/'), await get(port, '/%')]) {
      expect(res.headers['server']).toBe('nginx');
      expect(res.body.toString('utf8')).not.toMatch(/nginx\/\d/);
    }
  });

  describe.skipIf(!chromiumPath())('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    });
    afterAll(async () => browser?.close());

    const PAGES = ['/', '/regionalbudgets/nordsachsen-2022/', '/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/', '/aktuelles/', '/gibt-es-nicht/', '/suche/?q=Marketing'];

    it.each(PAGES)('%s renders with no CSP violation, console error or third-party request', async (path) => {
      const context = await browser.newContext();
      await context.addInitScript(() => {
        const list: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = list;
        document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
      });
      const page = await context.newPage();
      const seen = watch(page, base);
      // Pagefind falls back to the main thread (and blocks it) when its worker cannot run under the policy.
      const warnings: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'warning') warnings.push(msg.text());
      });
      // Only this visit's requests (other tests fetch Pagefind's files directly).
      const logBefore = statSync(join(tmp, 'access.log')).size;
      const response = await page.goto(base + path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(path === '/gibt-es-nicht/' ? 404 : 200);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await expect(page.locator('h1').count()).resolves.toBe(1);
      if (path.includes('/massnahmen/')) {
        // The copy button appears only if the page's script ran under both policies (header and <meta>).
        await expect(page.locator('[data-copy]').isVisible()).resolves.toBe(true);
      }
      if (path.startsWith('/suche/')) {
        // Results prove that Pagefind's WebAssembly ran under both policies.
        await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
        // Chromium accepts br, so the index came as the Brotli siblings (Pagefind's web worker fetches them; the
        // access log's byte counts show what nginx sent), and Pagefind read them: the results above.
        const meta = readdirSync(join(DIST, 'pagefind')).find((f) => f.endsWith('.pf_meta'));
        const sent = readFileSync(join(tmp, 'access.log'), 'utf8')
          .split('\n')
          .filter((line) => line.includes(`GET /pagefind/${meta} `))
          .map((line) => Number(/" 200 (\d+) /.exec(line)?.[1]));
        expect(sent.length).toBeGreaterThan(0);
        expect(sent.at(-1)).toBe(statSync(join(DIST, 'pagefind', `${meta}.br`)).size);
        // Pagefind ran in the page's search worker under the header policy: the page did not fall back to
        // Pagefind's own worker.
        const log = readFileSync(join(tmp, 'access.log'), 'utf8').slice(logBefore);
        expect(log).toMatch(/GET \/_astro\/search-worker-[^ ]*\.js /);
        expect(log).not.toContain('pagefind-worker.js');
      }
      await page.waitForTimeout(200);
      const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      expect(violations).toEqual([]);
      expect(warnings.filter((w) => /worker/i.test(w))).toEqual([]);
      // A 404 response is logged by Chromium as "Failed to load resource"; that is the status under test.
      expect(seen.errors.filter((e) => !(path === '/gibt-es-nicht/' && /404/.test(e)))).toEqual([]);
      expect(seen.foreign).toEqual([]);
      await context.close();
    });
  });
});

/**
 * Every page of the sitemap in Chromium under Astro's Content-Security-Policy (<meta>, hashes, no
 * 'unsafe-inline'): no `securitypolicyviolation` event, no console error, no request to anyone but the local
 * server. (The header policy of deploy/nginx.conf on top is checked in nginx.test.ts.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { DIST, ensureBuilt } from '../helpers/site.ts';
import { sitePaths } from '../helpers/urls.ts';
import { openSession, watch, type Session } from './browser.ts';

ensureBuilt();
const { paths, source } = sitePaths();

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

it(`loads every page (${source}) without CSP violation, console error or third-party request`, async () => {
  const context = await session.browser.newContext();
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  const report: string[] = [];
  const visit = async (path: string) => {
    const page = await context.newPage();
    const seen = watch(page, session.base);
    const response = await page.goto(session.base + path, { waitUntil: 'networkidle' });
    const status = response?.status();
    if (status !== 200) report.push(`${path}: Status ${status}`);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    if (!csp || csp.includes('unsafe-inline')) report.push(`${path}: CSP-<meta> fehlt oder erlaubt unsafe-inline`);
    const head = await page.evaluate(() => [...document.head.children].slice(0, 2).map((e) => e.outerHTML.slice(0, 60)));
    if (!head[0]?.startsWith('<meta charset=') || !head[1]?.startsWith('<meta http-equiv="content-security-policy"')) report.push(`${path}: <head> beginnt nicht mit charset und CSP-<meta>: ${head.join(' ')}`);
    for (const v of await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)) report.push(`${path}: CSP-Verstoß ${v}`);
    for (const e of seen.errors) report.push(`${path}: Konsolenfehler ${e}`);
    for (const f of seen.foreign) report.push(`${path}: Anfrage an Dritte ${f}`);
    await page.close();
  };
  // Eight tabs at a time: "networkidle" waits half a second per page.
  for (let i = 0; i < paths.length; i += 8) await Promise.all(paths.slice(i, i + 8).map(visit));
  await context.close();
  console.log(`CSP/Konsole/Dritte: ${paths.length} Seiten aus ${source}, ${report.length} Befunde`);
  expect(paths.length).toBeGreaterThan(40);
  expect(report).toEqual([]);
}, 300_000);

it('runs the page scripts under the policy (the short link copy button appears)', async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.base}/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/`);
  await expect(page.locator('[data-copy]').isVisible()).resolves.toBe(true);
  await page.close();
});

it('blocks an inline script that slipped into <head> even when the server sends no CSP header', async () => {
  // Simulates an escaping bug: a script right before the JSON-LD block, which comes before Astro's own head
  // content. The CSP <meta> must already be in force there, so it has to stand first in <head>.
  const dir = mkdtempSync(join(tmpdir(), 'rb-csp-first-'));
  cpSync(DIST, dir, { recursive: true, dereference: true });
  const file = join(dir, 'impressum', 'index.html');
  const html = readFileSync(file, 'utf8');
  expect(html).toContain('<script type="application/ld+json">');
  writeFileSync(
    file,
    html
      .replace('<script type="application/ld+json">', '<script>window.__pwned = 1</script><script type="application/ld+json">')
      .replace('<main', '<img src="x" onerror="window.__pwned = 2"><main'),
  );
  const server = await startServer(dir, 0);
  try {
    const page = await session.browser.newPage();
    const response = await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/impressum/`, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await page.waitForTimeout(200);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await page.close();
  } finally {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  }
});

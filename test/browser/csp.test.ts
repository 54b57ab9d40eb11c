/**
 * Every page of the sitemap in Chromium under Astro's Content-Security-Policy (<meta>, hashes, no
 * 'unsafe-inline'): no `securitypolicyviolation` event, no console error, no request to anyone but the local
 * server. (The header policy of deploy/nginx.conf on top is checked in nginx.test.ts.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/site.ts';
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
});

it('runs the page scripts under the policy (the short link copy button appears)', async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.base}/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/`);
  await expect(page.locator('[data-copy]').isVisible()).resolves.toBe(true);
  await page.close();
});

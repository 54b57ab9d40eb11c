/**
 * Bytes of the first search on a built site: serves `--dist` (scripts/serve.ts), opens /suche/?q=<query> in
 * Chromium (playwright-core, /usr/bin/chromium or CHROMIUM_PATH) and adds up the Pagefind requests
 * (/pagefind/…) until results are shown. Pagefind's index and fragment files are compressed already; the
 * figure for pagefind.js is also given gzipped (what a server with gzip sends).
 *   node scripts/bench/first-search.ts --dist <dir> [--query Marketing] [--port 4399]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, query: { type: 'string', default: 'Marketing' }, port: { type: 'string', default: '4399' } } });
if (!values.dist) {
  console.error('Bitte --dist <Ordner> angeben.');
  process.exit(2);
}
const server = await startServer(values.dist, Number(values.port));
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  const requests: { url: string; bytes: number; gzip: number }[] = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/pagefind/')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const text = /\.(js|json|css)$/.test(url.pathname);
    requests.push({ url: url.pathname, bytes: body.length, gzip: text ? gzipSync(body).length : body.length });
  });
  await page.goto(`http://127.0.0.1:${values.port}/suche/?q=${encodeURIComponent(values.query)}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  const total = requests.reduce((a, r) => a + r.bytes, 0);
  const gzip = requests.reduce((a, r) => a + r.gzip, 0);
  for (const r of requests.sort((a, b) => b.bytes - a.bytes)) console.log(`${String(r.bytes).padStart(9)} ${String(r.gzip).padStart(9)}  ${r.url}`);
  console.log(`Erste Suche „${values.query}“: ${requests.length} Anfragen an /pagefind/, ${(total / 1024).toFixed(1)} KB ungepackt, ${(gzip / 1024).toFixed(1)} KB mit gzip für Text`);
  const entry = JSON.parse(readFileSync(join(values.dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  console.log(`Index: ${Object.values(entry.languages).reduce((a, l) => a + l.page_count, 0)} Seiten`);
} finally {
  await browser.close();
  server.close();
}

/**
 * Bytes of the first search on a built site, as a reader pays them: serves `--dist` (scripts/serve.ts, which
 * compresses like deploy/nginx.conf), opens /suche/ in Chromium (playwright-core, /usr/bin/chromium or
 * CHROMIUM_PATH) with the browser cache off, types the query like a person (debounce and preloads included)
 * and waits until the results for the whole query are shown.
 *
 * Counted: every request to /pagefind/ (pagefind.js, entry, metadata, WebAssembly, index chunks, filter files,
 * fragments) with the bytes Chromium received for it (`encodedDataLength` of the DevTools protocol: compressed
 * body plus response headers). "Bis zu den ersten Ergebnissen" are the requests started before the results were
 * on the screen; "bis Ruhe" adds what the page loads afterwards (e.g. the filter counts beside the results on a
 * wide screen). Measured on a phone (375 px, filters folded) and on a desktop (1280 px, filters open).
 *   node scripts/bench/first-search.ts --dist <dir> [--query Marketing] [--port 0]
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../test/helpers/chromium.ts';
import { startServer } from '../serve.ts';

export interface SearchRequest {
  url: string;
  bytes: number;
  /** Started before the first results were shown. */
  beforeResults: boolean;
}

export interface FirstSearch {
  viewport: 'phone' | 'desktop';
  query: string;
  /** Bytes of /pagefind/ requests started before the results were shown (the target's figure). */
  bytes: number;
  requests: number;
  /** All /pagefind/ bytes until the network was idle. */
  bytesUntilIdle: number;
  requestsUntilIdle: number;
  list: SearchRequest[];
}

const VIEWPORTS = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } } as const;

export async function measureFirstSearch(dist: string, options: { query?: string; port?: number; viewports?: (keyof typeof VIEWPORTS)[] } = {}): Promise<FirstSearch[]> {
  const query = options.query ?? 'Marketing';
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Kein Chromium gefunden (apt-get install -y chromium oder CHROMIUM_PATH)');
  const server = await startServer(dist, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const out: FirstSearch[] = [];
  try {
    for (const viewport of options.viewports ?? (['phone', 'desktop'] as const)) {
      const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const started = new Map<string, string>();
      const finished = new Map<string, number>();
      cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => {
        if (new URL(e.request.url).pathname.startsWith('/pagefind/')) started.set(e.requestId, e.request.url);
      });
      cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => finished.set(e.requestId, e.encodedDataLength));
      await page.goto(`${base}/suche/`, { waitUntil: 'networkidle' });
      if (started.size > 0) throw new Error(`/suche/ lädt Pagefind schon vor der Eingabe: ${[...started.values()].join(', ')}`);
      await page.locator('#suche-q').pressSequentially(query, { delay: 60 });
      // The results for the whole query (a partial query's results may show first under load).
      await page.waitForFunction(
        (q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`„${q}“`) && document.querySelector('[data-search-results] > li') !== null,
        query,
        { timeout: 60_000 },
      );
      const beforeResults = new Set(started.keys());
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const list = [...started].map(([id, url]) => ({ url: new URL(url).pathname, bytes: finished.get(id) ?? 0, beforeResults: beforeResults.has(id) }));
      const first = list.filter((r) => r.beforeResults);
      out.push({
        viewport,
        query,
        bytes: first.reduce((a, r) => a + r.bytes, 0),
        requests: first.length,
        bytesUntilIdle: list.reduce((a, r) => a + r.bytes, 0),
        requestsUntilIdle: list.length,
        list,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return out;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function formatFirstSearch(results: FirstSearch[], { details = false } = {}): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(
      `Erste Suche „${r.query}“ (${r.viewport === 'phone' ? 'Telefon, 375 px' : 'Desktop, 1280 px'}): ${kb(r.bytes)} in ${r.requests} Anfragen an /pagefind/ bis zu den ersten Ergebnissen (Ziel ≤ 150 KB); bis Ruhe ${kb(r.bytesUntilIdle)} in ${r.requestsUntilIdle} Anfragen`,
    );
    if (details) for (const q of [...r.list].sort((a, b) => b.bytes - a.bytes)) lines.push(`  ${kb(q.bytes).padStart(9)}  ${q.beforeResults ? ' ' : '+'} ${q.url}`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, query: { type: 'string', default: 'Marketing' }, port: { type: 'string', default: '0' } } });
  if (!values.dist) {
    console.error('Bitte --dist <Ordner> angeben.');
    process.exit(2);
  }
  const results = await measureFirstSearch(values.dist, { query: values.query, port: Number(values.port) });
  console.log(formatFirstSearch(results, { details: true }));
  console.log('(+ = erst nach den ersten Ergebnissen geladen)');
}

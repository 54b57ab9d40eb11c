/**
 * Bytes of the first search on a built site, as a reader pays them: serves `--dist` (scripts/serve.ts, which
 * compresses like deploy/nginx.conf), opens /suche/ in Chromium (playwright-core, /usr/bin/chromium or
 * CHROMIUM_PATH) with the browser cache off, types the query like a person (debounce and preloads included)
 * and waits until the results for the whole query are shown.
 *
 * Counted: every request for the search worker (SEARCH_FILES: the page's worker script, which runs Pagefind)
 * and to /pagefind/ (pagefind.js, entry, metadata, WebAssembly, index chunks, filter files, fragments) from
 * opening /suche/, with the bytes the server sent for it (compressed
 * body plus status line and headers), counted at the server, so that whatever Pagefind's web worker fetches
 * counts whether or not the page's DevTools session reports it. "Bis zu den ersten Ergebnissen" are the requests that arrived before the
 * results were on the screen; "bis Ruhe" adds what the page loads afterwards (e.g. the filter counts beside
 * the results on a wide screen). Measured on a phone (375 px, filters folded) and on a desktop (1280 px,
 * filters open).
 *   node scripts/bench/first-search.ts --dist <dir> [--query Marketing] [--port 0]
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
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
  /** Bytes of the search's requests (SEARCH_FILES) started before the results were shown (the target's figure). */
  bytes: number;
  requests: number;
  /** All bytes of the search's requests until the network was idle. */
  bytesUntilIdle: number;
  requestsUntilIdle: number;
  list: SearchRequest[];
}

/** What a search loads beyond the page itself: the search worker's script and everything of Pagefind. */
export const SEARCH_FILES = ['/pagefind/', '/_astro/search-worker-'];

const VIEWPORTS = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } } as const;

/**
 * Records the bytes of every response under one of `prefixes` as the server sends them (after compression, plus status
 * line and headers), in the order the requests arrive, with the arrival time. `stop()` detaches.
 */
export function countResponses(server: Server, prefixes: string[]): { list: { url: string; bytes: number; at: number }[]; stop(): void } {
  const list: { url: string; bytes: number; at: number }[] = [];
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!prefixes.some((prefix) => url.startsWith(prefix))) return;
    const entry = { url, bytes: 0, at: Date.now() };
    list.push(entry);
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) entry.bytes += Buffer.byteLength(chunk);
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => (count(chunk), write(chunk, ...rest))) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => (count(chunk), end(chunk, ...rest))) as typeof res.end;
    res.on('finish', () => {
      const headers = Object.entries(res.getHeaders()).map(([k, v]) => `${k}: ${String(v)}\r\n`).join('');
      entry.bytes += `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n${headers}\r\n`.length;
    });
  };
  // First in line, so that write() and end() are wrapped before the server's own handler answers.
  server.prependListener('request', listener);
  return { list, stop: () => void server.off('request', listener) };
}

export async function measureFirstSearch(dist: string, options: { query?: string; port?: number; viewports?: (keyof typeof VIEWPORTS)[] } = {}): Promise<FirstSearch[]> {
  const query = options.query ?? 'Marketing';
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Kein Chromium gefunden (apt-get install -y chromium oder CHROMIUM_PATH)');
  const server = await startServer(dist, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  const requests = countResponses(server, SEARCH_FILES).list;
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const out: FirstSearch[] = [];
  try {
    for (const viewport of options.viewports ?? (['phone', 'desktop'] as const)) {
      const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
      const page = await context.newPage();
      // No browser cache, as for a first visit.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      requests.length = 0;
      // The moment the results for the whole query are on the screen (a partial query's may show first).
      await page.addInitScript((q: string) => {
        const w = window as unknown as { firstResultsAt?: number };
        new MutationObserver(() => {
          const shown = (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`„${q}“`) && document.querySelector('[data-search-results] > li') !== null;
          if (shown) w.firstResultsAt ??= Date.now();
        }).observe(document, { subtree: true, childList: true, characterData: true });
      }, query);
      await page.goto(`${base}/suche/`, { waitUntil: 'networkidle' });
      await page.locator('#suche-q').pressSequentially(query, { delay: 60 });
      // The results for the whole query (a partial query's results may show first under load).
      const resultsAt = await (await page.waitForFunction(() => (window as unknown as { firstResultsAt?: number }).firstResultsAt, undefined, { timeout: 60_000 })).jsonValue();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const list = requests.map((r) => ({ url: r.url, bytes: r.bytes, beforeResults: r.at <= Number(resultsAt) }));
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
      `Erste Suche „${r.query}“ (${r.viewport === 'phone' ? 'Telefon, 375 px' : 'Desktop, 1280 px'}): ${kb(r.bytes)} in ${r.requests} Anfragen (Such-Worker und /pagefind/) bis zu den ersten Ergebnissen (Ziel ≤ 150 KB); bis Ruhe ${kb(r.bytesUntilIdle)} in ${r.requestsUntilIdle} Anfragen`,
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

/** Shared set-up for browser tests: the test build served on a free local port, and Debian's Chromium. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.ts';
import { DIST, ensureBuilt } from '../helpers/site.ts';

export interface Session {
  browser: Browser;
  server: Server;
  base: string;
  close(): Promise<void>;
}

/** The site in `dir` (default: the test build, built first if missing) served on a free port, and Chromium. */
export async function openSession(dir?: string): Promise<Session> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Kein Chromium gefunden (apt-get install -y chromium)');
  if (dir === undefined) ensureBuilt();
  const server = await startServer(dir ?? DIST, 0);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    browser,
    server,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Records console errors, page errors and every request that leaves the local server. */
export function watch(page: Page, base: string): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { errors, foreign };
}

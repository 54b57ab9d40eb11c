/**
 * The search page's web worker: Pagefind (pagefind.js) runs here, in this thread, and answers the page
 * (pagefind-client.ts) through pagefind-host.ts. The page's main thread stays free, as with Pagefind's own
 * worker; but pagefind.js in the page would load that worker (pagefind-worker.js) as a second copy of the same
 * engine: 11 KB of about 140 KB of a first search at 10,000 measures (docs/performance.md).
 */
import { PAGEFIND_URL, type Pagefind } from './pagefind-api.ts';
import { pagefindHost } from './pagefind-host.ts';
import type { HostCall } from './pagefind-protocol.ts';

const scope = self as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<HostCall>) => void): void;
};
// Fetched when the page starts the worker, before the first letter is typed (as the page's modulepreload did).
const pagefind = import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
pagefind.catch(() => undefined);
const answer = pagefindHost(() => pagefind);
scope.addEventListener('message', (event) => void answer(event.data).then((reply) => scope.postMessage(reply)));

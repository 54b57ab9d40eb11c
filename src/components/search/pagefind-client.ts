/**
 * The page's side of the search worker: the Pagefind API the search page uses (pagefind-api.ts), each call
 * posted to the worker (pagefind-host.ts answers it). A worker that fails (its script does not load, or it
 * stops) fails every open and later call, so the page can fall back to Pagefind in the page.
 */
import type { Pagefind, PagefindResponse, PagefindResultData } from './pagefind-api.ts';
import type { HostCallOf, HostReply, SearchReply } from './pagefind-protocol.ts';

/** What the client needs of a Worker (a test passes a fake). */
export interface Port {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: () => void): void;
}

export function pagefindClient(port: Port): Pagefind {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let failed: Error | undefined;
  let initOptions: Record<string, unknown> = {};

  const fail = () => {
    failed ??= new Error('Der Such-Worker ist ausgefallen.');
    for (const call of pending.values()) call.reject(failed);
    pending.clear();
  };
  port.addEventListener('error', fail);
  port.addEventListener('messageerror', fail);
  port.addEventListener('message', ({ data }) => {
    const reply = data as HostReply;
    const call = pending.get(reply.id);
    if (!call) return;
    pending.delete(reply.id);
    if (reply.error !== undefined) call.reject(new Error(reply.error));
    else call.resolve(reply.value);
  });

  const send = <T>(call: HostCallOf): Promise<T> => {
    if (failed) return Promise.reject(failed);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      port.postMessage({ ...call, id });
    });
  };

  return {
    options: async (options) => {
      initOptions = { ...initOptions, ...options };
    },
    init: () => send<void>({ method: 'init', options: initOptions }),
    preload: (term, options) => send<void>({ method: 'preload', term, options }),
    filters: () => send<Record<string, Record<string, number>>>({ method: 'filters' }),
    search: async (term, options): Promise<PagefindResponse> => {
      const reply = await send<SearchReply>({ method: 'search', term, options });
      return {
        filters: reply.filters,
        results: reply.ids.map((id, index) => ({ id, data: () => send<PagefindResultData>({ method: 'data', search: reply.search, index }) })),
      };
    },
  };
}

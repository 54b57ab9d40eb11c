/**
 * The worker's side of the search worker (search-worker.ts): answers the page's calls with Pagefind running in
 * this thread. Results cannot cross to the page (each has a `data()` function), so the page gets their ids and
 * asks for a result's data by search and position; the last KEPT_SEARCHES searches are kept for that (the page
 * runs up to three at once for the filter counts, and drops any but the latest).
 */
import type { Pagefind, PagefindResult } from './pagefind-api.ts';
import type { HostCall, HostReply, SearchReply } from './pagefind-protocol.ts';

export const KEPT_SEARCHES = 8;

export function pagefindHost(load: () => Promise<Pagefind>): (call: HostCall) => Promise<HostReply> {
  let ready: Promise<Pagefind> | undefined;
  const searches = new Map<number, PagefindResult[]>();
  let nextSearch = 0;

  const answer = async (call: HostCall): Promise<unknown> => {
    if (call.method === 'init') {
      // Pagefind must not start a worker of its own: it would load the engine a second time (pagefind-worker.js).
      ready ??= load().then(async (pf) => {
        await pf.options({ ...call.options, noWorker: true });
        await pf.init();
        // Pagefind's init() returns before its WebAssembly and metadata have loaded; a search for nothing waits
        // for them and fails if they did not load (e.g. a policy that forbids WebAssembly here), so the page
        // can fall back. It loads no index chunk.
        await pf.preload('');
        return pf;
      });
      await ready;
      return undefined;
    }
    if (!ready) throw new Error('Pagefind ist noch nicht gestartet (init fehlt).');
    const pf = await ready;
    switch (call.method) {
      case 'preload':
        return pf.preload(call.term, call.options);
      case 'filters':
        return pf.filters();
      case 'search': {
        const response = await pf.search(call.term, call.options);
        const search = nextSearch++;
        searches.set(search, response.results);
        for (const old of searches.keys()) if (searches.size > KEPT_SEARCHES) searches.delete(old);
        const reply: SearchReply = { search, ids: response.results.map((r) => r.id), filters: response.filters };
        return reply;
      }
      case 'data': {
        const result = searches.get(call.search)?.[call.index];
        if (!result) throw new Error(`Suchergebnis ${call.search}/${call.index} ist nicht mehr vorhanden.`);
        return result.data();
      }
    }
  };

  return (call) =>
    answer(call).then(
      (value): HostReply => ({ id: call.id, value }),
      (error: unknown): HostReply => ({ id: call.id, error: error instanceof Error ? error.message : String(error) }),
    );
}

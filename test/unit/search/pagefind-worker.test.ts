/**
 * The search page's worker protocol: the page's client (pagefind-client.ts) and the worker's host
 * (pagefind-host.ts) wired through an in-memory channel (structuredClone, as postMessage copies), over a fake
 * Pagefind whose results depend on the query, as Pagefind's excerpts do.
 */
import { describe, expect, it } from 'vitest';
import type { Pagefind, PagefindResponse } from '../../../src/components/search/pagefind-api.ts';
import { pagefindClient, type Port } from '../../../src/components/search/pagefind-client.ts';
import { KEPT_SEARCHES, pagefindHost } from '../../../src/components/search/pagefind-host.ts';
import type { HostCall } from '../../../src/components/search/pagefind-protocol.ts';

function fakePagefind(log: string[]): Pagefind {
  let opts: Record<string, unknown> = {};
  return {
    options: async (o) => void (opts = { ...opts, ...o }),
    init: async () => void log.push(`init ${JSON.stringify(opts)}`),
    preload: async (term) => {
      if (term === '' && opts['wasm'] === 'verboten') throw new Error('Failed to load the Pagefind WASM');
      log.push(`preload ${term}`);
    },
    filters: async () => ({ typ: { Maßnahme: 3 } }),
    search: async (term, options): Promise<PagefindResponse> => {
      if (term === 'kaputt') throw new Error('Index-Datei fehlt');
      log.push(`search ${term} ${JSON.stringify(options)}`);
      const n = term === null ? 1 : term.length;
      return {
        filters: { typ: { Maßnahme: n } },
        results: Array.from({ length: n }, (_, i) => ({
          id: `de_${term}${i}`,
          data: async () => ({ url: `/${term}/${i}/`, content: `${term} Nr. ${i}`, locations: [i], meta: { title: `<b>${term}</b> & ${i}` } }),
        })),
      };
    },
  };
}

/** A page and a worker joined by message queues; `kill()` makes the worker fail like a crashed one. */
function channel(pf: Pagefind) {
  const host = pagefindHost(async () => pf);
  const listeners: Record<string, ((event: { data: unknown }) => void)[]> = { message: [], error: [], messageerror: [] };
  const port: Port = {
    postMessage: (message) => void host(structuredClone(message) as HostCall).then((reply) => queueMicrotask(() => listeners['message']!.forEach((l) => l({ data: structuredClone(reply) })))),
    addEventListener: (type: string, listener: (event: { data: unknown }) => void) => void listeners[type]!.push(listener),
  };
  return { port, kill: () => listeners['error']!.forEach((l) => l({ data: null })) };
}

describe('search worker protocol', () => {
  it('starts Pagefind with the page options and without a worker of its own', async () => {
    const log: string[] = [];
    const client = pagefindClient(channel(fakePagefind(log)).port);
    await client.options({ excerptLength: 30 });
    await client.init();
    // Then it waits until Pagefind has loaded (a search for nothing).
    expect(log).toEqual(['init {"excerptLength":30,"noWorker":true}', 'preload ']);
  });

  it('fails init when Pagefind could not load, so the page can fall back', async () => {
    const client = pagefindClient(channel(fakePagefind([])).port);
    await client.options({ wasm: 'verboten' });
    await expect(client.init()).rejects.toThrow('Failed to load the Pagefind WASM');
  });

  it('refuses calls before init', async () => {
    const client = pagefindClient(channel(fakePagefind([])).port);
    await expect(client.search('Markt')).rejects.toThrow(/init fehlt/);
  });

  it('passes terms and options, and returns ids, filters and each result’s own data', async () => {
    const log: string[] = [];
    const client = pagefindClient(channel(fakePagefind(log)).port);
    await client.init();
    await client.preload('Mark');
    const response = await client.search('Markt', { filters: { typ: ['Maßnahme'] }, sort: { datum: 'desc' } });
    expect(log.slice(2)).toEqual(['preload Mark', 'search Markt {"filters":{"typ":["Maßnahme"]},"sort":{"datum":"desc"}}']);
    expect(response.results.map((r) => r.id)).toEqual(['de_Markt0', 'de_Markt1', 'de_Markt2', 'de_Markt3', 'de_Markt4']);
    expect(response.filters).toEqual({ typ: { Maßnahme: 5 } });
    await expect(response.results[3]!.data()).resolves.toEqual({ url: '/Markt/3/', content: 'Markt Nr. 3', locations: [3], meta: { title: '<b>Markt</b> & 3' } });
    await expect(client.filters()).resolves.toEqual({ typ: { Maßnahme: 3 } });
    await expect(client.search(null)).resolves.toMatchObject({ filters: { typ: { Maßnahme: 1 } } });
  });

  it('keeps the data of earlier searches apart, and the last ones only', async () => {
    const client = pagefindClient(channel(fakePagefind([])).port);
    await client.init();
    const first = await client.search('Ab');
    const second = await client.search('Cde');
    // The same position in two searches: each search's own result.
    await expect(first.results[1]!.data()).resolves.toMatchObject({ url: '/Ab/1/' });
    await expect(second.results[1]!.data()).resolves.toMatchObject({ url: '/Cde/1/' });
    for (let i = 0; i < KEPT_SEARCHES - 1; i++) await client.search(`Wort${i}`);
    await expect(second.results[0]!.data()).resolves.toMatchObject({ url: '/Cde/0/' });
    await expect(first.results[0]!.data()).rejects.toThrow(/nicht mehr vorhanden/);
  });

  it('passes errors on as rejections, with the message', async () => {
    const client = pagefindClient(channel(fakePagefind([])).port);
    await client.init();
    await expect(client.search('kaputt')).rejects.toThrow('Index-Datei fehlt');
    await expect(client.search('heil')).resolves.toMatchObject({ filters: { typ: { Maßnahme: 4 } } });
  });

  it('fails open and later calls when the worker fails, so the page can fall back', async () => {
    const never = new Promise<never>(() => {});
    const { port, kill } = channel({ ...fakePagefind([]), init: () => never });
    const client = pagefindClient(port);
    const init = client.init();
    kill();
    await expect(init).rejects.toThrow(/Such-Worker/);
    await expect(client.search('Markt')).rejects.toThrow(/Such-Worker/);
  });

  it('starts Pagefind once for repeated init calls', async () => {
    let loads = 0;
    const host = pagefindHost(async () => (loads++, fakePagefind([])));
    await Promise.all([host({ id: 0, method: 'init', options: {} }), host({ id: 1, method: 'init', options: {} })]);
    expect(loads).toBe(1);
    await expect(host({ id: 2, method: 'data', search: 99, index: 0 })).resolves.toMatchObject({ id: 2, error: expect.stringMatching(/nicht mehr vorhanden/) });
  });
});

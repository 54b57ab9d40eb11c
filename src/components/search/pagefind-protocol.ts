/** Messages between the search page (pagefind-client.ts) and its worker (pagefind-host.ts). */

type Options = Record<string, unknown> | undefined;

export type HostCall = { id: number } & (
  | { method: 'init'; options: Options }
  | { method: 'preload'; term: string; options: Options }
  | { method: 'search'; term: string | null; options: Options }
  | { method: 'filters' }
  | { method: 'data'; search: number; index: number }
);

/** Distributes over the union, so each call keeps its own fields. */
export type HostCallOf<T = HostCall> = T extends HostCall ? Omit<T, 'id'> : never;

export type HostReply = { id: number; value: unknown; error?: undefined } | { id: number; error: string; value?: undefined };

export interface SearchReply {
  search: number;
  ids: string[];
  filters: Record<string, Record<string, number>>;
}

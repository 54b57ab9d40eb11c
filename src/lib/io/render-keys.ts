/**
 * Keys of the incremental build (src/lib/io/page-reuse.ts, docs/decisions/0014): a page is taken over from the
 * published version only when its key is unchanged, so a key must cover everything the page shows: what the
 * pages read from disk (content/, data/, git) and the code that renders them. The keys are deliberately coarse:
 *
 * - shared: every content/data file that belongs to no Regionalbudget and is no news item (site.json,
 *   contacts, programmes, projects, …), the summary of all Regionalbudgets other pages show (titles, regions,
 *   fields: search facets disambiguate equal field titles across Regionalbudgets), the build date, whether the
 *   preview banner shows, and the source code;
 * - one Regionalbudget: shared + the bytes of all its files (its text, measures, fields, budget, schedule),
 *   their git dates, the change history of its measures and the news that mention it or its measures;
 * - an HTML page: its Regionalbudget's (or news item's) key. Its soft hyphens follow from its own words and the
 *   code alone (src/lib/typography.ts), so no other input reaches it.
 *
 * Every page of a Regionalbudget takes that Regionalbudget's key, so editing one measure renders its
 * Regionalbudget's few dozen pages again, not one page: cheaper to get right than a key per page.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildDate } from '../build-date.ts';
import type { Model, Regionalbudget } from '../data/model.ts';
import { getModel, repoRoot } from '../data/get-model.ts';
import { dataHistory } from './data-history.ts';
import { digest, fileParts, files, json } from './digest.ts';
import { gitDates } from './git-dates.ts';
import { REUSE_ENV } from './reuse-files.ts';

/** Code the pages run or read (the whole of src/, the config, the lockfile: a code change renders every page). */
const CODE = ['src', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The files a Regionalbudget owns, relative to the content root as the model names them. */
export function filesOf(rb: Regionalbudget): string[] {
  return [
    rb.file,
    ...rb.measures.map((m) => m.file),
    ...rb.handlungsfelder.map((h) => h.file),
    ...(rb.budget ? [rb.budget.file] : []),
    ...(rb.schedule ? [rb.schedule.file] : []),
  ];
}

export interface KeyInputs {
  /** Content root (content/, data/). */
  root: string;
  /** Project root with the source code. */
  codeRoot: string;
}

export interface RenderKeys {
  /** Key of the pages and files of one Regionalbudget (its HTML pages, feed and data files). */
  regionalbudget(id: string): string;
  /** Key of a news page: the item itself and the Regionalbudgets it links to. */
  news(id: string): string;
}

const cache = new WeakMap<Model, RenderKeys>();

export function renderKeys(model: Model, inputs: KeyInputs): RenderKeys {
  const known = cache.get(model);
  if (known) return known;
  const { root } = inputs;
  const owned = new Set(model.regionalbudgets.flatMap(filesOf));
  const newsFiles = new Set(model.news.map((n) => n.file));
  const rest = ['content', 'data']
    .flatMap((dir) => [...files(join(root, dir))])
    .map((path) => relative(root, path).split(sep).join('/'))
    .filter((name) => !owned.has(name) && !newsFiles.has(name));
  const code = CODE.flatMap((name) => [...files(join(inputs.codeRoot, name)), ...(name.includes('.') ? [join(inputs.codeRoot, name)] : [])]);
  const summary = model.regionalbudgets.map((rb) => ({
    id: rb.id,
    url: rb.url,
    title: rb.data.title,
    region: rb.data.region,
    fields: rb.handlungsfelder.map((h) => [h.slug, h.data.title, h.url]),
  }));
  const shared = digest([
    'v1',
    buildDate(),
    String(model.placeholders.length > 0),
    json(summary),
    ...fileParts(root, rest),
    ...code.flatMap((path) => {
      try {
        return [path, readFileSync(path)];
      } catch {
        return [];
      }
    }),
  ]);
  const dates = gitDates();
  const history = dataHistory(root);
  const rbKeys = new Map<string, string>();
  const rbKey = (rb: Regionalbudget): string => {
    let key = rbKeys.get(rb.id);
    if (key) return key;
    const own = filesOf(rb);
    const prefix = `${rb.id}/`;
    const news = model.news.filter((n) => n.data.regionalbudgets.includes(rb.id) || n.data.measures.some((m) => m.startsWith(prefix)));
    const entries = history.available ? [...history.byMeasure].filter(([k]) => k.startsWith(prefix)) : history.reason;
    key = digest([
      shared,
      json(rb),
      ...fileParts(root, own),
      json(own.map((f) => dates?.get(f) ?? null)),
      json(entries),
      json(news),
      ...fileParts(root, news.map((n) => n.file)),
      json(news.map((n) => dates?.get(n.file) ?? null)),
    ]);
    rbKeys.set(rb.id, key);
    return key;
  };
  const byId = new Map(model.regionalbudgets.map((rb) => [rb.id, rb]));
  const newsById = new Map(model.news.map((n) => [n.id, n]));
  const keys: RenderKeys = {
    regionalbudget: (id) => {
      const rb = byId.get(id);
      if (!rb) throw new Error(`Unbekanntes Regionalbudget: ${id}`);
      return rbKey(rb);
    },
    news: (id) => {
      const item = newsById.get(id);
      if (!item) throw new Error(`Unbekannte Meldung: ${id}`);
      const linked = new Set([...item.data.regionalbudgets, ...item.data.measures.map((m) => m.split('/')[0] ?? m)]);
      return digest([
        shared,
        json(item),
        ...fileParts(root, [item.file]),
        json(dates?.get(item.file) ?? null),
        ...[...linked].sort().map((id) => (byId.has(id) ? rbKey(byId.get(id) as Regionalbudget) : `(unbekannt ${id})`)),
      ]);
    },
  };
  cache.set(model, keys);
  return keys;
}

/**
 * The keys for this build's pages; undefined outside a build by scripts/build.ts (`astro dev` renders every
 * request anyway, and computing keys would read every file again after each save).
 */
export function pageKeys(): RenderKeys | undefined {
  const dir = process.env[REUSE_ENV.dir];
  if (!import.meta.env.PROD || dir === undefined) return undefined;
  const root = repoRoot();
  const model = getModel(root);
  return cache.get(model) ?? renderKeys(model, { root, codeRoot: process.cwd() });
}

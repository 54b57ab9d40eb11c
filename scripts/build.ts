/**
 * `npm run build`: validate → astro build → Pagefind index, into a new version folder that `dist` (a symlink,
 * scripts/lib/site-dir.ts) is switched to in one atomic rename only when every step succeeded, so a failed or
 * killed build never leaves a half-built site and `dist` always resolves to a complete one. Tracked files the
 * build keeps current (deploy/nginx.conf, public/schemas/) are written only after that, each atomically.
 * Options: --out <dir> (default dist), --root <project> (content/data root, default this project),
 * --report <file> (phase times and share-image counts as JSON, for the benchmark in scripts/bench/),
 * --release (refuses to build while any placeholder remains: data/site.json → demo, "[Bitte ergänzen …]").
 */
import { existsSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateRepo } from '../src/lib/io/validate-repo.ts';
import { formatIssue } from '../src/lib/validation/issue.ts';
import { REPO_ROOT, run } from './lib/run.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { isWritten, readWhenWritten } from './lib/early-facts.ts';
import { WrittenPages } from './lib/astro-progress.ts';
import { writeBrotliSiblings } from './lib/pagefind-brotli.ts';
import { startShareImages } from './lib/og-images.ts';
import { availableParallelism } from 'node:os';
import { writeSitemap } from './lib/sitemap.ts';
import { writeRedirectPages } from './lib/redirect-pages.ts';
import { writeSchemas } from './write-schemas.ts';
import { renderConf } from './nginx-redirects.ts';
import { currentSite, newVersion, publish, removeInBackground, removeLeftovers } from './lib/site-dir.ts';
import { linkTakenOver, planReuse, recordPublished, type TakenOver } from './lib/page-reuse.ts';
import { PageFacts } from './lib/page-facts.ts';
import { astroCacheFor, claimCache, removeStoreDerivedFiles } from './lib/astro-cache.ts';
import { writeFileAtomic } from './lib/write-atomic.ts';
import { pauseAt } from '../src/integrations/build-pause.ts';
import { editorBundle, writeEditor } from './lib/editor.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, root: { type: 'string' }, report: { type: 'string' }, release: { type: 'boolean' } } });
const out = resolve(values.out ?? join(REPO_ROOT, 'dist'));
const contentRoot = resolve(values.root ?? REPO_ROOT);
const phases: Record<string, number> = {};
let ogReport: unknown = null;
/** Pages read for the index and sitemap while Astro was still building (for the benchmark's report). */
let readEarly = 0;
const time = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    phases[name] = (performance.now() - start) / 1000;
  }
};

/**
 * Astro renders each page into many short-lived strings: with V8's default young generation (16 MB semi-spaces)
 * they outlive it and are collected again with the old ones. With 128 MB semi-spaces the Astro build of 10,000
 * measures took 8 % and 17 % less time in two side-by-side runs, for about 190 MB more memory; a build of 200
 * measures spent more CPU with them (the CI guard's cold ratio, four runs each: mean 3.1 with, 2.6 without), so
 * small sites keep the default (docs/performance.md).
 */
const LARGE_SITE_MEASURES = 1000;
function astroNodeOptions(measures: number): string {
  return [process.env['NODE_OPTIONS'], measures >= LARGE_SITE_MEASURES ? '--max-semi-space-size=128' : ''].filter(Boolean).join(' ');
}

const result = await time('Prüfung', () => validateRepo(contentRoot));
for (const issue of [...result.errors, ...result.warnings, ...result.notices]) console.error(formatIssue(issue));
if (result.errors.length > 0) {
  console.error(`\nBuild abgebrochen: ${result.errors.length} Fehler in den Inhalten. ${existsSync(out) ? `${out} bleibt unverändert.` : ''}`);
  process.exit(1);
}
if (values.release && result.placeholders.length > 0) {
  for (const issue of result.placeholders) console.error(formatIssue(issue));
  console.error(
    `\nVeröffentlichung abgebrochen: ${result.placeholders.length} Platzhalter sind noch nicht ersetzt (siehe oben). ` +
      `Eine Vorschau ohne --release baut weiter. ${existsSync(out) ? `${out} bleibt unverändert.` : ''}`,
  );
  process.exit(1);
}

// The nginx rules follow the project's content (host name, new numbers, aliases). Rendered now, so that a
// path nginx could not take fails the build before anything is written; the file is written after the swap.
const nginxConf = join(contentRoot, 'deploy', 'nginx.conf');
const nginxNow = result.model && existsSync(nginxConf) ? readFileSync(nginxConf, 'utf8') : undefined;
let nginxNext: string | undefined;
try {
  nginxNext = nginxNow !== undefined && result.model ? renderConf(nginxNow, result.model) : undefined;
} catch (error) {
  console.error(`\nBuild abgebrochen: ${nginxConf}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

await pauseAt('pruefung');

for (const path of removeLeftovers(out)) console.log(`Überreste eines abgebrochenen Builds entfernt: ${path}`);
const staging = newVersion(out);
// Share images render into their cache in a worker thread while Astro builds (Astro uses mostly one core);
// once Astro is done, the other cores join in. The Vorschaubilder phase is the wait after Astro plus linking.
const shareImages = result.model ? startShareImages(result.model, { threads: 1 }) : undefined;
// The editor bundle (Vite) builds alongside Astro when its inputs changed; otherwise it comes from .cache/editor/.
const editorStart = performance.now();
const editorReady = editorBundle().then((r) => ({ ...r, seconds: (performance.now() - editorStart) / 1000 }));
editorReady.catch(() => undefined);
const astroCache = astroCacheFor(process.env, REPO_ROOT, contentRoot);
claimCache(astroCache, contentRoot);
removeStoreDerivedFiles(REPO_ROOT);
// Astro's own incremental cache (before decision 0014) kept a second copy of every page there: gone.
for (const old of ['dist', 'incremental-build.json', 'rb-astro-unfinished', 'rb-hyphenation.jsonl']) rmSync(join(astroCache, old), { recursive: true, force: true });
// Pages whose key is unchanged are taken from the version online instead of rendered (docs/decisions/0014).
const reuse = planReuse(astroCache, out, currentSite(out));
let takenOver: TakenOver | undefined;
// What the search index and sitemap read from the published version's pages, for those taken over unchanged.
const factsFile = join(reuse.dir, 'pages.v8');
const facts = PageFacts.load(factsFile, reuse.from);
try {
  await time('Astro', async () => {
    // Each page Astro writes is read for the search index and the sitemap at once, on the core Astro leaves to
    // this process, instead of all of them after Astro.
    const written = new WrittenPages(
      (page) => isWritten(staging, page),
      (page) => {
        if (readWhenWritten(staging, page, facts)) readEarly++;
      },
    );
    const onLine = (line: string) => written.line(line);
    await run('astro', ['build', '--outDir', staging], { env: { RB_REPO_ROOT: contentRoot, RB_CACHE_DIR: astroCache, ...reuse.env, NODE_OPTIONS: astroNodeOptions(result.counts['massnahmen'] ?? 0) }, onLine });
    takenOver = linkTakenOver(reuse, staging);
  });
  console.log(`Astro: ${takenOver?.rendered ?? 0} Seiten und Dateien mit Schlüssel gerendert, ${takenOver?.taken ?? 0} aus der veröffentlichten Fassung übernommen`);
  if (shareImages) {
    const { pending, toRender } = shareImages.progress();
    console.log(`Vorschaubilder: nach Astro noch ${pending} von ${toRender} zu rendern`);
    shareImages.addThreads(Math.max(0, availableParallelism() - 1));
  }
  // The schemas follow the zod code, which may be newer than the copies in public/ that Astro just copied.
  await time('Schemas', () => writeSchemas(join(staging, 'schemas')));
  await time('Redaktion', async () => {
    const bundle = await editorReady;
    if (result.model) writeEditor(bundle.dir, staging, contentRoot, result.model.site);
    console.log(`Redaktion: Editor-Bündel ${bundle.cached ? 'aus dem Cache' : `neu gebaut in ${bundle.seconds.toFixed(1)} s`}`);
  });
  await time('Suchindex', async () => {
    // While Pagefind writes the index in its own process: the sitemap, the share images, and keeping what was
    // read of the pages for the next build (page-facts.ts).
    const whileWriting = async () => {
      const t = performance.now();
      // The redirect pages are written only now: the index's walk over the site has no need to read them.
      const redirects = result.model ? writeRedirectPages(result.model, staging) : new Set<string>();
      const redirectSeconds = (performance.now() - t) / 1000;
      if (result.model) writeSitemap(staging, result.model.site.baseUrl, facts, redirects);
      const sitemap = (performance.now() - t) / 1000 - redirectSeconds;
      if (shareImages) {
        await pauseAt('vorschaubilder');
        const og = await shareImages.finish(staging);
        ogReport = og;
        console.log(`Vorschaubilder: ${og.total} (${og.rendered} neu gerendert, ${og.cached} aus dem Cache) in ${og.seconds.toFixed(1)} s`);
      }
      facts.save(factsFile, realpathSync(staging));
      console.log(`Weiterleitungen (${redirects.size}) in ${redirectSeconds.toFixed(1)} s, Sitemap in ${sitemap.toFixed(1)} s, Vorschaubilder und Seitenangaben bis ${((performance.now() - t) / 1000).toFixed(1)} s, während Pagefind schreibt`);
    };
    const figures = await buildSearchIndex(staging, () => pauseAt('suchindex'), facts, whileWriting);
    const s = (n: number) => `${n.toFixed(1)} s`;
    console.log(`Suchindex: ${figures.pages} Seiten vorbereitet in ${s(figures.prepare)}, an Pagefind übergeben in ${s(figures.add)}, geschrieben in ${s(figures.write)}`);
    // Brotli siblings of the files a search loads, for servers that send them (deploy/nginx.conf: brotli_static).
    const start = performance.now();
    const br = await writeBrotliSiblings(join(staging, 'pagefind'), { cacheDir: join(astroCache, 'rb-search-br') });
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    console.log(
      `Suchindex: ${br.written} von ${br.files} Suchdateien zusätzlich mit Brotli gepackt ` +
        `(${kb(br.bytesWith)} statt ${kb(br.bytesWithout)}; ${br.fromCache} aus dem Cache) in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
  });
  await pauseAt('tausch');
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}. ${existsSync(out) ? `${out} bleibt unverändert.` : ''}`);
  process.exit(1);
}

const previous = publish(out, staging);
if (takenOver) recordPublished(reuse, staging, takenOver.keys);
// The old site goes only after the swap, in the background; if that dies, the next build removes it.
if (previous) removeInBackground(out, previous);

// Tracked files that follow the code and content, written only now that the build succeeded.
writeSchemas(join(REPO_ROOT, 'public', 'schemas'));
if (nginxNext !== undefined && nginxNext !== nginxNow) {
  writeFileAtomic(nginxConf, nginxNext);
  console.log('deploy/nginx.conf: Host und Weiterleitungen aktualisiert.');
}

if (values.report) writeFileSync(values.report, `${JSON.stringify({ phases, og: ogReport, readEarly }, null, 2)}\n`);
console.log(
  `Fertig: ${out}\nZeiten: ${Object.entries(phases)
    .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
    .join(', ')}`,
);

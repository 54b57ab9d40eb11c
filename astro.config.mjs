// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import validationOverlay from './src/integrations/validation-overlay.ts';
import buildPause from './src/integrations/build-pause.ts';
import cspDigestMemo from './src/integrations/csp-digest-memo.ts';
import { renderGuard } from './src/lib/render-guard.ts';

/**
 * The public address comes from data/site.json, so canonical URLs, feeds and the sitemap agree. A broken file
 * must not stop `npm run dev` before the check can show its German message in the browser; `npm run build`
 * checks the file before Astro runs, so it never gets here broken. (A fixed file takes effect in dev after a
 * restart; until then canonical addresses use the local one.)
 */
function siteUrl() {
  try {
    return JSON.parse(readFileSync(new URL('./data/site.json', import.meta.url), 'utf8').replace(/^\uFEFF/, '')).baseUrl;
  } catch {
    // Lets the dev server start; while the file is broken every page shows its error (and a build stops on it).
    return 'http://localhost:4321';
  }
}

export default defineConfig({
  site: siteUrl(),
  // Separate caches let several builds (tests, benchmarks) run side by side.
  cacheDir: process.env.RB_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  // Two pages in flight: one renders while the other's folder and file are written. With one, Astro's thread
  // waits for each write (at 10,000 measures 20 of 95 s idle in a CPU profile); two took 69–77 s instead of 88–96
  // for the Astro build alone, and less CPU (docs/performance.md, "fourth round"). Four or eight were no faster.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  compressHTML: true,
  // Content-Security-Policy as a <meta> element with hashes of Astro's scripts and styles (no 'unsafe-inline').
  // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it allows no JavaScript eval.
  // deploy/nginx.conf sends the matching header (plus frame-ancestors, which a <meta> cannot carry).
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Scripts stay files in /_astro/ instead of being inlined, so the server's CSP header needs no hashes.
  // The search worker is an ES module: it imports Pagefind's pagefind.js at run time (search-worker.ts).
  vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' } },
  devToolbar: { enabled: false },
  // Frontmatter completion and checks in VS Code (Astro extension, .vscode/settings.json): writes .astro/collections/*.schema.json.
  // No experimental.incrementalBuild: scripts/build.ts takes unchanged pages over itself (docs/decisions/0014).
  experimental: { contentIntellisense: true },
  markdown: {
    processor: satteri({
      // Behind `npm run check`: stops the build if script-capable markup reaches a page (docs/decisions/0007).
      hastPlugins: [renderGuard],
      features: {
        gfm: {
          footnotes: {
            label: 'Fußnoten',
            backLabel: 'Zurück zur Fußnote {reference}',
            clobberPrefix: 'fn-',
          },
        },
        // German text uses „…“; SmartyPants would turn straight quotes into English ones.
        smartPunctuation: { quotes: false, dashes: true, ellipses: true },
      },
    }),
  },
  // validationOverlay: in `npm run dev`, content errors appear in the browser (see docs/redaktion.md).
  // buildPause: lets the tests interrupt a build inside Astro (only with RB_BUILD_PAUSE_AT set).
  // cspDigestMemo: the CSP hashes of the same scripts and styles computed once per build, not once per page.
  integrations: [mdx(), validationOverlay(), buildPause(), cspDigestMemo()],
});

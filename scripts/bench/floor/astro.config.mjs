// @ts-check
/**
 * The benchmark's floor: what Astro itself needs for the same content. Same collections, schemas and
 * Markdown processor as the real site (../../../astro.config.mjs), one trivial page per entry (title and
 * body; no layout, no charts, no cross-checks, no share images). Built by scripts/bench/run.ts with
 * RB_REPO_ROOT (the generated content) and RB_CACHE_DIR, which then runs Pagefind with its default settings
 * over the built pages (`pagefind --site <dist>`), as its own phase.
 */
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bench.example.org',
  cacheDir: process.env.RB_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  compressHTML: true,
  devToolbar: { enabled: false },
  markdown: {
    processor: satteri({
      features: {
        gfm: { footnotes: { label: 'Fußnoten', backLabel: 'Zurück zur Fußnote {reference}', clobberPrefix: 'fn-' } },
        smartPunctuation: { quotes: false, dashes: true, ellipses: true },
      },
    }),
  },
  integrations: [mdx()],
});

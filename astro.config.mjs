// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

/** The public address comes from data/site.json, so canonical URLs, feeds and the sitemap agree. */
const site = JSON.parse(readFileSync(new URL('./data/site.json', import.meta.url), 'utf8'));

export default defineConfig({
  site: site.baseUrl,
  // Separate caches let several builds (tests, benchmarks) run side by side.
  cacheDir: process.env.RB_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  markdown: {
    processor: satteri({
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
  integrations: [mdx()],
});

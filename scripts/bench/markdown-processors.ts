/**
 * Measures the two Markdown processors Astro 7 offers on the portal's bodies at national scale, for
 * docs/decisions/0004: Sätteri (the default, GFM built in) and unified (remark/rehype) with remark-gfm.
 * Renders every body of a generated project (same generator as `npm run bench`) plus the real content, with
 * both processors in alternating rounds on the same machine, and checks that both render the GFM features.
 * unified is not a dependency of the project: install it for the measurement only:
 *   npm i --no-save @astrojs/markdown-remark remark-gfm
 *   node scripts/bench/markdown-processors.ts [--regionalbudgets 400] [--measures 25] [--news 1000] [--rounds 3]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { generate } from './generate.ts';
import { REPO_ROOT } from '../lib/run.ts';

interface Renderer {
  render(text: string): Promise<{ code: string }>;
}

const { values } = parseArgs({
  options: {
    regionalbudgets: { type: 'string', default: '400' },
    measures: { type: 'string', default: '25' },
    news: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
  },
});

/** Every Markdown body (frontmatter removed) below a content folder. */
function bodies(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
}

const GFM_PROBE = ['| Jahr | Betrag |', '| ---- | -----: |', '| 2023 | 10.000 € |', '', 'Satz[^q] mit ~~alt~~ und https://www.example.org/x.', '', '[^q]: Quelle.', ''].join('\n');
const GFM_EXPECTED: [string, RegExp][] = [
  ['Tabelle', /<table>[\s\S]*<td[^>]*>10\.000 €<\/td>/],
  ['Fußnote', /<sup><a href="#[^"]*fn-?q"[^>]*>1<\/a><\/sup>/],
  ['Durchstreichung', /<del>alt<\/del>/],
  ['Autolink', /<a href="https:\/\/www\.example\.org\/x"[^>]*>https:\/\/www\.example\.org\/x<\/a>/],
];

async function timeAll(renderer: Renderer, texts: string[]): Promise<number> {
  const start = performance.now();
  for (const text of texts) await renderer.render(text);
  return (performance.now() - start) / 1000;
}

const dir = mkdtempSync(join(tmpdir(), 'rb-md-'));
try {
  const counts = generate(dir, {
    regionalbudgets: Number(values.regionalbudgets),
    measures: Number(values.measures),
    news: Number(values.news),
    seed: 1,
  });
  const texts = [...bodies(join(dir, 'content')), ...bodies(join(REPO_ROOT, 'content'))];

  let remark: { createMarkdownProcessor: (o: object) => Promise<Renderer> };
  let gfm: unknown;
  try {
    remark = (await import('@astrojs/markdown-remark' as string)) as typeof remark;
    gfm = ((await import('remark-gfm' as string)) as { default: unknown }).default;
  } catch {
    console.error('Für den Vergleich fehlt unified: npm i --no-save @astrojs/markdown-remark remark-gfm');
    process.exit(1);
  }
  const processors: Record<string, Renderer> = {
    'Sätteri (GFM eingebaut)': await createSatteriMarkdownProcessor(),
    'unified + remark-gfm': await remark.createMarkdownProcessor({ remarkPlugins: [gfm], syntaxHighlight: false }),
  };

  for (const [name, renderer] of Object.entries(processors)) {
    const html = (await renderer.render(GFM_PROBE)).code;
    const missing = GFM_EXPECTED.filter(([, pattern]) => !pattern.test(html)).map(([feature]) => feature);
    if (missing.length > 0) throw new Error(`${name} rendert nicht: ${missing.join(', ')}\n${html}`);
  }

  const seconds: Record<string, number[]> = Object.fromEntries(Object.keys(processors).map((n) => [n, []]));
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [name, renderer] of Object.entries(processors)) seconds[name]!.push(await timeAll(renderer, texts));
  }
  console.log(`${texts.length} Texte (${counts.measures} Maßnahmen, ${counts.news} Meldungen, ${counts.regionalbudgets} Regionalbudgets + reale Inhalte), ${values.rounds} Runden:`);
  for (const [name, list] of Object.entries(seconds)) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(`  ${name}: Median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} s (${list.map((s) => s.toFixed(2)).join(' / ')}), ${((sorted[0]! / texts.length) * 1000).toFixed(3)} ms je Text`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

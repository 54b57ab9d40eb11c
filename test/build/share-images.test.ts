/**
 * Share images in the real build: every built page (redirect pages aside) names an og:image that exists in
 * the build as a 1200 × 630 PNG, with the same image and a text alternative for Twitter/X; and every card
 * shows its page's own heading and only amounts the page itself states.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, isRedirect, tags } from '../../scripts/lib/built-pages.ts';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import { shareCards } from '../../src/lib/share-image/cards.ts';
import { DIST, ROOT, ensureBuilt, page, text } from '../helpers/site.ts';

beforeAll(ensureBuilt);
const model = validateRepo(ROOT).model;
if (!model) throw new Error('Die echten Inhalte sind ungültig');
const base = model.site.baseUrl;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function meta(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tags(html)) {
    const key = t.tag === 'meta' ? (t.attrs['property'] ?? t.attrs['name']) : undefined;
    if (key !== undefined && !out.has(key)) out.set(key, t.attrs['content'] ?? '');
  }
  return out;
}

describe('share images', () => {
  it('every built page names an existing 1200 × 630 PNG as og:image and twitter:image, with alt text', () => {
    const pages = builtPages(DIST).filter((p) => !isRedirect(p.html));
    expect(pages.length).toBeGreaterThan(60);
    const seen = new Map<string, string>();
    for (const p of pages) {
      const m = meta(p.html);
      const image = m.get('og:image') ?? '';
      expect(image.startsWith(`${base}/og/`), `${p.url}: og:image „${image}“`).toBe(true);
      const png = readFileSync(join(DIST, image.slice(base.length)));
      expect(png.subarray(0, 8).equals(PNG), `${p.url}: ${image} ist kein PNG`).toBe(true);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
      expect([m.get('og:image:width'), m.get('og:image:height'), m.get('og:image:type')], p.url).toEqual(['1200', '630', 'image/png']);
      expect(m.get('twitter:card'), p.url).toBe('summary_large_image');
      expect(m.get('twitter:image'), p.url).toBe(image);
      expect(m.get('og:image:alt')?.length ?? 0, p.url).toBeGreaterThan(10);
      expect(m.get('twitter:image:alt'), p.url).toBe(m.get('og:image:alt'));
      // One image per page: a shared image would show one page's facts on another.
      expect(seen.get(image), `${image}: ${p.url} und ${seen.get(image)}`).toBeUndefined();
      seen.set(image, p.url);
    }
  });

  it('each card carries its page heading and only amounts the page states', () => {
    for (const card of shareCards(model)) {
      const html = page(card.pagePath);
      const h1 = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').trim();
      expect(card.title, card.pagePath).toBe(h1);
      const visible = text(html);
      for (const f of card.figures.filter((f) => f.value.includes('€'))) expect(visible, `${card.pagePath}: ${f.label} ${f.value}`).toContain(f.value);
      expect(meta(html).get('og:image:alt'), card.pagePath).toContain(card.title);
    }
  });
});

/**
 * What the press copies from a page works when pasted: no soft hyphen (src/lib/typography.ts) inside a web or
 * e-mail address or a citation, on every page of the real build. Before, 65 such places broke a copied link
 * ("https://regional\u00adbudget-portal…") or citation.
 */
import { beforeAll, expect, it } from 'vitest';
import { builtPages, isRedirect } from '../../scripts/lib/built-pages.ts';
import { DIST, ensureBuilt } from '../helpers/site.ts';

beforeAll(() => ensureBuilt());

it('keeps addresses and citations free of soft hyphens, while words in the text around them have them', () => {
  const found: string[] = [];
  let hyphenated = 0;
  let citations = 0;
  for (const { url, html } of builtPages(DIST).filter((p) => !isRedirect(p.html))) {
    const body = html.slice(html.indexOf('<body'));
    if (body.includes('\u00ad')) hyphenated++;
    for (const m of body.matchAll(/(?:https?:\/\/|www\.|[\w.+-]+@)[^\s<>"]*/g)) if (m[0].includes('\u00ad')) found.push(`${url}: ${m[0].replaceAll('\u00ad', '|')}`);
    for (const m of body.matchAll(/<cite>([\s\S]*?)<\/cite>/g)) {
      citations++;
      if ((m[1] ?? '').includes('\u00ad')) found.push(`${url}: Zitat ${(m[1] ?? '').replaceAll('\u00ad', '|')}`);
    }
  }
  expect(found).toEqual([]);
  // The check looked at something: pages with soft hyphens and the citations of the measure pages.
  expect(hyphenated).toBeGreaterThan(20);
  expect(citations).toBeGreaterThan(20);
});

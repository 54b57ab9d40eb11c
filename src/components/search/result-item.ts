/**
 * One search result as a list item, built with DOM methods (no HTML strings: the page works under a strict
 * Content-Security-Policy): title link, type and context, and the excerpt with the query's words marked.
 */
import { buildExcerpt } from '../../lib/search/excerpt.ts';
import type { PagefindResult } from './pagefind-api.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export async function resultItem(result: PagefindResult, query: string): Promise<HTMLLIElement> {
  const data = await result.data();
  const item = el('li', 'search-result');
  const heading = el('h3', 'search-result__title');
  const link = el('a', undefined, data.meta['title'] ?? data.url);
  link.href = data.url;
  heading.append(link);
  const meta = el('p', 'search-result__meta');
  const typ = data.meta['typ'];
  if (typ) meta.append(el('span', 'tag', typ));
  for (const part of [data.meta['regionalbudget'], data.meta['datum']]) {
    if (part) meta.append(el('span', undefined, part));
  }
  const excerpt = el('p', 'search-result__excerpt');
  for (const segment of buildExcerpt(data.content, data.locations, query)) {
    excerpt.append(segment.mark ? el('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
  item.append(heading, meta, excerpt);
  return item;
}

/**
 * Atom feeds (RFC 4287). Entry ids are the canonical URLs of the news pages, which never change once
 * published (test/published-urls.txt guards them), so ids are stable across builds.
 *
 * Dates: news items may have a full date, only a month or year, a day without year (`--03-22`) or none.
 * Atom requires `updated` on every entry, so the feed never states a publication date the source does not
 * give: `published` appears only for full dates; `updated` is the date the portal last changed the item
 * (its last git commit), else its full date, else the build date — all of which are true statements
 * about the entry in this feed, none invents a year for the news itself.
 */
import { escapeXml } from '../escape.ts';

export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  summary: string;
  /** Plain-text content (shown by readers below the summary). */
  content?: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** URL of the feed itself (rel="self"). */
  selfUrl: string;
  /** The HTML page the feed belongs to (rel="alternate"). */
  pageUrl: string;
  updated: string;
  author: { name: string; email?: string; uri?: string };
  rights?: string;
  icon?: string;
  entries: AtomEntry[];
}

/** `2023-03-14` → `2023-03-14T00:00:00Z` (RFC 3339 requires a time). */
export function dateTime(isoDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate;
}

/** The entry dates for a news item, as described in the module comment. */
export function newsDates(date: string | undefined, lastChanged: string | undefined, buildDate: string): { updated: string; published?: string } {
  const complete = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  const candidates = [lastChanged, complete].filter((d): d is string => d !== undefined).sort();
  const updated = candidates.at(-1) ?? buildDate;
  return { updated: dateTime(updated), ...(complete && { published: dateTime(complete) }) };
}

const el = (name: string, text: string, attrs = '') => `<${name}${attrs}>${escapeXml(text)}</${name}>`;

export function atomXml(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  ${el('id', feed.id)}`,
    `  ${el('title', feed.title)}`,
    ...(feed.subtitle ? [`  ${el('subtitle', feed.subtitle)}`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  ${el('updated', feed.updated)}`,
    `  <author>${el('name', feed.author.name)}${feed.author.email ? el('email', feed.author.email) : ''}${feed.author.uri ? el('uri', feed.author.uri) : ''}</author>`,
    ...(feed.rights ? [`  ${el('rights', feed.rights)}`] : []),
    ...(feed.icon ? [`  ${el('icon', feed.icon)}`] : []),
    ...feed.entries.flatMap((e) => [
      '  <entry>',
      `    ${el('id', e.id)}`,
      `    ${el('title', e.title)}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      ...(e.published ? [`    ${el('published', e.published)}`] : []),
      `    ${el('updated', e.updated)}`,
      `    ${el('summary', e.summary)}`,
      ...(e.content ? [`    ${el('content', e.content, ' type="text"')}`] : []),
      ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

/** The newest `updated` of the entries, or the fallback for an empty feed. */
export function feedUpdated(entries: readonly AtomEntry[], fallback: string): string {
  return entries.map((e) => e.updated).sort().at(-1) ?? dateTime(fallback);
}

/** Builds the Atom feeds of the site's news (all news, and per Regionalbudget) from the model. */
import type { Model, Regionalbudget } from '../data/model.ts';
import { contactEmail, publisherName } from '../site-identity.ts';
import { formatDate } from '../format.ts';
import { urlOf } from '../routes.ts';
import { feedUpdated, newsDates, type AtomEntry, type AtomFeed } from './atom.ts';

export interface FeedDates {
  /** Last git change of a file, undefined when unknown. */
  lastChanged: (file: string) => string | undefined;
  buildDate: string;
}

/** What the entry says about the date, in the source's precision (never an invented year). */
export function dateNote(date: string | undefined): string {
  if (!date) return 'Die Quelle nennt kein Datum.';
  if (date.startsWith('--')) return `Datum laut Quelle: ${formatDate(date)} (die Quelle nennt kein Jahr).`;
  return `Datum laut Quelle: ${formatDate(date)}.`;
}

export function newsEntries(model: Model, items: Model['news'], dates: FeedDates): AtomEntry[] {
  const base = model.site.baseUrl;
  return items.map((n) => {
    const rbs = model.regionalbudgets.filter((rb) => n.data.regionalbudgets.includes(rb.id)).map((rb) => rb.data.title);
    return {
      id: `${base}${n.url}`,
      title: n.data.title,
      url: `${base}${n.url}`,
      ...newsDates(n.data.date, dates.lastChanged(n.file), dates.buildDate),
      summary: n.data.summary,
      content: `${n.data.summary}\n\n${dateNote(n.data.date)}${n.data.source ? `\nQuelle: ${n.data.source.title}` : ''}`,
      categories: rbs,
    };
  });
}

function feed(model: Model, path: string, pagePath: string, title: string, subtitle: string, entries: AtomEntry[], buildDate: string): AtomFeed {
  const base = model.site.baseUrl;
  return {
    id: `${base}${path}`,
    title,
    subtitle,
    selfUrl: `${base}${path}`,
    pageUrl: `${base}${pagePath}`,
    updated: feedUpdated(entries, buildDate),
    author: { name: publisherName(model.site), ...(contactEmail(model.site) && { email: contactEmail(model.site) }), uri: `${base}/` },
    rights: `${model.site.license.name} (${model.site.license.url})`,
    icon: `${base}/favicon.svg`,
    entries,
  };
}

export const ALL_NEWS_FEED = urlOf.newsFeed();
export const rbFeedPath = (rb: Regionalbudget) => urlOf.regionalbudgetFeed(rb.id);

export function allNewsFeed(model: Model, dates: FeedDates): AtomFeed {
  return feed(model, ALL_NEWS_FEED, '/aktuelles/', `Aktuelles – ${model.site.name}`, 'Meldungen rund um die Regionalbudgets und Projekte.', newsEntries(model, model.news, dates), dates.buildDate);
}

/** News about the Regionalbudget or one of its measures. */
export function regionalbudgetNews(model: Model, rb: Regionalbudget): Model['news'] {
  const keys = new Set(rb.measures.map((m) => m.key));
  return model.news.filter((n) => n.data.regionalbudgets.includes(rb.id) || n.data.measures.some((k) => keys.has(k)));
}

export function regionalbudgetFeed(model: Model, rb: Regionalbudget, dates: FeedDates): AtomFeed {
  return feed(model, rbFeedPath(rb), rb.url, `Aktuelles: ${rb.data.title} – ${model.site.name}`, `Meldungen zum ${rb.data.title} und seinen Maßnahmen.`, newsEntries(model, regionalbudgetNews(model, rb), dates), dates.buildDate);
}

/** Atom feed of all news. */
import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/build-date.ts';
import { getModel } from '../../lib/data/get-model.ts';
import { lastUpdated } from '../../lib/io/git-dates.ts';
import { atomXml } from '../../lib/opendata/atom.ts';
import { allNewsFeed } from '../../lib/opendata/news-feed.ts';

export const GET: APIRoute = () =>
  new Response(atomXml(allNewsFeed(getModel(), { lastChanged: (file) => lastUpdated([file]), buildDate: buildDate() })), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });

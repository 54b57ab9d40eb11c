/** Atom feed of the news about one Regionalbudget and its measures. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { buildDate } from '../../../lib/build-date.ts';
import { getModel } from '../../../lib/data/get-model.ts';
import type { RenderKeys } from '../../../lib/io/render-keys.ts';
import { renderOnly } from '../../../lib/io/page-reuse.ts';
import { lastUpdated } from '../../../lib/io/git-dates.ts';
import { atomXml } from '../../../lib/opendata/atom.ts';
import { regionalbudgetFeed } from '../../../lib/opendata/news-feed.ts';

export function getStaticPaths() {
  return renderOnly(getModel().regionalbudgets.map((rb) => ({ params: { id: rb.id }, props: { rb }, url: `/regionalbudgets/${rb.id}/feed.xml`, key: (k: RenderKeys) => k.regionalbudget(rb.id) })));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const model = getModel();
  const { rb } = props;
  return new Response(atomXml(regionalbudgetFeed(model, rb, { lastChanged: (file) => lastUpdated([file]), buildDate: buildDate() })), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};

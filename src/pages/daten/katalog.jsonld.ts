/** The DCAT-AP.de catalogue of the open data (JSON-LD), for GovData and other harvesters. */
import type { APIRoute } from 'astro';
import { getModel } from '../../lib/data/get-model.ts';
import { lastUpdated } from '../../lib/io/git-dates.ts';
import { firstPublished } from '../../lib/io/git-dates.ts';
import { dcatCatalog } from '../../lib/opendata/dcat.ts';
import { dataFiles } from '../../lib/opendata/files.ts';

export const GET: APIRoute = () => {
  const model = getModel();
  const catalog = dcatCatalog({ model, files: dataFiles(model), modified: (files) => lastUpdated(files), issued: (files) => firstPublished(files) });
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};

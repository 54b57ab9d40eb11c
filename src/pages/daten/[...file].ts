/** The open-data files (CSV, JSON) under /daten/; contents come from src/lib/opendata/files.ts. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getModel } from '../../lib/data/get-model.ts';
import { pageKeys } from '../../lib/io/render-keys.ts';
import { dataFiles } from '../../lib/opendata/files.ts';

export function getStaticPaths() {
  const keys = pageKeys();
  return dataFiles(getModel()).map((file) => ({
    params: { file: file.path.replace(/^\/daten\//, '') },
    props: { file },
    // The files of one Regionalbudget follow its key; the files over all of them are written every time.
    cacheKey: file.regionalbudget === undefined ? undefined : keys?.regionalbudget(file.regionalbudget),
  }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { file } = props;
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
};

/** The open-data files (CSV, JSON) under /daten/; contents come from src/lib/opendata/files.ts. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getModel } from '../../lib/data/get-model.ts';
import type { RenderKeys } from '../../lib/io/render-keys.ts';
import { renderOnly } from '../../lib/io/page-reuse.ts';
import { dataFiles } from '../../lib/opendata/files.ts';

export function getStaticPaths() {
  const files = dataFiles(getModel()).map((file) => ({ params: { file: file.path.replace(/^\/daten\//, '') }, props: { file } }));
  // The files of one Regionalbudget follow its key; the files over all of them are written every time.
  return [
    ...files.filter(({ props }) => props.file.regionalbudget === undefined),
    ...renderOnly(
      files.flatMap((entry) => {
        const id = entry.props.file.regionalbudget;
        return id === undefined ? [] : [{ ...entry, url: entry.props.file.path, key: (k: RenderKeys) => k.regionalbudget(id) }];
      }),
    ),
  ];
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { file } = props;
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
};

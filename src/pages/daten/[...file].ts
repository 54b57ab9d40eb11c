/** The open-data files (CSV, JSON) under /daten/; contents come from src/lib/opendata/files.ts. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getModel } from '../../lib/data/get-model.ts';
import { dataFiles } from '../../lib/opendata/files.ts';

export function getStaticPaths() {
  return dataFiles(getModel()).map((file) => ({ params: { file: file.path.replace(/^\/daten\//, '') }, props: { file } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { file } = props;
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
};

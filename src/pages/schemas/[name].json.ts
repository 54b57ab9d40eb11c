/** JSON Schemas of the public open-data files (/schemas/daten-*.schema.json); the data-file schemas live in public/schemas/. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { openDataSchemas } from '../../lib/opendata/published-schemas.ts';

export function getStaticPaths() {
  return Object.entries(openDataSchemas()).map(([file, schema]) => ({ params: { name: file.replace(/\.json$/, '') }, props: { schema } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => new Response(`${JSON.stringify(props.schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });

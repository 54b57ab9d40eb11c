/**
 * Entry of the web editor under /redaktion/ (bundled by Vite, see scripts/lib/editor-bundle.ts). The
 * configuration comes from config.json next to this page, generated from the schemas at each build.
 */
import './german.ts';
import CMS from '@sveltia/cms';
import { readJson, readMarkdown, writeJson, writeMarkdown } from '../lib/editor/formats.ts';
import type { EditorConfig } from '../lib/editor/cms-config.ts';

const response = await fetch(new URL('config.json', document.baseURI));
const config = (await response.json()) as EditorConfig;
for (const [name, format] of Object.entries(config.formats)) {
  if (format.kind === 'markdown') CMS.registerCustomFormat(name, format.extension, { fromFile: readMarkdown, toFile: writeMarkdown });
  else CMS.registerCustomFormat(name, format.extension, { fromFile: (text) => readJson(text, format), toFile: (value) => writeJson(value, format) });
}
CMS.init({ config: config.cms as never });

/** Builds the Pagefind index of a built site (German stemming; only `data-pagefind-body` is indexed). */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
  if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join(', ')}`);
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
  await pagefind.close();
  return { pages: added.page_count };
}

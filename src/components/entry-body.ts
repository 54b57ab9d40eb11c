/**
 * The rendered Markdown body of a model item. Pages get their item as props from getStaticPaths and its
 * body from here, so no page looks anything up a second time.
 */
import { getEntry, render, type CollectionKey } from 'astro:content';

export async function renderBody(collection: CollectionKey, id: string): Promise<Awaited<ReturnType<typeof render>>> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`Kein Inhalt für ${id}`);
  return render(entry);
}

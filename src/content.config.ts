/**
 * Astro collections over the same files and the same zod schemas that `npm run check` uses. Cross-file
 * rules are checked by src/lib/data (once per build); here the collections only give pages the bodies.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { devTolerant } from './integrations/dev-tolerant-loader.ts';
import { globOf, PLACES, type Place } from './lib/data/layout.ts';
import { aktuellesSchema } from './schemas/aktuelles.ts';
import { handlungsfeldSchema } from './schemas/handlungsfeld.ts';
import { massnahmeSchema } from './schemas/massnahme.ts';
import { programmSchema } from './schemas/programm.ts';
import { projektSchema } from './schemas/projekt.ts';
import { regionalbudgetSchema } from './schemas/regionalbudget.ts';

const root = process.env['RB_REPO_ROOT'] ?? '.';
/**
 * The same places and extensions the check reads (src/lib/data/layout.ts), so nothing is read by one only;
 * in `npm run dev` a broken file does not stop the server (src/integrations/dev-tolerant-loader.ts).
 */
const load = (place: Place, generateId: (options: { entry: string }) => string) =>
  devTolerant(glob({ pattern: globOf(place), base: `${root}/${place.base}`, generateId }), `${root}/${place.base}`);
const stripExt = (entry: string) => entry.replace(/\.mdx?$/, '');
/** "nordsachsen-2022/massnahmen/ansiedlungskampagne.md" → "nordsachsen-2022/ansiedlungskampagne" */
const nestedId = ({ entry }: { entry: string }) => stripExt(entry.replace(/\/(handlungsfelder|massnahmen)\//, '/'));
const flatId = ({ entry }: { entry: string }) => stripExt(entry);

export const collections = {
  regionalbudgets: defineCollection({ loader: load(PLACES.regionalbudgets, ({ entry }) => entry.split('/')[0] ?? entry), schema: regionalbudgetSchema }),
  handlungsfelder: defineCollection({ loader: load(PLACES.handlungsfelder, nestedId), schema: handlungsfeldSchema }),
  massnahmen: defineCollection({ loader: load(PLACES.massnahmen, nestedId), schema: massnahmeSchema }),
  projekte: defineCollection({ loader: load(PLACES.projekte, flatId), schema: projektSchema }),
  programme: defineCollection({ loader: load(PLACES.programme, flatId), schema: programmSchema }),
  aktuelles: defineCollection({ loader: load(PLACES.aktuelles, flatId), schema: aktuellesSchema }),
};

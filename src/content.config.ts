/**
 * Astro collections over the same files and the same zod schemas that `npm run check` uses. Cross-file
 * rules are checked by src/lib/data (once per build); here the collections only give pages the bodies.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { aktuellesSchema } from './schemas/aktuelles.ts';
import { handlungsfeldSchema } from './schemas/handlungsfeld.ts';
import { massnahmeSchema } from './schemas/massnahme.ts';
import { programmSchema } from './schemas/programm.ts';
import { projektSchema } from './schemas/projekt.ts';
import { regionalbudgetSchema } from './schemas/regionalbudget.ts';

const root = process.env['RB_PROJECT_ROOT'] ?? '.';
const base = (dir: string) => `${root}/content/${dir}`;
/** "nordsachsen-2022/massnahmen/ansiedlungskampagne.md" → "nordsachsen-2022/ansiedlungskampagne" */
const nestedId = ({ entry }: { entry: string }) => entry.replace(/\/(handlungsfelder|massnahmen)\//, '/').replace(/\.mdx?$/, '');
const flatId = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

export const collections = {
  regionalbudgets: defineCollection({
    loader: glob({ pattern: '*/index.{md,mdx}', base: base('regionalbudgets'), generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
    schema: regionalbudgetSchema,
  }),
  handlungsfelder: defineCollection({
    loader: glob({ pattern: '*/handlungsfelder/*.{md,mdx}', base: base('regionalbudgets'), generateId: nestedId }),
    schema: handlungsfeldSchema,
  }),
  massnahmen: defineCollection({
    loader: glob({ pattern: '*/massnahmen/*.{md,mdx}', base: base('regionalbudgets'), generateId: nestedId }),
    schema: massnahmeSchema,
  }),
  projekte: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: base('projekte'), generateId: flatId }), schema: projektSchema }),
  programme: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: base('programme'), generateId: flatId }), schema: programmSchema }),
  aktuelles: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: base('aktuelles'), generateId: flatId }), schema: aktuellesSchema }),
};

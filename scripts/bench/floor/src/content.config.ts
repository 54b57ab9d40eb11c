/**
 * The floor's collections: a copy of src/content.config.ts (same files, same zod schemas). Cross-file rules
 * are not checked here; that is part of what the real site adds.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { aktuellesSchema } from '../../../../src/schemas/aktuelles.ts';
import { handlungsfeldSchema } from '../../../../src/schemas/handlungsfeld.ts';
import { massnahmeSchema } from '../../../../src/schemas/massnahme.ts';
import { programmSchema } from '../../../../src/schemas/programm.ts';
import { projektSchema } from '../../../../src/schemas/projekt.ts';
import { regionalbudgetSchema } from '../../../../src/schemas/regionalbudget.ts';

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

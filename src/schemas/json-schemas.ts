/** JSON Schemas (draft 2020-12) of the data files and frontmatter, generated from the zod schemas. */
import { z } from 'astro/zod';
import { aktuellesSchema } from './aktuelles.ts';
import { budgetFileSchema } from './budget.ts';
import { handlungsfeldSchema } from './handlungsfeld.ts';
import { kontakteFileSchema } from './kontakt.ts';
import { massnahmeSchema } from './massnahme.ts';
import { programmSchema } from './programm.ts';
import { projektSchema } from './projekt.ts';
import { regionalbudgetSchema } from './regionalbudget.ts';
import { scheduleFileSchema } from './schedule.ts';
import { siteSchema } from './site.ts';

const SCHEMAS = {
  'budget.schema.json': [budgetFileSchema, 'Budgetplan eines Regionalbudgets (data/budgets/<id>.json)'],
  'schedule.schema.json': [scheduleFileSchema, 'Zeitplan eines Regionalbudgets (data/schedules/<id>.json)'],
  'kontakte.schema.json': [kontakteFileSchema, 'Kontaktpersonen (data/kontakte.json)'],
  'site.schema.json': [siteSchema, 'Angaben zum Betreiber (data/site.json)'],
  'regionalbudget.schema.json': [regionalbudgetSchema, 'Kopfbereich von content/regionalbudgets/<id>/index.mdx'],
  'handlungsfeld.schema.json': [handlungsfeldSchema, 'Kopfbereich eines Handlungsfelds'],
  'massnahme.schema.json': [massnahmeSchema, 'Kopfbereich einer Maßnahme'],
  'projekt.schema.json': [projektSchema, 'Kopfbereich eines Projekts'],
  'programm.schema.json': [programmSchema, 'Kopfbereich eines Förderprogramms'],
  'aktuelles.schema.json': [aktuellesSchema, 'Kopfbereich einer Meldung'],
} as const;

export function jsonSchemas(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, [schema, title]]) => [
      name,
      // "input": what an editor writes (defaults optional, dates as text before normalising).
      { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title },
    ]),
  );
}

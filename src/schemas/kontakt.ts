import { z } from 'astro/zod';
import { nonEmptyText, slug, text, url } from './common.ts';

const phone = text.regex(/^[0-9 ()/+\-–]+$/, 'eine Telefonnummer aus Ziffern, Leerzeichen und ( ) / + -');

export const kontaktSchema = z.strictObject({
  /** Referenced from frontmatter `contacts`. */
  id: slug,
  /** A person's name, or an office's name where the source gives no person. */
  name: nonEmptyText,
  role: text.optional(),
  organisation: nonEmptyText,
  email: z.email({ error: 'eine E-Mail-Adresse' }).optional(),
  phone: phone.optional(),
  fax: phone.optional(),
  /** Postal address, one line per array item. */
  address: z.array(nonEmptyText).optional(),
  website: url.optional(),
  /** True for the press office shown in every press kit. */
  press: z.boolean().optional(),
});

/** `data/kontakte.json` */
export const kontakteFileSchema = z.strictObject({
  $schema: z.string().optional(),
  contacts: z.array(kontaktSchema),
});

export type Kontakt = z.output<typeof kontaktSchema>;

import { z } from 'astro/zod';
import { nonEmptyText, text, url } from './common.ts';

const postal = z.strictObject({
  name: nonEmptyText,
  address: z.array(nonEmptyText).min(1),
});

export const PLACEHOLDER_FIELDS = ['publisher', 'responsible', 'contactEmail', 'baseUrl', 'editBaseUrl', 'editor'] as const;

/** `data/site.json`: the identity of the site operator (Impressum, feeds, open-data licence). */
export const siteSchema = z.strictObject({
  $schema: z.string().optional(),
  name: nonEmptyText,
  /** Who publishes the site (§ 5 DDG). */
  publisher: postal.extend({
    representedBy: text.optional(),
    email: z.email({ error: 'eine E-Mail-Adresse' }),
    phone: text.optional(),
  }),
  /** Person responsible for the content (§ 18 Abs. 2 MStV). */
  responsible: postal,
  contactEmail: z.email({ error: 'eine E-Mail-Adresse' }),
  /** Public address of the site, without trailing slash. */
  baseUrl: url.refine((v) => !v.endsWith('/'), 'eine Adresse ohne Schrägstrich am Ende'),
  /** Prefix for "Diese Seite bearbeiten" links; the file path is appended. */
  editBaseUrl: url,
  license: z.strictObject({ id: nonEmptyText, name: nonEmptyText, url }),
  /**
   * The git host the web editor (/redaktion/) signs in to and commits through (PKCE, no server of ours).
   * Without it the editor only offers the local-folder mode.
   */
  editor: z
    .strictObject({
      backend: z.enum(['gitlab', 'gitea', 'forgejo'], { error: 'einen der Werte gitlab, gitea oder forgejo' }),
      /** Address of the git host, e.g. "https://gitlab.example.org". */
      url,
      /** Path of the repository on that host, e.g. "landkreis/regionalbudget-portal". */
      repo: z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/, 'einen Repository-Pfad wie "gruppe/projekt"'),
      branch: z.string().min(1).optional(),
      /** Application (client) id of the OAuth application registered on the host (redirect URI: <baseUrl>/redaktion/). */
      appId: z.string().min(1),
    })
    .optional(),
  /**
   * Fields above that still hold placeholders (one of publisher, responsible, contactEmail, baseUrl,
   * editBaseUrl, editor). While any is listed, every page shows a "Vorschau" notice, machine-readable outputs leave
   * the operator out, and `npm run build -- --release` refuses to run.
   */
  demo: z.array(z.enum(PLACEHOLDER_FIELDS, { error: `einen der Feldnamen ${PLACEHOLDER_FIELDS.join(', ')}` })).default([]),
});

export type Site = z.output<typeof siteSchema>;

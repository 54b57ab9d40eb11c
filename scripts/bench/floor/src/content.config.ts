/**
 * The floor uses the site's own collections (same files, same zod schemas). Cross-file rules are not checked
 * here; that is part of what the real site adds.
 */
export { collections } from '../../../../src/content.config.ts';

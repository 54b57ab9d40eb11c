/**
 * Sveltia CMS follows the browser's language unless a preference is saved, and reads it when its module is
 * evaluated; this module is imported before it (imports run in order), so the county's editors always get
 * the German interface.
 */
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') as Record<string, unknown>;
  if (prefs['locale'] !== 'de') localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'de' }));
} catch {
  localStorage.setItem(PREFS, JSON.stringify({ locale: 'de' }));
}

/**
 * When the search page asks Pagefind to load the index for a term while it is still being typed. Pagefind
 * loads every index chunk that holds a word starting with the term's last word: for "M" or "Ma" that is every
 * chunk of the whole letter, most of which the finished word never needs (2,500 measures: 2 chunks for "Ma",
 * 1 for "Mar"). From the third letter on, the preload fetches about what the search itself will need.
 */
export const MIN_PRELOAD_LETTERS = 3;

export function shouldPreload(term: string): boolean {
  const last = term.trim().split(/\s+/).at(-1) ?? '';
  return [...last].length >= MIN_PRELOAD_LETTERS;
}

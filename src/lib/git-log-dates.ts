/**
 * When each content or data file first appeared in git and when it last changed ("Zuletzt aktualisiert",
 * `dct:issued`/`dct:modified`), from the output of one `git log` (read by src/lib/io/git-dates.ts).
 */

export interface FileDates {
  /** Date of the commit that added the file. */
  first: string;
  /** Date of the newest commit that changed it. */
  last: string;
}

/** Parses `git log --format=%x00%cs --name-only` output (newest first) into file → first and last date. */
export function parseGitLogDates(output: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  for (const block of output.split('\0')) {
    const [date, ...files] = block.split('\n').filter((line) => line.trim() !== '');
    if (!date) continue;
    for (const file of files) {
      const known = dates.get(file);
      if (known) known.first = date;
      else dates.set(file, { first: date, last: date });
    }
  }
  return dates;
}

/** File → newest commit date (see parseGitLogDates). */
export function parseGitLog(output: string): Map<string, string> {
  return new Map([...parseGitLogDates(output)].map(([file, d]) => [file, d.last]));
}

function datesOf(dates: ReadonlyMap<string, FileDates> | null, files: readonly string[], pick: (d: FileDates) => string): string[] | undefined {
  if (!dates) return undefined;
  return files
    .map((f) => dates.get(f))
    .filter((d): d is FileDates => d !== undefined)
    .map(pick)
    .sort();
}

/** Newest date among the files (a measure page depends on its Markdown and the budget/schedule files). */
export function newestOf(dates: ReadonlyMap<string, FileDates> | null, files: readonly string[]): string | undefined {
  return datesOf(dates, files, (d) => d.last)?.at(-1);
}

/** Oldest first-appearance date among the files. */
export function oldestOf(dates: ReadonlyMap<string, FileDates> | null, files: readonly string[]): string | undefined {
  return datesOf(dates, files, (d) => d.first)?.[0];
}

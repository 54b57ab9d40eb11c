/**
 * Which pages Astro has written, read from its build log. `astro build` prints "├─ /path/index.html" when it
 * starts a page and " (+12ms)" once that page's file is written (astro/dist/core/build/generate.js). With
 * `build.concurrency` above 1 two pages are in flight, so a finish mark ends the line of the page started
 * after it ("├─ /a├─ /b (+9ms)", then "├─ /c (+11ms)" for /a or /b): a mark says that *some* page is written,
 * not which. The build therefore checks, at every mark, which of the pages started so far are on disk, and reads
 * those for the search index and the sitemap on a core Astro leaves idle (scripts/build.ts). Nothing depends on
 * the log's form for correctness: a page not recognised here is read after Astro, as before, and a page read
 * early is used only if it is still the same file (page-facts.ts).
 */

const ANSI = /\u001b\[[0-9;]*m/g;
const STARTED = '├─ ';
const FINISHED = /\(\+\d+(?:\.\d+)?m?s\)/g;
/** A log line's time stamp, where the next line's start was printed right after a page's path. */
const GLUED_TIME = /\d{2}:\d{2}:\d{2}\s*$/;

/** What one line of Astro's build log says: the site paths of the pages started on it and how many pages finished. */
export function progressOf(line: string): { started: string[]; finished: number } {
  const plain = line.replace(ANSI, '');
  const started = plain
    .split(STARTED)
    .slice(1)
    .map((part) => part.replace(/\s\(\+\d+(?:\.\d+)?m?s\)[\s\S]*$/, '').replace(GLUED_TIME, '').trimEnd())
    .filter((path) => path.startsWith('/'));
  return { started, finished: plain.match(FINISHED)?.length ?? 0 };
}

/**
 * Pages started and not yet found written. A page whose file never appears under the name printed (an endpoint,
 * a page with an empty body) leaves the window after `window` newer ones and is read after Astro.
 */
export class WrittenPages {
  private pending: { path: string; n: number }[] = [];
  private startedCount = 0;
  private readonly isWritten: (sitePath: string) => boolean;
  private readonly onWritten: (sitePath: string) => void;
  private readonly window: number;

  /** `isWritten`: whether the page at this site path is on disk; `onWritten`: called once for each page found. */
  constructor(isWritten: (sitePath: string) => boolean, onWritten: (sitePath: string) => void, window = 32) {
    this.isWritten = isWritten;
    this.onWritten = onWritten;
    this.window = window;
  }

  line(line: string): void {
    const { started, finished } = progressOf(line);
    for (const path of started) this.pending.push({ path, n: this.startedCount++ });
    if (finished === 0) return;
    const oldest = this.startedCount - this.window;
    this.pending = this.pending.filter(({ path, n }) => {
      if (n < oldest) return false;
      if (!this.isWritten(path)) return true;
      this.onWritten(path);
      return false;
    });
  }
}

/** Splits a stream's chunks into whole lines (a page's line arrives in two writes, before and after rendering). */
export function lineSplitter(onLine: (line: string) => void): { push(chunk: string): void; end(): void } {
  let rest = '';
  return {
    push(chunk) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    },
    end() {
      if (rest) onLine(rest);
      rest = '';
    },
  };
}

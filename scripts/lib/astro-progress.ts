/**
 * Which page Astro has just written, read from its build log: `astro build` prints "├─ /path/index.html" before
 * it renders a page and " (+12ms)" once the file is written (astro/dist/core/build/generate.js), one line per
 * page. The search index's preparation reads each page as soon as it is written, on a core Astro leaves idle
 * (scripts/build.ts). Nothing depends on the log's form for correctness: a page not recognised here is read
 * after Astro, as before, and a page read early is used only if it is still the same file (page-facts.ts).
 */

const ANSI = /\u001b\[[0-9;]*m/g;
const WRITTEN = /├─ (\/\S.*?) \(\+\d+(?:\.\d+)?m?s\)\s*$/;

/** The site path ("/a/b/index.html") of a page whose file Astro reports written on this log line, if any. */
export function writtenPage(line: string): string | undefined {
  return WRITTEN.exec(line.replace(ANSI, ''))?.[1];
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

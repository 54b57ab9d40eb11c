/** Reading Astro's build log for the pages it has written (scripts/lib/astro-progress.ts). */
import { describe, expect, it } from 'vitest';
import { lineSplitter, progressOf, WrittenPages } from '../../../scripts/lib/astro-progress.ts';

describe('pages started and finished, from the lines of `astro build`', () => {
  it('reads a line of one page, with or without colours, fast or slow', () => {
    expect(progressOf('04:48:01   ├─ /aktuelles/2026-10-29-meldung-591/index.html (+635ms) ')).toEqual({ started: ['/aktuelles/2026-10-29-meldung-591/index.html'], finished: 1 });
    expect(progressOf('04:48:01   ├─ /404.html (+1.25s)')).toEqual({ started: ['/404.html'], finished: 1 });
    expect(progressOf('\u001b[2m04:48:01\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/a b/index.html\u001b[22m \u001b[31m(+2.10s)\u001b[39m ')).toEqual({ started: ['/a b/index.html'], finished: 1 });
  });

  it('reads the lines of two pages in flight (build.concurrency 2), as Astro 7 prints them', () => {
    // Copied from `astro build` with concurrency 2: the second page starts before the first one's mark.
    expect(progressOf('07:49:34   ├─ /404.html07:49:34   ├─ /aktuelles/feed.xml (+254ms) ')).toEqual({ started: ['/404.html', '/aktuelles/feed.xml'], finished: 1 });
    expect(progressOf(' (+80ms) ')).toEqual({ started: [], finished: 1 });
    expect(progressOf('07:49:34   ├─ /regionalbudgets/landkreis-096-2023/index.html')).toEqual({ started: ['/regionalbudgets/landkreis-096-2023/index.html'], finished: 0 });
  });

  it('finds no page on other lines', () => {
    expect(progressOf('04:47:56 [vite] ✓ built in 5.58s')).toEqual({ started: [], finished: 0 });
    expect(progressOf(' generating static routes ')).toEqual({ started: [], finished: 0 });
  });

  it('joins a page line written in two parts and keeps every line, the last one too', () => {
    const lines: string[] = [];
    const split = lineSplitter((l) => lines.push(l));
    split.push('04:48:01   ├─ /a/index.html');
    split.push(' (+5ms) \n04:48:01   ├─ /b/');
    split.push('index.html (+6ms) \nEnde');
    split.end();
    expect(lines).toEqual(['04:48:01   ├─ /a/index.html (+5ms) ', '04:48:01   ├─ /b/index.html (+6ms) ', 'Ende']);
  });
});

describe('pages found written as Astro reports progress', () => {
  /** A log fed line by line while pages appear on "disk" (`disk`), recording what was reported written. */
  function tracker(window?: number) {
    const disk = new Set<string>();
    const reported: string[] = [];
    let checks = 0;
    const pages = new WrittenPages(
      (p) => {
        checks++;
        return disk.has(p);
      },
      (p) => reported.push(p),
      window,
    );
    return { disk, reported, pages, checks: () => checks };
  }

  it('reports each page once, when a mark comes and its file is there, whichever of two pages finished', () => {
    const t = tracker();
    t.pages.line('07:49:34   ├─ /a/index.html07:49:34   ├─ /b/index.html (+254ms) ');
    // /b finished first: /a is not on disk yet and stays pending.
    t.disk.add('/b/index.html');
    t.pages.line('07:49:34   ├─ /c/index.html (+20ms) ');
    expect(t.reported).toEqual(['/b/index.html']);
    t.disk.add('/a/index.html');
    t.pages.line('07:49:34   ├─ /d/index.html (+3ms) ');
    expect(t.reported).toEqual(['/b/index.html', '/a/index.html']);
    t.disk.add('/c/index.html').add('/d/index.html');
    t.pages.line(' (+80ms) ');
    t.pages.line(' (+9ms) ');
    expect(t.reported).toEqual(['/b/index.html', '/a/index.html', '/c/index.html', '/d/index.html']);
  });

  it('checks nothing before a mark, and reports a page written with no mark only at the next one', () => {
    const t = tracker();
    t.disk.add('/a/index.html');
    t.pages.line('07:49:34   ├─ /a/index.html');
    expect(t.checks()).toBe(0);
    expect(t.reported).toEqual([]);
    t.pages.line(' (+5ms) ');
    expect(t.reported).toEqual(['/a/index.html']);
  });

  it('gives up on a page that never appears under its printed name once newer pages pass it, and stays small', () => {
    const t = tracker(4);
    t.pages.line('07:49:34   ├─ /daten/massnahmen.csv/ (+28ms) ');
    for (let i = 0; i < 10; i++) {
      t.disk.add(`/p${i}/index.html`);
      t.pages.line(`07:49:34   ├─ /p${i}/index.html (+2ms) `);
    }
    expect(t.reported).toEqual(Array.from({ length: 10 }, (_, i) => `/p${i}/index.html`));
    // The endpoint was checked at most while it was among the last 4 pages started.
    expect(t.checks()).toBeLessThanOrEqual(1 + 10 + 3);
  });
});

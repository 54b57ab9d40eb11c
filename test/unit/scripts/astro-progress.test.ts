/** Reading Astro's build log for the pages it has written (scripts/lib/astro-progress.ts). */
import { describe, expect, it } from 'vitest';
import { lineSplitter, writtenPage } from '../../../scripts/lib/astro-progress.ts';

describe('pages written, from the lines of `astro build`', () => {
  it('names the page of a finished line, with or without colours, fast or slow', () => {
    expect(writtenPage('04:48:01   ├─ /aktuelles/2026-10-29-meldung-591/index.html (+635ms) ')).toBe('/aktuelles/2026-10-29-meldung-591/index.html');
    expect(writtenPage('04:48:01   ├─ /404.html (+1.25s)')).toBe('/404.html');
    expect(writtenPage('\u001b[2m04:48:01\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/a b/index.html\u001b[22m \u001b[31m(+2.10s)\u001b[39m ')).toBe('/a b/index.html');
  });

  it('names no page for a line whose file is not written yet, was not created, or that is not a page line', () => {
    expect(writtenPage('04:48:01   ├─ /regionalbudgets/x/index.html')).toBeUndefined();
    expect(writtenPage('04:48:01   ├─ /leer/index.html (+3ms) (file not created, response body was empty)')).toBeUndefined();
    expect(writtenPage('04:47:56 [vite] ✓ built in 5.58s')).toBeUndefined();
    expect(writtenPage(' generating static routes ')).toBeUndefined();
  });

  it('joins a page line written in two parts and keeps every line, the last one too', () => {
    const lines: string[] = [];
    const split = lineSplitter((l) => lines.push(l));
    split.push('04:48:01   ├─ /a/index.html');
    split.push(' (+5ms) \n04:48:01   ├─ /b/');
    split.push('index.html (+6ms) \nEnde');
    split.end();
    expect(lines).toEqual(['04:48:01   ├─ /a/index.html (+5ms) ', '04:48:01   ├─ /b/index.html (+6ms) ', 'Ende']);
    expect(lines.map(writtenPage)).toEqual(['/a/index.html', '/b/index.html', undefined]);
  });
});

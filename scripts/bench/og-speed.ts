/**
 * Share images, per image on one thread, in CPU time: the build's renderer (cards painted from cached glyph
 * masks into a palette PNG, scripts/lib/og-raster.ts) against the previous one (the whole card rasterised by
 * resvg from glyph outlines, RGBA PNG), bytes per image, and how far both are from resvg's rendering of <text>.
 * Usage:
 *   node scripts/bench/og-speed.ts [--cards 400] [--out <dir>]   (--out writes both PNGs of the first cards)
 * The cards are the real content's followed by generated ones (scripts/bench/generate.ts, seed 1), every
 * second card of them, as one of two worker threads gets them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import { shareCards } from '../../src/lib/share-image/cards.ts';
import { fontMetrics } from '../../src/lib/share-image/font-metrics.ts';
import { cardSvg } from '../../src/lib/share-image/svg.ts';
import { FONT_FILES, glyphMaskCount, rasterize, renderCardPng, renderPng } from '../lib/og-render.ts';
import { outliner } from '../lib/og-outline.ts';
import { pixelDifference } from '../lib/og-diff.ts';
import { REPO_ROOT } from '../lib/run.ts';
import { generate } from './generate.ts';
import { decodePng } from '../../test/helpers/png.ts';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '400' }, out: { type: 'string' } } });
const count = Number(values.cards);
const work = mkdtempSync(join(tmpdir(), 'og-speed-'));
try {
  generate(work, { regionalbudgets: Math.ceil(count / 18), measures: 25, news: Math.ceil(count / 10), seed: 1 });
  const model = validateRepo(work).model;
  const real = validateRepo(REPO_ROOT).model;
  if (!model || !real) throw new Error('Inhalte ungültig');
  const cards = [...shareCards(real), ...shareCards(model).filter((_, i) => i % 2 === 0)].slice(0, count);
  const fonts = { regular: fontMetrics(readFileSync(FONT_FILES.regular)), bold: fontMetrics(readFileSync(FONT_FILES.bold)) };
  const outline = outliner(FONT_FILES);
  outline.run({ x: 0, y: 0, size: 10, weight: 400, fill: '#000', content: 'warm', anchor: 'start' });
  outline.run({ x: 0, y: 0, size: 10, weight: 700, fill: '#000', content: 'warm', anchor: 'start' });

  // CPU time of this process, not wall time: the machine is shared, and the figure should not depend on what
  // else runs (the wall time is printed too).
  const time = (label: string, n: number, f: (i: number) => number) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let bytes = 0;
    for (let i = 0; i < n; i++) bytes += f(i);
    const wall = (performance.now() - t0) / n;
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000 / n;
    console.log(`${label.padEnd(52)} ${ms.toFixed(2)} ms CPU/Bild (${wall.toFixed(1)} ms Wand)${bytes ? `, ${Math.round(bytes / n)} B/Bild` : ''}`);
    return ms;
  };
  // The previous renderer on a sample: it is ~40 × slower.
  const sample = Math.min(cards.length, 60);
  const before = time(`vorher: resvg (Pfade) + RGBA-PNG, ${sample} Karten`, sample, (i) => renderPng(cardSvg(cards[i]!, fonts, outline.run)).length);
  const cold = time(`nachher, erster Durchgang (Glyphenmasken entstehen), ${cards.length} Karten`, cards.length, (i) => renderCardPng(cards[i]!).length);
  console.log(`Glyphenmasken dieses Threads: ${glyphMaskCount()}, Heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
  const warm = time('nachher, zweiter Durchgang (alle Masken vorhanden)', cards.length, (i) => renderCardPng(cards[i]!).length);
  console.log(`Faktor: ${(before / cold).toFixed(1)} (erster Durchgang), ${(before / warm).toFixed(1)} (Masken vorhanden)`);

  let max = 0;
  let sum = 0;
  let differing = 0;
  let pixels = 0;
  for (const card of cards) {
    const mine = decodePng(renderCardPng(card)).rgba;
    const ref = rasterize(cardSvg(card, fonts)).pixels;
    const d = pixelDifference(mine, ref, 0);
    differing += d.share * (ref.length / 4);
    pixels += ref.length / 4;
    max = Math.max(max, d.max);
    for (let i = 0; i < ref.length; i++) sum += Math.abs((mine[i] ?? 0) - (ref[i] ?? 0));
  }
  console.log(
    `Abstand zu resvg aus <text> über ${cards.length} Karten: ${differing} von ${pixels} Pixeln weichen ab (${((differing / pixels) * 100).toFixed(5)} %), größte Abweichung ${max}/255, mittlere ${(sum / pixels / 4).toFixed(6)}/255 je Kanal`,
  );
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    for (let i = 0; i < Math.min(3, cards.length); i++) {
      writeFileSync(join(values.out, `${i}-vorher.png`), renderPng(cardSvg(cards[i]!, fonts, outline.run)));
      writeFileSync(join(values.out, `${i}-nachher.png`), renderCardPng(cards[i]!));
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

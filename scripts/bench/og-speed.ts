/**
 * Share images, per image on one thread: SVG with <text> (resvg shapes and outlines it) against SVG with the
 * glyph outlines from scripts/lib/og-outline.ts, and how far apart their pixels are. Usage:
 *   node scripts/bench/og-speed.ts [--cards 200] [--out <dir>]   (--out writes both PNGs of the first cards)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import { shareCards } from '../../src/lib/share-image/cards.ts';
import { fontMetrics } from '../../src/lib/share-image/font-metrics.ts';
import { cardSvg } from '../../src/lib/share-image/svg.ts';
import { FONT_FILES, rasterize, renderPng } from '../lib/og-render.ts';
import { outliner } from '../lib/og-outline.ts';
import { pixelDifference } from '../lib/og-diff.ts';
import { generate } from './generate.ts';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '200' }, out: { type: 'string' } } });
const count = Number(values.cards);
const work = mkdtempSync(join(tmpdir(), 'og-speed-'));
try {
  generate(work, { regionalbudgets: Math.ceil(count / 26), measures: 25, news: 0, seed: 1 });
  const model = validateRepo(work).model;
  if (!model) throw new Error('generierte Inhalte ungültig');
  const cards = shareCards(model).slice(0, count);
  const fonts = { regular: fontMetrics(readFileSync(FONT_FILES.regular)), bold: fontMetrics(readFileSync(FONT_FILES.bold)) };
  const outline = outliner(FONT_FILES);
  outline.run({ x: 0, y: 0, size: 10, weight: 400, fill: '#000', content: 'warm', anchor: 'start' });
  outline.run({ x: 0, y: 0, size: 10, weight: 700, fill: '#000', content: 'warm', anchor: 'start' });

  // CPU time of this thread's process, not wall time: the machine is shared, and the figure should not
  // depend on what else runs (the wall time is printed too).
  const time = (label: string, f: (i: number) => void) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < cards.length; i++) f(i);
    const wall = (performance.now() - t0) / cards.length;
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000 / cards.length;
    console.log(`${label.padEnd(44)} ${ms.toFixed(2)} ms CPU/Bild (${wall.toFixed(1)} ms Wand)`);
    return ms;
  };
  const textSvgs = cards.map((c) => cardSvg(c, fonts));
  const pathSvgs: string[] = [];
  time('SVG mit Glyphenpfaden erzeugen', (i) => pathSvgs.push(cardSvg(cards[i]!, fonts, outline.run)));
  const before = time('vorher: <text>, resvg + encodePng', (i) => renderPng(textSvgs[i]!));
  const after = time('nachher: Pfade, resvg + encodePng', (i) => renderPng(pathSvgs[i]!));
  time('nachher ohne PNG-Kodierung', (i) => rasterize(pathSvgs[i]!));
  console.log(`Faktor ${(before / after).toFixed(2)}; SVG ${Math.round(textSvgs[0]!.length / 1024)} → ${Math.round(pathSvgs[0]!.length / 1024)} KB`);

  let worst = { share: 0, max: 0 };
  for (let i = 0; i < cards.length; i++) {
    const a = rasterize(textSvgs[i]!);
    const b = rasterize(pathSvgs[i]!);
    const d = pixelDifference(a.pixels, b.pixels);
    if (d.share > worst.share) worst = d;
  }
  console.log(`Pixelabstand (schlechtestes Bild): ${(worst.share * 100).toFixed(3)} % der Pixel weichen um mehr als 8/255 ab, größte Abweichung ${worst.max}/255`);
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    for (let i = 0; i < Math.min(3, cards.length); i++) {
      writeFileSync(join(values.out, `${i}-text.png`), renderPng(textSvgs[i]!));
      writeFileSync(join(values.out, `${i}-pfade.png`), renderPng(pathSvgs[i]!));
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

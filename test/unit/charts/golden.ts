/**
 * Golden-file comparison. A mismatch writes `<name>-changed.svg` next to the golden and fails; a missing
 * golden is written and the test fails too, so a reviewer looks at every new picture before it counts.
 * A passing run removes a stale `-changed` file, so only failures leave files behind.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./golden/', import.meta.url));

export function normaliseSvg(svg: string): string {
  return `${svg.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim()}\n`;
}

export function matchGolden(name: string, svg: string): void {
  mkdirSync(DIR, { recursive: true });
  const goldenPath = `${DIR}${name}.svg`;
  const changedPath = `${DIR}${name}-changed.svg`;
  const actual = normaliseSvg(svg);
  if (!existsSync(goldenPath)) {
    writeFileSync(goldenPath, actual);
    throw new Error(`Golden ${name}.svg fehlte und wurde geschrieben: bitte ansehen, prüfen und den Test erneut ausführen.`);
  }
  if (normaliseSvg(readFileSync(goldenPath, 'utf8')) === actual) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  throw new Error(
    `SVG ${name} weicht vom Golden ab; neue Fassung: golden/${name}-changed.svg. ` +
      'Wenn die Änderung gewollt ist, die Datei über golden/' + name + '.svg kopieren.',
  );
}

/** A chart's wide SVG and its narrow (phone) variant against `<name>.svg` and `<name>-narrow.svg`. */
export function matchGoldenChart(name: string, chart: { svg: string; narrow?: string | undefined }): void {
  matchGolden(name, chart.svg);
  matchGolden(`${name}-narrow`, chart.narrow ?? '');
}

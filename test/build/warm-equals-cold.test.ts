/**
 * Incremental never means stale: a warm build (pages taken over from the published version by their key,
 * src/lib/io/page-reuse.ts and render-keys.ts, and the share-image cache of the previous build) gives exactly
 * the files a cold build of the same content gives. Small generated project (scripts/bench/generate.ts); two rounds of
 * edits, each built warm and then cold into another folder with empty caches, and the two trees compared
 * file by file (names and bytes). No file is exempt. Regionalbudget 6 stays unchanged: its pages are taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { raiseFirstAmount } from '../../scripts/bench/change-measure.ts';
import { generate } from '../../scripts/bench/generate.ts';
import { listFiles } from '../../scripts/lib/built-pages.ts';
import { currentSite } from '../../scripts/lib/site-dir.ts';
import { BUILD_DATE, ROOT } from '../helpers/site.ts';

const work = mkdtempSync(join(tmpdir(), 'rb-warm-cold-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const root = join(work, 'content-root');
generate(root, { regionalbudgets: 6, measures: 4, news: 6, seed: 7 });

/** The environment of a build with the caches under `caches`. */
function buildEnv(caches: string): NodeJS.ProcessEnv {
  return {
    // Only the machine's basics: vitest's own variables (NODE_ENV=test, VITEST, …) put the build in a mode
    // in which no page is taken over; build as `npm run build` does.
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => /^(HOME|LANG|LC_\w+|TZ|TMPDIR|CI)$/.test(name))),
    RB_BUILD_DATE: BUILD_DATE,
    RB_CACHE_DIR: join(caches, 'astro'),
    RB_OG_CACHE_DIR: join(caches, 'og'),
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
  };
}

/** Builds `root` into `out` with the caches under `caches`; returns the build's output. */
function build(out: string, caches: string): string {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts', '--root', root, '--out', out], { cwd: ROOT, encoding: 'utf8', env: buildEnv(caches) });
  const output = result.stdout + result.stderr;
  expect(result.status, output.slice(-4000)).toBe(0);
  return output;
}

/** Files only in one tree, and files whose bytes differ. */
function differences(warm: string, cold: string): string[] {
  const a = listFiles(warm);
  const b = new Set(listFiles(cold));
  const found: string[] = [];
  for (const file of a) {
    if (!b.has(file)) found.push(`nur warm: ${file}`);
    else if (!readFileSync(join(warm, file)).equals(readFileSync(join(cold, file)))) found.push(`verschieden: ${file}`);
    b.delete(file);
  }
  for (const file of b) found.push(`nur kalt: ${file}`);
  return found;
}

/** Files the build took over from the published version (its own count, scripts/build.ts). */
const taken = (output: string): number => {
  const match = /Astro: (\d+) Seiten und Dateien mit Schlüssel gerendert, (\d+) aus der veröffentlichten Fassung übernommen/.exec(output);
  if (!match) throw new Error(`Keine Angabe zu übernommenen Seiten in der Ausgabe:\n${output.slice(-2000)}`);
  return Number(match[2]);
};
const rbDir = (i: number) => join(root, 'content/regionalbudgets', `landkreis-00${i}-2023`);
type Budget = { totals: Record<string, number>; lines: { measure: string; amounts: Record<string, number> }[] };
type Schedule = { rows: { measure: string; quarters: string[] }[] };
const readJson = <T,>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** Adds a measure with money in 2024 to Regionalbudget `i` (file, budget line and total, schedule row). */
function addMeasure(i: number, slug: string): void {
  const id = `landkreis-00${i}-2023`;
  writeFileSync(join(rbDir(i), 'massnahmen', `${slug}.md`), `---\nnumber: 99\ntitle: Neue Maßnahme Radwegweiser\nhandlungsfeld: klimaneutrale-region\nsummary: Eine neu aufgenommene Maßnahme.\n---\n\nWegweiser für den Radverkehr.\n`);
  const budgetPath = join(root, 'data/budgets', `${id}.json`);
  const budget = readJson<Budget>(budgetPath);
  budget.lines.push({ measure: slug, amounts: { '2024': 1234.5 } });
  budget.totals['2024'] = Math.round(((budget.totals['2024'] ?? 0) + 1234.5) * 100) / 100;
  writeJson(budgetPath, budget);
  const schedulePath = join(root, 'data/schedules', `${id}.json`);
  const schedule = readJson<Schedule>(schedulePath);
  schedule.rows.push({ measure: slug, quarters: ['2024-Q1..2024-Q4'] });
  writeJson(schedulePath, schedule);
}

/** Deletes the last measure of Regionalbudget `i` with its budget line (total adjusted) and schedule row; returns its slug. */
function deleteMeasure(i: number): string {
  const id = `landkreis-00${i}-2023`;
  const file = readdirSync(join(rbDir(i), 'massnahmen')).sort().at(-1) as string;
  const slug = file.replace(/\.md$/, '');
  unlinkSync(join(rbDir(i), 'massnahmen', file));
  const budgetPath = join(root, 'data/budgets', `${id}.json`);
  const budget = readJson<Budget>(budgetPath);
  const line = budget.lines.find((l) => l.measure === slug);
  for (const [year, euros] of Object.entries(line?.amounts ?? {})) budget.totals[year] = Math.round(((budget.totals[year] ?? 0) - euros) * 100) / 100;
  budget.lines = budget.lines.filter((l) => l.measure !== slug);
  writeJson(budgetPath, budget);
  const schedulePath = join(root, 'data/schedules', `${id}.json`);
  const schedule = readJson<Schedule>(schedulePath);
  schedule.rows = schedule.rows.filter((r) => r.measure !== slug);
  writeJson(schedulePath, schedule);
  return slug;
}

const out = join(work, 'site', 'dist');
const caches = join(work, 'caches');
let round = 0;

/** Builds warm (same out and caches as before) and cold (new out, empty caches); both trees must be equal. */
function warmEqualsCold(): { warm: string; cold: string; output: string } {
  round++;
  const output = build(out, caches);
  const coldOut = join(work, `cold-${round}`, 'dist');
  build(coldOut, join(work, `cold-caches-${round}`));
  const warm = currentSite(out) as string;
  const cold = currentSite(coldOut) as string;
  expect(differences(warm, cold)).toEqual([]);
  return { warm, cold, output };
}

it('takes unchanged pages over, renders changed ones and deleted ones disappear, as a cold build would', () => {
  const first = build(out, caches);
  expect(taken(first), 'der erste Build hat keinen Cache').toBe(0);

  // One kind of change per Regionalbudget, so a key that misses one of them leaves a page stale.
  // 1: a measure's text only.
  const changedDir = join(rbDir(1), 'massnahmen');
  const changed = join(changedDir, readdirSync(changedDir).sort()[0] as string);
  writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nGeändert für den warmen Build.\n`);
  // 2: a new measure; 3: a measure deleted.
  addMeasure(2, 'neue-massnahme-radwegweiser');
  const deleted = deleteMeasure(3);
  // 4: a news item about another Regionalbudget (not 1, 4 or 6) now names a measure of Regionalbudget 4 (its page lists it).
  const newsDir = join(root, 'content/aktuelles');
  const newsFile = join(newsDir, readdirSync(newsDir).sort().find((f) => !/landkreis-00[146]-2023/.test(readFileSync(join(newsDir, f), 'utf8'))) as string);
  const target = readdirSync(join(rbDir(4), 'massnahmen')).sort()[0]!.replace(/\.md$/, '');
  writeFileSync(newsFile, readFileSync(newsFile, 'utf8').replace(/^regionalbudgets: .*$/m, (line) => `${line}\nmeasures: [landkreis-004-2023/${target}]`));
  // 5: an amount only (and the total), in the budget file.
  raiseFirstAmount(join(root, 'data/budgets/landkreis-005-2023.json'), 25);

  const { warm, cold, output } = warmEqualsCold();
  // Regionalbudget 6 is unchanged (and the news items about it only): its pages are taken over, even though
  // entries were added and deleted elsewhere (Astro's own incremental build took nothing over then).
  console.log(`Warmer Build: ${taken(output)} Seiten aus der veröffentlichten Fassung übernommen`);
  expect(taken(output)).toBeGreaterThan(0);
  expect(readFileSync(join(warm, 'regionalbudgets/landkreis-004-2023', 'massnahmen', target, 'index.html'), 'utf8')).toContain('Aktuelles zu dieser Maßnahme');
  const changedPage = join(warm, 'regionalbudgets/landkreis-001-2023/massnahmen', basename(changed, '.md'), 'index.html');
  expect(readFileSync(changedPage, 'utf8')).toContain('Geändert für den warmen Build');
  // Slugs repeat across Regionalbudgets (the generator numbers measures per Regionalbudget): only Regionalbudget 3's is gone.
  expect(listFiles(warm).filter((f) => f.includes('landkreis-003-2023') && f.includes(deleted))).toEqual([]);
  expect(listFiles(cold).filter((f) => f.includes('landkreis-003-2023') && f.includes(deleted))).toEqual([]);
  expect(listFiles(warm).some((f) => f.includes('neue-massnahme-radwegweiser'))).toBe(true);
}, 1_800_000);

it('with only a text and an amount changed, takes the other Regionalbudgets\' pages over and still equals a cold build', () => {
  // No entry added or deleted: this is the edit the incremental build is for, so pages must be taken over
  // (Regionalbudget 6 and the others are unchanged) and the changed ones rendered again.
  const changedDir = join(rbDir(6), 'massnahmen');
  const changed = join(changedDir, readdirSync(changedDir).sort()[0] as string);
  writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nZweite Änderung für den warmen Build.\n`);
  raiseFirstAmount(join(root, 'data/budgets/landkreis-006-2023.json'), 10);
  const { warm, output } = warmEqualsCold();
  console.log(`Warmer Build (nur Text und Betrag): ${taken(output)} Seiten übernommen`);
  expect(taken(output)).toBeGreaterThan(0);
  expect(readFileSync(join(warm, 'regionalbudgets/landkreis-006-2023/massnahmen', basename(changed, '.md'), 'index.html'), 'utf8')).toContain('Zweite Änderung');
}, 1_800_000);

/** Starts a build of `root` into `out` that stops after Astro (before the search index) and kills it there. */
async function killedAfterAstro(caches: string): Promise<string> {
  const child = spawn(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts', '--root', root, '--out', out], {
    cwd: ROOT,
    env: { ...buildEnv(caches), RB_BUILD_PAUSE_AT: 'suchindex' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 600_000;
  while (!output.includes('RB_BUILD_PAUSED suchindex')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Build hielt nicht vor dem Suchindex an:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(-(child.pid ?? 0), 'SIGKILL');
  await exited;
  return output;
}

it('equals a cold build after a build of a change was killed before it was published', async () => {
  const changedDir = join(rbDir(1), 'massnahmen');
  const file = readdirSync(changedDir).sort()[0] as string;
  const changed = join(changedDir, file);
  const sentence = 'Neu im Text: Verkehrsanbindungskonzept.';
  writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n${sentence}\n`);
  // That build renders Regionalbudget 1's pages and is killed before it is published: nothing it wrote may make
  // the next build take a page over that it should render.
  await killedAfterAstro(caches);
  const { warm, output } = warmEqualsCold();
  console.log(`Warmer Build nach abgebrochenem Build: ${taken(output)} Seiten übernommen`);
  const page = join(warm, 'regionalbudgets/landkreis-001-2023/massnahmen', basename(file, '.md'), 'index.html');
  expect(readFileSync(page, 'utf8').replaceAll('\u00ad', '')).toContain(sentence);
}, 1_800_000);

it('renders every page again when data/site.json changes', () => {
  const sitePath = join(root, 'data/site.json');
  const site = readJson<{ name: string }>(sitePath);
  site.name = 'Regionalbudget-Portal (umbenannt)';
  writeJson(sitePath, site);
  const { warm } = warmEqualsCold();
  expect(readFileSync(join(warm, 'regionalbudgets/landkreis-001-2023/index.html'), 'utf8')).toContain('Regionalbudget-Portal (umbenannt)');
}, 1_200_000);

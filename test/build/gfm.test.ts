/**
 * GitHub-flavoured Markdown in content files: tables, footnotes (with German labels), autolinks and
 * strikethrough render as HTML. Built from a copy of the real content plus one news item that uses them,
 * and a budget plan for Leipzig, whose measure „24-7-laden-suedraum“ starts with a digit (its chart ids
 * once stopped the build although `npm run check` passed).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';

const root = mkdtempSync(join(tmpdir(), 'rb-gfm-'));
let html = '';
let digitMeasure = '';
const DIGIT_SLUG = '24-7-laden-suedraum';

beforeAll(() => {
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  writeFileSync(
    join(root, 'content/aktuelles/2024-05-02-gfm-probe.md'),
    [
      '---',
      'title: "Probe für Tabellen und Fußnoten"',
      'date: "2024-05-02"',
      'summary: "Eine Meldung, die GitHub-flavoured Markdown verwendet."',
      '---',
      '',
      '| Jahr | Betrag |',
      '| ---- | -----: |',
      '| 2023 | 10.000 € |',
      '',
      'Ein Satz mit Fußnote[^quelle], ~~altem Wert~~ und dem Link https://www.example.org/bericht.',
      '',
      '[^quelle]: Konzept, Anlage 1.',
      '',
    ].join('\n'),
  );
  const leipzig = readdirSync(join(root, 'content/regionalbudgets/leipzig-2022/massnahmen')).map((f) => f.replace(/\.mdx?$/, ''));
  if (!leipzig.includes(DIGIT_SLUG)) throw new Error(`${DIGIT_SLUG} fehlt in den Leipziger Maßnahmen`);
  writeFileSync(
    join(root, 'data/budgets/leipzig-2022.json'),
    JSON.stringify({
      regionalbudget: 'leipzig-2022',
      currency: 'EUR',
      basis: 'brutto',
      source: 'Budgetplan nur für den Test',
      years: [2023],
      totals: { '2023': leipzig.length * 1000 },
      lines: leipzig.map((measure) => ({ measure, amounts: { '2023': 1000 } })),
    }),
  );
  const dist = join(root, 'dist');
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts', '--root', root, '--out', dist], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', RB_CACHE_DIR: join(root, 'astro-cache'), RB_OG_CACHE_DIR: join(root, 'og-cache'), PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
  });
  if (result.status !== 0) throw new Error(`Build fehlgeschlagen:\n${result.stderr}`);
  html = readFileSync(join(dist, 'aktuelles/2024-05-02-gfm-probe/index.html'), 'utf8');
  digitMeasure = readFileSync(join(dist, `regionalbudgets/leipzig-2022/massnahmen/${DIGIT_SLUG}/index.html`), 'utf8');
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('GitHub-flavoured Markdown', () => {
  it('renders a table with header cells', () => {
    expect(html).toMatch(/<table>[\s\S]*<th[^>]*>Jahr<\/th>[\s\S]*<td[^>]*>(?:<span class="amount">)?10\.000 €(?:<\/span>)?<\/td>[\s\S]*<\/table>/);
  });

  it('renders footnotes with a German heading and back link', () => {
    expect(html).toMatch(/<sup><a href="#[^"]*quelle"[^>]*>1<\/a><\/sup>/);
    expect(html).toContain('Fußnoten');
    expect(html).toContain('Zurück zur Fußnote 1');
    expect(html).toContain('Konzept, Anlage 1.');
  });

  it('renders strikethrough and autolinks', () => {
    expect(html).toContain('<del>altem Wert</del>');
    expect(html).toContain('<a href="https://www.example.org/bericht">https://www.example.org/bericht</a>');
  });
});

describe('a measure slug that starts with a digit', () => {
  it('builds its page with a budget chart whose ids are valid', () => {
    const svg = /<svg[^>]*aria-labelledby="([^"]+)"/.exec(digitMeasure);
    expect(svg?.[1]).toBe(`m-${DIGIT_SLUG}-budget-title m-${DIGIT_SLUG}-budget-desc`);
    expect(digitMeasure).toContain(`id="m-${DIGIT_SLUG}-budget-title"`);
  });
});

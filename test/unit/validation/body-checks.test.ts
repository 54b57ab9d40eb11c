/**
 * Bodies of Markdown and MDX files: the check refuses what could run a script (raw HTML, event handlers,
 * script URLs, also obfuscated), MDX code (import/export, expressions, components), and MDX syntax errors,
 * each with a German message at the line of the file (frontmatter included). Valid bodies pass.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/lib/validation/body-checks.ts';
import { formatIssue } from '../../../src/lib/validation/issue.ts';
import { forbiddenScheme } from '../../../src/lib/validation/unsafe-markup.ts';
import { TempRepo, removeTempRepos } from '../../helpers/temp-repo.ts';

afterAll(removeTempRepos);

const HEAD = '---\ntitle: "T"\nsummary: "S"\n---\n\nErster Absatz.\n\n';
/** The body starts at line 6; `text` lands on line 8. */
const LINE = 8;
const md = (text: string) => checkBody('content/aktuelles/x.md', `${HEAD}${text}\n`);
const mdx = (text: string) => checkBody('content/projekte/x.mdx', `${HEAD}${text}\n`);

describe('Markdown bodies', () => {
  it.each([
    ['<script>alert(1)</script>', /<script>/],
    ['<SCRIPT src="https://example.org/x.js"></SCRIPT>', /<script>/],
    ['<iframe src="https://example.org/"></iframe>', /<iframe>/],
    ['<object data="x.swf"></object>', /<object>/],
    ['<embed src="x.swf">', /<embed>/],
    ['<style>body { display: none }</style>', /<style>/],
    ['<svg><a href="#"><animate attributeName="href" values="javascript:alert(1)"/></a></svg>', /<svg>/],
    ['<meta http-equiv="refresh" content="0; url=https://example.org/">', /<meta>/],
    ['<img src="x.png" onerror="alert(1)">', /Das Attribut onerror an <img>/],
    ['Text <span onmouseover="alert(1)">hier</span>.', /Das Attribut onmouseover an <span>/],
    ['<div\n  ONCLICK="alert(1)">x</div>', /Das Attribut onclick an <div>/],
    ['<a href="javascript:alert(1)">x</a>', /„javascript:“/],
    ['<a href="JaVa&#x53;cript:alert(1)">x</a>', /„javascript:“/],
    ['<a href="java&#x09;script:alert(1)">x</a>', /„javascript:“/],
    ['<a href="java\tscript:alert(1)">x</a>', /„javascript:“/],
    ['<a href=" &#106;avascript&colon;alert(1)">x</a>', /„javascript:“/],
    ['<a href="vbscript:msgbox(1)">x</a>', /„vbscript:“/],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', /„data:“/],
    ['<img srcset="a.png 1x, javascript:alert(1) 2x">', /„javascript:“/],
    ['[Klick](javascript:alert(1))', /„javascript:“/],
    ['[Klick](JaVa&#x53;cript:alert(1))', /„javascript:“/],
    ['[Klick](<java script:alert(1)>)', /„javascript:“/],
    ['![Bild](data:text/html,<b>x</b>)', /„data:“/],
    ['<javascript:alert(1)>', /„javascript:“/],
    ['[Klick][ref]\n\n[ref]: vbscript:msgbox(1)', /„vbscript:“/],
    ['<a href="https://example.org/" style="position:fixed">x</a>', /style/],
  ])('refuses %j', (text, pattern) => {
    const issues = md(text);
    expect(issues.length, JSON.stringify(issues)).toBeGreaterThanOrEqual(1);
    const issue = issues[0];
    expect(`${issue?.message} ${issue?.found}`).toMatch(pattern);
    expect(issue?.file).toBe('content/aktuelles/x.md');
    expect(issue?.line).toBeGreaterThanOrEqual(LINE);
    expect(issue?.line).toBeLessThanOrEqual(LINE + 2);
    expect(formatIssue(issue as never)).toMatch(/^content\/aktuelles\/x\.md:\d+:\d+ Fehler: .+ Erwartet: .+; gefunden: .+\.$/);
  });

  it('reports at the line of the mistake', () => {
    expect(md('Text.\n\nMehr Text.\n\n<img src="x.png" onerror="alert(1)">')[0]?.line).toBe(LINE + 4);
    expect(md('<div>\nText\n<img src=x onerror=alert(1)>\n</div>')[0]?.line).toBe(LINE + 2);
  });

  it.each([
    'Ein Satz über javascript: eine Programmiersprache.',
    '[Website](https://example.org/) und [Mail](mailto:info@example.org) und [Telefon](tel:+49341123)',
    '<details><summary>Mehr</summary>Weitere Angaben.</details>',
    '<abbr title="javascript: Skriptsprache">JS</abbr>',
    '`<script>alert(1)</script>` als Code',
    '```html\n<script>alert(1)</script>\n```',
    '![Karte](/bilder/karte.png)',
    '<a href="/regionalbudgets/">Übersicht</a>',
    'Eine Tabelle:\n\n| a | b |\n| - | - |\n| 1 | 2 |',
    '{Klammern} sind in Markdown nur Text',
  ])('accepts %j', (text) => {
    expect(md(text)).toEqual([]);
  });
});

describe('MDX bodies', () => {
  it.each([
    ['import Karte from "../../src/components/Karte.astro"', /import/],
    ['export const geheim = process.env.HOME', /export/],
    ['Summe: {1 + 1}', /Ausdrücke/],
    ['{process.exit(1)}', /Ausdrücke/],
    ['<Karte ort="Leipzig" />', /Komponente <Karte>/],
    ['<ui.Karte />', /Komponente/],
    ['<div onClick="alert(1)">x</div>', /onClick/],
    ['<a href={"javascript:alert(1)"}>x</a>', /JavaScript-Ausdruck/],
    ['<a {...props}>x</a>', /JavaScript-Ausdruck/],
    ['<a href="JaVa&#x53;cript:alert(1)">x</a>', /„javascript:“/],
    ['<script>{"alert(1)"}</script>', /<script>/],
    ['<iframe src="https://example.org/" />', /<iframe>/],
    ['[Klick](javascript:alert(1))', /„javascript:“/],
  ])('refuses %j', (text, pattern) => {
    const issues = mdx(text);
    expect(issues.length, JSON.stringify(issues)).toBeGreaterThanOrEqual(1);
    expect(`${issues[0]?.message} ${issues[0]?.found}`).toMatch(pattern);
    expect(issues[0]?.line).toBe(LINE);
  });

  it.each([
    ['<div>\n\nText ohne Ende', /<div> wird nicht geschlossen/, LINE],
    ['Text\n\n</div>', /kein öffnendes <div>/, LINE + 2],
    ['Ein <b>fetter</i> Text', /<\/i> passt nicht: Offen ist noch <b>/, LINE],
    ['Summe: {1 +}', /kein gültiger Ausdruck/, LINE],
    ['Klammer { offen', /schließende „}“/, LINE],
    ['<a href="x">', /<a> wird nicht geschlossen/, LINE],
  ])('reports the syntax error in %j in German at its line', (text, pattern, line) => {
    const issues = mdx(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(pattern);
    expect(issues[0]?.line).toBe(line);
    expect(formatIssue(issues[0] as never)).not.toMatch(/Expected|Unexpected|mdx-jsx|oxc/);
  });

  it.each(['Text mit {/* Kommentar für die Redaktion */} darin.', '<details>\n<summary>Mehr</summary>\n\nText\n\n</details>', 'Klammern als Text: \\{ und \\}', '[Link](https://example.org/)'])('accepts %j', (text) => {
    expect(mdx(text)).toEqual([]);
  });
});

describe('forbiddenScheme', () => {
  it('sees through case, whitespace, control characters and entities', () => {
    for (const url of ['javascript:x', 'JAVASCRIPT:x', ' javascript:x', 'java\nscript:x', 'java\u0000script:x', 'jav&#x61;script:x', 'javascript&colon;x', 'java&Tab;script:x', '\u200bjavascript:x']) {
      expect(forbiddenScheme(url), JSON.stringify(url)).toBe('javascript');
    }
    for (const url of ['https://x.de/javascript:', '/javascript:x', 'javascript%3Ax', 'mailto:a@b.de', '#javascript:']) expect(forbiddenScheme(url), url).toBeUndefined();
  });
});

describe('npm run check (validateRepo)', () => {
  it('reports a script in a news body and an unclosed tag in an MDX body at their lines in the file', () => {
    const p = new TempRepo()
      .replace('content/aktuelles/ohne-datum.md', '\nText.', '\nText.\n\n<img src="x.png" onerror="alert(1)">')
      .replace('content/projekte/beispielprojekt.mdx', '\nText.', '\nText.\n\n<div>\n\nOffen.');
    const errors = p.validate().errors;
    expect(errors.map((e) => [e.file, e.line])).toEqual([
      ['content/aktuelles/ohne-datum.md', p.lineOf('content/aktuelles/ohne-datum.md', 'onerror')],
      ['content/projekte/beispielprojekt.mdx', p.lineOf('content/projekte/beispielprojekt.mdx', '<div>')],
    ]);
  });

  it('checks the body even when the frontmatter of the file is broken', () => {
    const p = new TempRepo().replace('content/aktuelles/ohne-datum.md', 'title: "Meldung ohne Datum"', 'titel: "Meldung ohne Datum"').replace('content/aktuelles/ohne-datum.md', '\nText.', '\n<script>alert(1)</script>');
    const errors = p.validate().errors.filter((e) => e.file === 'content/aktuelles/ohne-datum.md');
    expect(errors.some((e) => e.message.includes('<script>'))).toBe(true);
  });
});

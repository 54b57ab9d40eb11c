/** scripts/check-links.ts on a small hand-made dist: finds each kind of broken link, accepts the good ones. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkLinks } from '../../../scripts/check-links.ts';

const SITE = 'https://portal.example';
let dist: string;

function file(path: string, content: string) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), content);
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'rb-links-'));
  file(
    'index.html',
    `<!doctype html><html lang="de"><head><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="${SITE}/"><meta property="og:image" content="${SITE}/og/fehlt.png"></head><body>
<a href="#inhalt">ok</a><main id="inhalt"></main>
<a href="/seite/">ok</a><a href="/seite/#abschnitt">ok</a><a href="seite/">relativ ok</a>
<a href="/seite/#nirgends">Anker fehlt</a><a href="/fehlt/">Seite fehlt</a><a href="/seite">ohne Schrägstrich</a>
<img src="/bild.svg" alt=""><img src="/fehlt.png" alt=""><img srcset="/bild.svg 1x, /gross.svg 2x" alt="">
<a href="https://extern.example/x">extern</a><a href="mailto:a@b.example">Mail</a><a href="#">leer</a>
<form action="/seite/"></form></body></html>`,
  );
  file('seite/index.html', '<!doctype html><html lang="de"><body><h2 id="abschnitt">A</h2><a href="/">zurück</a></body></html>');
  file('bild.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  file('_astro/a.css', 'body{background:url(/bild.svg)} .x{background:url("/fehlt.svg")}');
  file('sitemap.xml', `<urlset><url><loc>${SITE}/</loc></url><url><loc>${SITE}/weg/</loc></url></urlset>`);
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

it('reports every broken link, anchor and asset with a German message', () => {
  const report = checkLinks(dist, SITE);
  const messages = report.problems.map((p) => `${p.file}: ${p.message}`);
  expect(messages).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^index\.html: .*„\/seite\/#nirgends“: Anker „#nirgends“ fehlt auf seite\/index\.html/),
      expect.stringMatching(/^index\.html: <a href> „\/fehlt\/“ führt ins Leere: keine Seite/),
      expect.stringMatching(/^index\.html: <a href> „\/seite“ führt ins Leere: ohne „\/“ am Ende/),
      expect.stringMatching(/^index\.html: <img src> „\/fehlt\.png“ führt ins Leere: Datei fehlt/),
      expect.stringMatching(/^index\.html: <img srcset> „\/gross\.svg“/),
      expect.stringMatching(/^index\.html: <meta og:image> „https:\/\/portal\.example\/og\/fehlt\.png“/),
      expect.stringMatching(/^index\.html: <a href> „#“: leerer Anker/),
      expect.stringMatching(/^_astro\/a\.css: CSS url\(\) „\/fehlt\.svg“/),
      expect.stringMatching(/^sitemap\.xml: Adresse „https:\/\/portal\.example\/weg\/“/),
    ]),
  );
  expect(report.problems).toHaveLength(9);
});

it('counts the good links and does not fetch external ones', () => {
  const report = checkLinks(dist, SITE);
  expect(report.pages).toBe(2);
  expect(report.fragments).toBeGreaterThanOrEqual(3);
  expect(report.problems.some((p) => p.link.includes('extern') || p.link.startsWith('mailto:'))).toBe(false);
});

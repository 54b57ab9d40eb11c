/**
 * The CSP <meta> stands first in <head> (right after <meta charset>) on every built page, so a browser applies
 * it to everything else in the document, also on a server that sends no CSP header.
 */
import { expect, it } from 'vitest';
import { builtPages, isRedirect } from '../../scripts/lib/built-pages.ts';
import { DIST, ensureBuilt } from '../helpers/site.ts';

ensureBuilt();

it('every page starts <head> with the charset and then the CSP <meta>, within the first 1024 bytes for the charset', () => {
  const pages = builtPages(DIST).filter((p) => !isRedirect(p.html));
  expect(pages.length).toBeGreaterThan(40);
  const wrong = pages.filter((p) => !/^<!DOCTYPE html><html lang="de">\s*<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+">/.test(p.html));
  expect(wrong.map((p) => `${p.url}: ${p.html.slice(0, 120)}`)).toEqual([]);
  // Nothing but the two <meta> elements before the policy: no script, no style, no link.
  for (const p of pages) expect(Buffer.byteLength(p.html.slice(0, p.html.indexOf('<meta charset')))).toBeLessThan(1024);
});

import { describe, expect, it } from 'vitest';
import { escapeXml, jsonForScript } from '../../../src/lib/escape.ts';

const HOSTILE = ['</script><script>alert(1)</script>', '</SCRIPT >', '<!--', '-->', ']]>', '"><img src=x onerror=alert(1)>', "'&amp;", 'a\u2028b\u2029c', '{{ x }}'];

describe('jsonForScript', () => {
  it.each(HOSTILE)('writes %j so that it cannot end the <script> element and parses back unchanged', (text) => {
    const value = { name: text, list: [text, { deeper: text }] };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('is JSON.stringify for harmless values', () => {
    const value = { '@type': 'WebSite', name: 'Regionalbudget „Nordsachsen“', n: 1.5, ok: true, none: null };
    expect(jsonForScript(value)).toBe(JSON.stringify(value));
  });
});

describe('escapeXml', () => {
  it('escapes markup and both quote kinds and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>\u0000\u0008`)).toBe('&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;');
  });
});

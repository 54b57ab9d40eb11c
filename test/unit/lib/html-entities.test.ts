import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/lib/html-entities.ts';

describe('decodeEntities (the one decoder of the site and its checks)', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#39;f&#39; &#x201E;g&#8220;')).toBe('a & b <c> "d" \'e\' \'f\' „g“');
    expect(decodeEntities('&nbsp;&shy;&colon;&Tab;&NewLine;&lpar;&rpar;&sol;&period;')).toBe('\u00a0\u00ad:\t\n()/.');
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeEntities('&amp;lt; &amp;#106;')).toBe('&lt; &#106;');
  });

  it('leaves unknown names and numbers that are no character as written, instead of failing', () => {
    expect(decodeEntities('&unbekannt; &#0; &#x110000; &#99999999999;')).toBe('&unbekannt; &#0; &#x110000; &#99999999999;');
  });

  it('needs the semicolon unless asked to read like a browser reads an attribute', () => {
    expect(decodeEntities('&#106avascript&colon')).toBe('&#106avascript&colon');
    expect(decodeEntities('&#106avascript&colon', { withoutSemicolon: true })).toBe('javascript:');
  });
});

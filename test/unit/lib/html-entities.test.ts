import { expect, it } from 'vitest';
import { decodeEntities } from '../../../src/lib/html-entities.ts';

/** [what, written, read with the semicolon required, read as a browser reads an attribute] */
const CASES: [string, string, string, string][] = [
  ['named, decimal and hexadecimal references', 'a &amp; &lt;c&gt; &quot;d&quot; &apos;e&apos; &#39;f&#39; &#x201E;g&#8220;', 'a & <c> "d" \'e\' \'f\' „g“', 'a & <c> "d" \'e\' \'f\' „g“'],
  ['the names that hide URL schemes', '&nbsp;&shy;&colon;&Tab;&NewLine;&lpar;&rpar;&sol;&period;', '\u00a0\u00ad:\t\n()/.', '\u00a0\u00ad:\t\n()/.'],
  ['an escaped reference, decoded once', '&amp;lt; &amp;#106;', '&lt; &#106;', '&lt; &#106;'],
  ['unknown names and numbers that are no character, kept', '&unbekannt; &#0; &#x110000; &#99999999999;', '&unbekannt; &#0; &#x110000; &#99999999999;', '&unbekannt; &#0; &#x110000; &#99999999999;'],
  ['references without their semicolon', '&#106avascript&colon', '&#106avascript&colon', 'javascript:'],
];

it.each(CASES)('decodeEntities: %s', (_, written, strict, lenient) => {
  expect(decodeEntities(written)).toBe(strict);
  expect(decodeEntities(written, { withoutSemicolon: true })).toBe(lenient);
});

import { describe, expect, it } from 'vitest';
import { hasBidiControl, hasControlCharacter, hasVisibleCharacter, showInvisible } from '../../../src/lib/visible-text.ts';
import { describeValue } from '../../../src/lib/validation/issue.ts';

describe('visible text', () => {
  it('finds no visible character in whitespace, format and control characters, marks alone or blank letters', () => {
    for (const text of ['', ' ', '\u200B', '\u200C\u200D', '\uFEFF', '\u200E', '\u00AD', '\u00A0', '\u3000', '\u2028', '\u0001', '\u0301', '\uFE0F', '\u3164', '\u2800', '\u115F', '\u{E0041}', '\uE000']) {
      expect(hasVisibleCharacter(text), JSON.stringify(text)).toBe(false);
    }
    for (const text of ['a', 'ä', 'a\u0308', '1', '.', '€', '🙂', 'ع', '中', '\u200Bx']) expect(hasVisibleCharacter(text), text).toBe(true);
  });

  it('finds bidi controls and control characters, but not marks, tabs or line breaks', () => {
    expect(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'].every(hasBidiControl)).toBe(true);
    expect(hasBidiControl('a\u200Fb\u200E')).toBe(false);
    expect(hasControlCharacter('a\u001Bb')).toBe(true);
    expect(hasControlCharacter('a\u0085')).toBe(true);
    expect(hasControlCharacter('a\tb\nc')).toBe(false);
  });

  it('spells out what a message would otherwise hide or obey', () => {
    expect(showInvisible('\u200B\u00A0')).toBe('⟨U+200B⟩⟨U+00A0⟩');
    expect(showInvisible('abc\u202Edef')).toBe('abc⟨U+202E⟩def');
    expect(showInvisible('10\u00A0%')).toBe('10\u00A0%');
    expect(describeValue('\u2066x\u2069')).toBe('„⟨U+2066⟩x⟨U+2069⟩“');
  });
});

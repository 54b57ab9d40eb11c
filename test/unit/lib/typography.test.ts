import { describe, expect, it } from 'vitest';
import { buildVocabulary, learnParts } from '../../../src/lib/search/compounds.ts';
import { hyphenateWord, SOFT_HYPHEN as S, typeset } from '../../../src/lib/typography.ts';

const vocabulary = learnParts(buildVocabulary(['Gewerbe und Flächen im Marketing der Wirtschaft; Förderung der Region, Gemeinschaft und Aufgabe.']));

describe('soft hyphens at compound boundaries', () => {
  it('places them between the parts, after a linking element, and splits parts that are compounds', () => {
    expect(hyphenateWord('Gewerbeflächenmarketing', vocabulary)).toBe(`Gewerbe${S}flächen${S}marketing`);
    expect(hyphenateWord('Wirtschaftsförderung', vocabulary)).toBe(`Wirtschafts${S}förderung`);
    expect(hyphenateWord('Gemeinschaftsaufgabe', vocabulary)).toBe(`Gemeinschafts${S}aufgabe`);
  });

  it('splits a part that is a compound itself without its linking element', () => {
    // "Mobilitäts" (10 letters with its s) was split again as "Mobil|itäts", where "Mobilität" (9) is not.
    const v = learnParts(buildVocabulary(['Mobil und Mobilität, Angeboten']));
    expect(hyphenateWord('Mobilitätsangeboten', v)).toBe(`Mobilitäts${S}angeboten`);
    // The parts of a part are split as before.
    expect(hyphenateWord('Gewerbeflächenmarketingstrategie', learnParts(buildVocabulary(['Gewerbe Flächen Marketing Strategie'])))).toBe(`Gewerbe${S}flächen${S}marketing${S}strategie`);
  });

  it('leaves short words, unknown words and non-compounds alone', () => {
    expect(hyphenateWord('Marketing', vocabulary)).toBe('Marketing');
    expect(hyphenateWord('Donaudampfschiff', vocabulary)).toBe('Donaudampfschiff');
  });
});

describe('typeset', () => {
  it('hyphenates visible text but not attributes, SVG or scripts', () => {
    const html =
      '<h1 title="Gewerbeflächenmarketing">Gewerbeflächenmarketing</h1><p>Gewerbeflächenmarketing</p>' +
      '<svg><text>Gewerbeflächenmarketing</text></svg><script>let a = "Gewerbeflächenmarketing";</script>' +
      '<li class="figure"><span>Wirtschaftsförderung</span></li>';
    const out = typeset(html, vocabulary);
    expect(out).toContain(`<h1 title="Gewerbeflächenmarketing">Gewerbe${S}flächen${S}marketing</h1>`);
    expect(out).toContain(`<p>Gewerbe${S}flächen${S}marketing</p>`);
    expect(out).toContain('<svg><text>Gewerbeflächenmarketing</text></svg>');
    expect(out).toContain('<script>let a = "Gewerbeflächenmarketing";</script>');
    expect(out).toContain(`<span>Wirtschafts${S}förderung</span>`);
  });

  it('leaves an attribute whole when its value holds ">" (text from content files), and typesets the text after the tag', () => {
    const meta = `title:"><img src=x onerror=alert(1)> Gewerbeflächenmarketing 5 €`;
    const html = `<span data-pagefind-meta="${meta.replaceAll('"', '&quot;')}"></span><span data-x='a>Wirtschaftsförderung'>Gewerbeflächenmarketing</span><svg aria-label="a>b"><text>Wirtschaftsförderung</text></svg><p>Wirtschaftsförderung</p>`;
    const out = typeset(html, vocabulary);
    expect(out).toContain(`<span data-pagefind-meta="${meta.replaceAll('"', '&quot;')}"></span>`);
    expect(out).toContain(`<span data-x='a>Wirtschaftsförderung'>Gewerbe${S}flächen${S}marketing</span>`);
    expect(out).toContain('<svg aria-label="a>b"><text>Wirtschaftsförderung</text></svg>');
    expect(out).toContain(`<p>Wirtschafts${S}förderung</p>`);
  });

  it('wraps every amount in text in one unbreakable span, never inside attributes, SVG or code', () => {
    const out = typeset('<p data-x="1.683.655,42\u00a0€">Summe 1.683.655,42\u00a0€ und 800.000 € und 2,1 Mio. €</p><svg><text>5.000\u00a0€</text></svg><code>7\u00a0€</code>', vocabulary);
    expect(out).toBe(
      '<p data-x="1.683.655,42\u00a0€">Summe <span class="amount">1.683.655,42\u00a0€</span> und <span class="amount">800.000 €</span> und ' +
        '<span class="amount">2,1 Mio. €</span></p><svg><text>5.000\u00a0€</text></svg><code>7\u00a0€</code>',
    );
  });

  it('copies an SVG whole, nested or not, and goes on typesetting after its closing tag', () => {
    const chart = '<svg viewBox="0 0 1 1"><g><svg><text>Gewerbeflächenmarketing 5.000 €</text></svg><text>7 €</text></g></svg>';
    expect(typeset(`<p>Wirtschaftsförderung</p>${chart}<p>Wirtschaftsförderung 9 €</p>`, vocabulary)).toBe(
      `<p>Wirtschafts${S}förderung</p>${chart}<p>Wirtschafts${S}förderung <span class="amount">9 €</span></p>`,
    );
    // Unclosed: the rest of the fragment is inside the SVG and stays as it is.
    expect(typeset('<svg><text>Gewerbeflächenmarketing', vocabulary)).toBe('<svg><text>Gewerbeflächenmarketing');
    expect(typeset('<svg/><p>Wirtschaftsförderung</p>', vocabulary)).toBe(`<svg/><p>Wirtschafts${S}förderung</p>`);
  });

  it('keeps the markup otherwise byte for byte', () => {
    const html = '<!-- a < b --><div class="x"><br><img src="a.png" alt="Ä"/><p>Text &amp; mehr</p></div>';
    expect(typeset(html, vocabulary)).toBe(html);
  });

  it('leaves text alone inside an element marked no-hyphens, and after it closes typesets again', () => {
    const html = '<p class="figure no-hyphens"><b>Wirtschaftsförderung</b> 9 €</p><p class="lead">Wirtschaftsförderung</p>';
    expect(typeset(html, vocabulary)).toBe(`<p class="figure no-hyphens"><b>Wirtschaftsförderung</b> 9 €</p><p class="lead">Wirtschafts${S}förderung</p>`);
    // A closing tag without its opening one changes nothing; a stray "<" is text.
    expect(typeset(`<code></p>Wirtschaftsförderung</code> a < b Wirtschaftsförderung`, vocabulary)).toBe(`<code></p>Wirtschaftsförderung</code> a < b Wirtschafts${S}förderung`);
  });

  it('hears every long word it looks up, in order, also where it changes nothing', () => {
    const heard: string[] = [];
    typeset('<p>Wirtschaftsförderung und Donaudampfschiff</p><script>Gewerbeflächenmarketing</script><p>Wirtschaftsförderung</p>', vocabulary, (w) => heard.push(w));
    expect(heard).toEqual(['Wirtschaftsförderung', 'Donaudampfschiff', 'Wirtschaftsförderung']);
  });
});

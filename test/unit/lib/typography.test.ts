import { describe, expect, it } from 'vitest';
import { hyphenateWord, SOFT_HYPHEN as S, typeset } from '../../../src/lib/typography.ts';

/** Written with "|" for the soft hyphen, as a dictionary divides them (Duden, reformed spelling). */
const divided = (word: string) => word.replaceAll('|', S);
const GFM = divided('Gewer|be|flä|chen|mar|ke|ting');
const WF = divided('Wirt|schafts|för|de|rung');

describe('soft hyphens', () => {
  it('go where German divides a word: between syllables and at the seams of a compound', () => {
    expect(hyphenateWord('Wirtschaftsförderung')).toBe(WF);
    expect(hyphenateWord('Verkehrsanbindung')).toBe(divided('Ver|kehrs|an|bin|dung'));
    expect(hyphenateWord('Glasherstellung')).toBe(divided('Glas|her|stel|lung'));
    expect(hyphenateWord('Lebensmittelhersteller')).toBe(divided('Lebens|mit|tel|her|stel|ler'));
    expect(hyphenateWord('Digitalisierung')).toBe(divided('Digi|ta|li|sie|rung'));
    expect(hyphenateWord('Alternativen')).toBe(divided('Alter|na|ti|ven'));
    // The seam is the one the words make ("Treibhausgas|emissionen"), not a shorter word ("…gase|missionen").
    expect(hyphenateWord('Treibhausgasemissionen')).toContain(`gas${S}emis`);
    expect(hyphenateWord('Treibhausgasemissionen')).not.toContain(`gase${S}`);
  });

  it('leave at least three letters on either line', () => {
    // Ge-wer-be…, Re-gio-nal…, …bäu-de: the first or last break would leave two.
    expect(hyphenateWord('Gewerbeflächenmarketing')).toBe(GFM);
    expect(hyphenateWord('Regionalbudgets')).toBe(divided('Regio|nal|bud|gets'));
    expect(hyphenateWord('Verwaltungsgebäude')).toBe(divided('Ver|wal|tungs|ge|bäude'));
  });

  it('follow the stems the patterns get wrong, also inside longer words, and give every line a vowel', () => {
    // Patterns alone: "Projekta|gen|tur", "Fach|kräf|t|e|initia|ti|ve".
    expect(hyphenateWord('Projektagentur')).toBe(divided('Pro|jekt|agen|tur'));
    expect(hyphenateWord('Landesprojektagenturen')).toBe(divided('Lan|des|pro|jekt|agen|tu|ren'));
    expect(hyphenateWord('Fachkräfteinitiative')).toBe(divided('Fach|kräf|te|initia|tive'));
    for (const word of ['Fachkräfteinitiative', 'Herbstfestspiele', 'Angststörungen', 'Rhythmusgefühl']) {
      for (const piece of hyphenateWord(word).split(S)) expect(piece, word).toMatch(/[aeiouyäöü]/i);
    }
  });

  it('leave words shorter than twelve letters alone, and keep the word as it was written', () => {
    expect(hyphenateWord('Marketing')).toBe('Marketing');
    expect(hyphenateWord('Straßenbahn')).toBe('Straßenbahn');
    expect(hyphenateWord('ÖFFENTLICHKEITSARBEIT')).toBe(divided('ÖFFENT|LICH|KEITS|AR|BEIT'));
    expect(hyphenateWord('Öffentlichkeitsarbeit')).toBe(divided('Öffent|lich|keits|ar|beit'));
  });
});

describe('typeset', () => {
  it('hyphenates visible text but not attributes, SVG or scripts', () => {
    const html =
      '<h1 title="Gewerbeflächenmarketing">Gewerbeflächenmarketing</h1><p>Gewerbeflächenmarketing</p>' +
      '<svg><text>Gewerbeflächenmarketing</text></svg><script>let a = "Gewerbeflächenmarketing";</script>' +
      '<li class="figure"><span>Wirtschaftsförderung</span></li>';
    const out = typeset(html);
    expect(out).toContain(`<h1 title="Gewerbeflächenmarketing">${GFM}</h1>`);
    expect(out).toContain(`<p>${GFM}</p>`);
    expect(out).toContain('<svg><text>Gewerbeflächenmarketing</text></svg>');
    expect(out).toContain('<script>let a = "Gewerbeflächenmarketing";</script>');
    expect(out).toContain(`<span>${WF}</span>`);
  });

  it('leaves an attribute whole when its value holds ">" (text from content files), and typesets the text after the tag', () => {
    const meta = `title:"><img src=x onerror=alert(1)> Gewerbeflächenmarketing 5 €`;
    const html = `<span data-pagefind-meta="${meta.replaceAll('"', '&quot;')}"></span><span data-x='a>Wirtschaftsförderung'>Gewerbeflächenmarketing</span><svg aria-label="a>b"><text>Wirtschaftsförderung</text></svg><p>Wirtschaftsförderung</p>`;
    const out = typeset(html);
    expect(out).toContain(`<span data-pagefind-meta="${meta.replaceAll('"', '&quot;')}"></span>`);
    expect(out).toContain(`<span data-x='a>Wirtschaftsförderung'>${GFM}</span>`);
    expect(out).toContain('<svg aria-label="a>b"><text>Wirtschaftsförderung</text></svg>');
    expect(out).toContain(`<p>${WF}</p>`);
  });

  it('wraps every amount in text in one unbreakable span, never inside attributes, SVG or code', () => {
    const out = typeset('<p data-x="1.683.655,42\u00a0€">Summe 1.683.655,42\u00a0€ und 800.000 € und 2,1 Mio. €</p><svg><text>5.000\u00a0€</text></svg><code>7\u00a0€</code>');
    expect(out).toBe(
      '<p data-x="1.683.655,42\u00a0€">Summe <span class="amount">1.683.655,42\u00a0€</span> und <span class="amount">800.000 €</span> und ' +
        '<span class="amount">2,1 Mio. €</span></p><svg><text>5.000\u00a0€</text></svg><code>7\u00a0€</code>',
    );
  });

  it('copies an SVG whole, nested or not, and goes on typesetting after its closing tag', () => {
    const chart = '<svg viewBox="0 0 1 1"><g><svg><text>Gewerbeflächenmarketing 5.000 €</text></svg><text>7 €</text></g></svg>';
    expect(typeset(`<p>Wirtschaftsförderung</p>${chart}<p>Wirtschaftsförderung 9 €</p>`)).toBe(
      `<p>${WF}</p>${chart}<p>${WF} <span class="amount">9 €</span></p>`,
    );
    // Unclosed: the rest of the fragment is inside the SVG and stays as it is.
    expect(typeset('<svg><text>Gewerbeflächenmarketing')).toBe('<svg><text>Gewerbeflächenmarketing');
    expect(typeset('<svg/><p>Wirtschaftsförderung</p>')).toBe(`<svg/><p>${WF}</p>`);
  });

  it('leaves web and e-mail addresses and citations as they are, so that they still work when copied', () => {
    const html =
      '<p>Quelle: https://regionalbudget-portal.example/regionalbudgets/wirtschaftsfoerderung/ und www.wirtschaftsfoerderung-sachsen.example, ' +
      'Post an kontakt@wirtschaftsfoerderung.example. Wirtschaftsförderung</p><p><cite>Regionalbudget-Portal: Wirtschaftsförderung.</cite></p>';
    expect(typeset(html)).toBe(html.replace('. Wirtschaftsförderung</p>', `. ${WF}</p>`));
  });

  it('keeps the markup otherwise byte for byte', () => {
    const html = '<!-- a < b --><div class="x"><br><img src="a.png" alt="Ä"/><p>Text &amp; mehr</p></div>';
    expect(typeset(html)).toBe(html);
  });

  it('leaves text alone inside an element marked no-hyphens, and after it closes typesets again', () => {
    const html = '<p class="figure no-hyphens"><b>Wirtschaftsförderung</b> 9 €</p><p class="lead">Wirtschaftsförderung</p>';
    expect(typeset(html)).toBe(`<p class="figure no-hyphens"><b>Wirtschaftsförderung</b> 9 €</p><p class="lead">${WF}</p>`);
    // A closing tag without its opening one changes nothing; a stray "<" is text.
    expect(typeset(`<code></p>Wirtschaftsförderung</code> a < b Wirtschaftsförderung`)).toBe(`<code></p>Wirtschaftsförderung</code> a < b ${WF}`);
  });
});

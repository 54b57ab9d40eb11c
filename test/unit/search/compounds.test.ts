import { describe, expect, it } from 'vitest';
import { buildVocabulary, learnParts, splitCompound, words } from '../../../src/lib/search/compounds.ts';
import { asciiVariants, bracketVariants, compoundTerms, createIndexTerms } from '../../../src/lib/search/index-terms.ts';

/** A small vocabulary in the site's words. */
const vocabulary = buildVocabulary([
  'Marketing für Gewerbeflächen. Freie Flächen und das Gewerbe. Die Förderung der Wirtschaft.',
  'Das Regional-Budget. Netzwerke und Treffen. Klima und Schutz. Der Wissens- und Technologietransfer.',
  'Wissen teilen und Wissenstransfer. Energie sparen. Leben und Mittel. Unternehmen unter sich. Die Partnerschaft der Partner.',
  'Ver- und Entsorgung. Identität. Stiftende Produkte. Beratung für Neubürger.',
]);

describe('words and vocabulary', () => {
  it('lower-cases, splits hyphenated words and keeps umlauts', () => {
    expect(words('Glas- und Keramik-Verarbeitung, Förderung')).toEqual(['glas', 'und', 'keramik', 'verarbeitung', 'förderung']);
  });

  it('leaves out function words, short words and numbers', () => {
    const v = buildVocabulary(['Der 24/7-Laden in 2024 und unter uns']);
    expect([...v].sort()).toEqual(['laden']);
  });
});

describe('splitCompound', () => {
  it('splits compounds into known parts', () => {
    expect(splitCompound('Gewerbeflächenmarketing', vocabulary)).toEqual(['gewerbeflächen', 'marketing']);
    expect(splitCompound('Klimaschutz', vocabulary)).toEqual(['klima', 'schutz']);
    expect(splitCompound('Netzwerktreffen', vocabulary, { allowUnknown: false })).toBeUndefined(); // "netzwerk" never stands alone here
  });

  it('allows the German linking elements', () => {
    expect(splitCompound('Wirtschaftsförderung', vocabulary)).toEqual(['wirtschaft', 'förderung']);
    expect(splitCompound('Energiesparen', vocabulary)).toEqual(['energie', 'sparen']);
  });

  it('takes an "s" after -ung, -heit, -keit, -schaft, -ion, -tät, -ling, -tum as the linking element, also before an unknown part', () => {
    const v = new Set(['wirtschaft', 'forschung', 'sicherheit']);
    expect(splitCompound('Wirtschaftsstandort', v)).toEqual(['wirtschaft', 'standort']);
    expect(splitCompound('Forschungsnetzwerk', v)).toEqual(['forschung', 'netzwerk']);
    expect(splitCompound('Sicherheitsschulung', v)).toEqual(['sicherheit', 'schulung']);
    expect(splitCompound('Aktionsreihe', new Set(['aktion']))).toEqual(['aktion', 'reihe']);
  });

  it('allows one unknown part next to known parts of five or more letters', () => {
    expect(splitCompound('Regionalmarketing', vocabulary)).toEqual(['regional', 'marketing']);
    expect(splitCompound('Standortmarketing', vocabulary)).toEqual(['standort', 'marketing']);
    expect(splitCompound('Standortmarketing', vocabulary, { allowUnknown: false })).toBeUndefined();
  });

  it('does not split at function words, prefixes or mere endings', () => {
    expect(splitCompound('Unternehmen', vocabulary)).toBeUndefined();
    expect(splitCompound('Partnerschaft', vocabulary)).toBeUndefined();
    expect(splitCompound('verarbeitende', vocabulary)).toBeUndefined();
    expect(splitCompound('Marketing', vocabulary)).toBeUndefined();
  });

  it('takes no unknown part that begins as no word begins: the letters before belong to the part before', () => {
    const v = new Set(['erfolg', 'handwerk', 'mittel', 'möglich', 'mögliche', 'weise', 'möglicherweise']);
    // Before: "erfolg|skriterien", "handwerk|skammer", "mitte|lständische", "mögliche|rweise".
    expect(splitCompound('Erfolgskriterien', v)).toEqual(['erfolg', 'kriterien']);
    expect(splitCompound('Handwerkskammer', v)).toEqual(['handwerk', 'kammer']);
    expect(splitCompound('mittelständische', v)).toEqual(['mittel', 'ständische']);
    const learnt = learnParts(v);
    for (const tail of ['rweise', 'erweise']) expect(learnt.has(tail), tail).toBe(false);
    // Onsets that do begin words stay possible: "Regional|marketing", "Technologie|transfer", "Netzwerk|struktur".
    expect(splitCompound('Netzwerkstruktur', new Set(['netzwerk']))).toEqual(['netzwerk', 'struktur']);
    expect(splitCompound('Standortmarketing', new Set(['standort']))).toEqual(['standort', 'marketing']);
  });

  it('takes an unknown part only where German may break the word, so the linking "s" stays with the part before', () => {
    // Before: "verkehr|sanbindung", "glash|erstellung", "glasfaseran|schluss", "antrags|teller", "regionalen|twicklung",
    // "digital|isierung".
    expect(splitCompound('Verkehrsanbindung', new Set(['verkehr']))).toEqual(['verkehr', 'anbindung']);
    expect(splitCompound('Glasherstellung', new Set(['glas', 'erstellung']))).toBeUndefined(); // "glas" is too short beside an unknown part
    expect(splitCompound('Glasfaseranschluss', new Set(['glasfaser', 'schluss']))).toEqual(['glasfaser', 'anschluss']);
    expect(splitCompound('Antragsteller', new Set(['antrag', 'antrags']))).toEqual(['antrag', 'steller']);
    expect(splitCompound('Regionalentwicklung', new Set(['regional', 'regionalen']))).toEqual(['regional', 'entwicklung']);
    const learnt = learnParts(new Set(['digital', 'digitalisierung', 'mobil', 'mobilisierung', 'region', 'regionalität']));
    for (const tail of ['isierung', 'alität']) expect(learnt.has(tail), tail).toBe(false);
    expect(splitCompound('Digitalisierung', learnt)).toBeUndefined();
  });

  it('learns the parts of a learnt part that is a compound itself, and prefers an unknown part that holds no known word', () => {
    // Before: "Lebens|mittelhersteller" taught "mittelhersteller", which hid "hersteller"; split again, "mittelher|steller".
    const learnt = learnParts(new Set(['lebensmittelhersteller', 'lebens', 'mittelsachsen', 'sachsen', 'antragsteller', 'antrag']));
    expect(learnt.has('hersteller')).toBe(true);
    for (const junk of ['mittelhersteller', 'mittelher']) expect(learnt.has(junk), junk).toBe(false);
    expect(splitCompound('Lebensmittelhersteller', learnt)).toEqual(['lebens', 'mittel', 'hersteller']);
    expect(splitCompound('Mittelhersteller', new Set(['mittel', 'steller']))).toEqual(['mittel', 'hersteller']);
  });

  it('never learns a verb ending as a part ("position|ieren" would teach "ieren" and split "interess|ieren")', () => {
    const learnt = learnParts(new Set(['position', 'positionieren', 'konzert', 'konzertierte', 'interessieren', 'integrierten']));
    for (const ending of ['ieren', 'ierte', 'ierten']) expect(learnt.has(ending), ending).toBe(false);
    for (const word of ['interessieren', 'Konzertierte', 'integrierten', 'positionieren']) {
      expect(splitCompound(word, learnt), word).toBeUndefined();
    }
  });

  it('learns parts the site uses only inside compounds', () => {
    // "technologie" and "transfer" never stand alone: two unknown parts are too many.
    expect(splitCompound('Technologietransfer', vocabulary)).toBeUndefined();
    // "Wissenstransfer" = known "wissen" + s + "transfer" teaches "transfer".
    const learnt = learnParts(vocabulary);
    expect(learnt.has('transfer')).toBe(true);
    expect(splitCompound('Technologietransfer', learnt)).toEqual(['technologie', 'transfer']);
  });
});

describe('asciiVariants', () => {
  it('transcribes umlauts and ß', () => {
    expect(asciiVariants('gewerbeflächen')).toEqual(['gewerbeflaechen']);
    expect(asciiVariants('maßnahme')).toEqual(['massnahme']);
    expect(asciiVariants('förderung', { plain: true })).toEqual(['foerderung', 'forderung']);
    expect(asciiVariants('marketing')).toEqual([]);
  });
});

describe('bracketVariants', () => {
  it('reads letters in brackets both ways', () => {
    expect(bracketVariants('L(i)ebenswerte Orte')).toEqual(['lebenswerte', 'liebenswerte']);
  });

  it('reads a text as the plain pattern /(\\p{L}*)\\((\\p{L}+)\\)(\\p{L}+)/ does, on random texts', () => {
    // The pattern is the rule; bracketVariants finds the same matches without its quadratic leading \p{L}*.
    const byPattern = (text: string) => {
      const variants = new Set<string>();
      for (const m of text.toLocaleLowerCase('de-DE').matchAll(/(\p{L}*)\((\p{L}+)\)(\p{L}+)/gu)) {
        variants.add(`${m[1]}${m[3]}`);
        variants.add(`${m[1]}${m[2]}${m[3]}`);
      }
      return [...variants];
    };
    const alphabet = ['a', 'b', 'Ä', 'ß', '𝐀', '(', ')', ' ', '-', '1'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 1500; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(bracketVariants(text), text).toEqual(byPattern(text));
    }
    expect(bracketVariants('ab(c)de(f)g x(y)z')).toEqual(byPattern('ab(c)de(f)g x(y)z'));
  });
});

describe('compoundTerms and createIndexTerms', () => {
  it('adds parts, parts of parts and ASCII spellings', () => {
    expect(compoundTerms('Gewerbeflächenmarketing', vocabulary).sort()).toEqual(
      ['flaechen', 'flächen', 'gewerbe', 'gewerbeflaechen', 'gewerbeflaechenmarketing', 'gewerbeflächen', 'marketing'].sort(),
    );
  });

  it('returns only terms the text lacks, without prefixes of its own words, sorted', () => {
    const terms = createIndexTerms(vocabulary)('Gewerbeflächenmarketing und Wirtschaftsförderung');
    expect(terms).toContain('marketing');
    expect(terms).toContain('förderung');
    expect(terms).toContain('wirtschaftsfoerderung');
    expect(terms).toContain('gewerbeflaechenmarketing');
    // "gewerbeflächen" begins "gewerbeflächenmarketing": Pagefind finds it by prefix already.
    expect(terms).not.toContain('gewerbeflächen');
    expect(terms).not.toContain('gewerbeflaechen');
    expect(terms).toEqual([...terms].sort());
  });

  it('adds both readings of bracketed words', () => {
    expect(createIndexTerms(vocabulary)('L(i)ebenswerte Orte')).toEqual(expect.arrayContaining(['lebenswerte', 'liebenswerte']));
  });

  it('gives each text its own terms when one function serves many texts (memoised per word)', () => {
    const texts = ['Gewerbeflächen', 'Gewerbeflaechen und Gewerbeflächen', 'Gewerbeflächenmarketing', 'Gewerbeflächen'];
    const shared = createIndexTerms(vocabulary);
    const once = texts.map((t) => shared(t));
    expect(once).toEqual(texts.map((t) => createIndexTerms(vocabulary)(t)));
    // The memo holds a word's terms, never one text's filtering of them.
    expect(once[0]).toEqual(['flaechen', 'flächen', 'gewerbeflaechen']);
    expect(once[1]).toEqual(['flaechen', 'flächen']);
    expect(once[3]).toEqual(once[0]);
  });
});

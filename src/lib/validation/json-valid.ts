/**
 * What JSON.parse accepts silently in a valid file: a key twice in one object, and numbers written with a
 * German thousands dot (`12.000` is twelve).
 */
import { THOUSANDS_TOKEN, thousandsProblem, WS, type JsonProblem } from './json-syntax.ts';

/**
 * One linear pass over text that is already valid JSON: the first key repeated within an object, and the
 * first number that reads like a thousands-separated amount. Both pass JSON.parse without a word.
 */
export function scanValidJson(text: string): JsonProblem | undefined {
  const objects: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '{') objects.push(new Set());
    else if (c === '[') objects.push(null);
    else if (c === '}' || c === ']') objects.pop();
    else if (c === '-' || (c >= '0' && c <= '9')) {
      const token = /^-?[\d.eE+-]+/.exec(text.slice(i, i + 40))?.[0] ?? c;
      if (THOUSANDS_TOKEN.test(token)) return thousandsProblem(i, token);
      i += token.length - 1;
    } else if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const keys = objects.at(-1);
      if (!keys) continue;
      let j = i + 1;
      while (WS.includes(text[j] ?? 'x')) j++;
      if (text[j] !== ':') continue;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      if (keys.has(key)) {
        return { offset: start, message: 'Ein Schlüssel steht im selben Objekt zweimal.', expected: 'jeden Schlüssel (z. B. ein Jahr) nur einmal je Objekt', found: `den doppelten Schlüssel "${key}"` };
      }
      keys.add(key);
    }
  }
  return undefined;
}

/** The one entry point of the `hyphen` package the site uses (it ships no types): German patterns, reformed spelling. */
declare module 'hyphen/de-1996/index.js' {
  interface Options {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const patterns: { hyphenateSync(text: string, options?: Options): string };
  export default patterns;
}

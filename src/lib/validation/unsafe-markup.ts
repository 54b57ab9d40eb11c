/**
 * What a content body may not contain, as rules over single elements, attributes and URLs. Used by the
 * check (body-checks.ts) on raw HTML in Markdown and on JSX in MDX. The reasons are in
 * docs/decisions/0007-inhalte-ohne-skripte.md.
 */
import { htmlToHast, type HastNode } from 'satteri';
import { decodeEntities } from '../html-entities.ts';

/**
 * Elements that run code, load other documents or change the page around them. SVG and MathML are
 * refused as a whole: their animation and link elements can set `javascript:` URLs in ways the
 * attribute rules below cannot see; images belong in Markdown's `![…](…)`.
 */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'meta', 'base',
  'svg', 'math', 'template', 'portal', 'noscript',
]);

/** Attributes whose value is a URL (lower case, without ":"; hast spells them xLinkHref, srcSet …). */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'action', 'formaction', 'xlinkhref', 'data', 'poster', 'background', 'cite', 'longdesc',
  'lowsrc', 'dynsrc', 'ping', 'manifest', 'codebase', 'classid', 'archive', 'usemap', 'icon', 'profile',
]);

const FORBIDDEN_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'livescript', 'mocha']);

/**
 * The forbidden scheme of a URL, if any. Browsers ignore control characters, whitespace and case in a
 * scheme (`JaVa\tScRipt:`), and entities are decoded before, so the check does the same.
 */
export function forbiddenScheme(url: string): string | undefined {
  const cleaned = decodeEntities(url, { withoutSemicolon: true })
    .replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '')
    .toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  return scheme !== undefined && FORBIDDEN_SCHEMES.has(scheme) ? scheme : undefined;
}

export interface MarkupProblem {
  message: string;
  expected: string;
  found: string;
}

export function elementProblem(tagName: string): MarkupProblem | undefined {
  const name = tagName.toLowerCase();
  if (!FORBIDDEN_ELEMENTS.has(name)) return undefined;
  return {
    message: `Das HTML-Element <${name}> ist in Inhaltsdateien nicht erlaubt: Es könnte Code ausführen, fremde Inhalte laden oder die Seite verändern.`,
    expected: 'Text, Markdown (Links, Bilder, Tabellen) oder einfache HTML-Elemente ohne Skripte',
    found: `<${tagName}>`,
  };
}

/** `value` is undefined for an attribute without value; srcset holds several URLs. */
export function attributeProblem(tagName: string, attribute: string, value: string | undefined): MarkupProblem | undefined {
  const name = attribute.toLowerCase().replace(/:/g, '');
  if (name.startsWith('on')) {
    return {
      message: `Das Attribut ${attribute} an <${tagName}> würde ein Skript ausführen und ist nicht erlaubt.`,
      expected: 'kein Ereignis-Attribut (on…)',
      found: `${attribute}="${value ?? ''}"`,
    };
  }
  if (name === 'style') {
    return {
      message: `Das Attribut style an <${tagName}> ist nicht erlaubt: Die Sicherheitsregeln der Website (CSP) sperren es ohnehin.`,
      expected: 'kein style-Attribut; die Gestaltung kommt von der Website',
      found: `style="${value ?? ''}"`,
    };
  }
  if (value !== undefined && URL_ATTRIBUTES.has(name)) {
    // srcset: every token is checked, whether a URL or a width, so no list spelling can hide one.
    const urls = name === 'srcset' ? value.split(/[\s,]+/) : [value];
    for (const url of urls) {
      const problem = urlProblem(url);
      if (problem) return { ...problem, found: `${attribute}="${value}"` };
    }
  }
  return undefined;
}

export function urlProblem(url: string): MarkupProblem | undefined {
  const scheme = forbiddenScheme(url);
  if (!scheme) return undefined;
  return {
    message: `Adressen mit „${scheme}:“ sind in Links und Bildern nicht erlaubt: Sie können Code ausführen.`,
    expected: 'eine Adresse mit https://, http://, mailto:, tel: oder einen Pfad auf dieser Website (/…)',
    found: `„${url.length > 60 ? `${url.slice(0, 57)}…` : url}“`,
  };
}

/** Every problem in a piece of raw HTML, parsed as a browser would parse it. */
export function htmlProblems(html: string): { tagName: string; problem: MarkupProblem }[] {
  const found: { tagName: string; problem: MarkupProblem }[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      const element = elementProblem(node.tagName);
      if (element) found.push({ tagName: node.tagName, problem: element });
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        const text = value === true || value === false || value === null || value === undefined ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
        const problem = attributeProblem(node.tagName, htmlAttributeName(name), text);
        if (problem) found.push({ tagName: node.tagName, problem });
      }
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as HastNode[]) visit(child);
  };
  visit(htmlToHast(html, { fragment: true }));
  return found;
}

/** hast's property name as the editor wrote the attribute (HTML attribute names ignore case). */
function htmlAttributeName(property: string): string {
  const special: Record<string, string> = { className: 'class', htmlFor: 'for', xLinkHref: 'xlink:href', httpEquiv: 'http-equiv', acceptCharset: 'accept-charset' };
  return special[property] ?? property.toLowerCase();
}

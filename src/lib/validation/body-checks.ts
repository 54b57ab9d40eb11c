/**
 * The bodies of the Markdown and MDX files under content/ (the text after the frontmatter): parsed with
 * the same parser the build uses (Sätteri), so the check sees what the build would render. Refused with a
 * German message at file:line: script-capable HTML, event handlers and javascript:/data:/vbscript: URLs;
 * in MDX also import/export, JavaScript expressions, components, and every syntax error the build would
 * stop at. Why refusing and not cleaning up: docs/decisions/0007-inhalte-ohne-skripte.md.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import type { Issue } from './issue.ts';
import { mdxSyntaxIssue } from './mdx-errors.ts';
import { attributeProblem, elementProblem, htmlProblems, urlProblem, type MarkupProblem } from './unsafe-markup.ts';
import { FRONTMATTER } from './source.ts';


type Report = (line: number, column: number, problem: MarkupProblem) => void;

/** A node's position, or the start of the body. */
const startOf = (node: { position?: { start: { line: number; column: number } } }) => node.position?.start ?? { line: 1, column: 1 };

/** Raw HTML from Markdown: parsed as the browser would, every element and attribute checked. */
function checkHtml(html: string, line: number, column: number, report: Report): void {
  const lower = html.toLowerCase();
  // htmlToHast gives no positions: an element is reported at the line where its tag starts in the block.
  for (const { tagName, problem } of htmlProblems(html)) {
    const index = lower.indexOf(`<${tagName.toLowerCase()}`);
    const at = index < 0 ? line : line + (html.slice(0, index).match(/\n/g)?.length ?? 0);
    report(at, at === line ? column : 1, problem);
  }
}

const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** MDX's JSX, ESM and expressions. */
function checkMdxNode(node: MdastNode, report: Report): void {
  const { line, column } = startOf(node);
  switch (node.type) {
    case 'mdxjsEsm':
      report(line, column, {
        message: 'import- und export-Zeilen sind in Inhaltsdateien nicht erlaubt: Ihr Code liefe beim Bauen der Website. Die Website stellt keine Komponenten für Inhalte bereit.',
        expected: 'Text, Markdown und einfache HTML-Elemente',
        found: `„${node.value.split('\n')[0]?.slice(0, 60) ?? ''}“`,
      });
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (COMMENT_ONLY.test(node.value) || node.value.trim() === '') return;
      report(line, column, {
        message: 'Ausdrücke in geschweiften Klammern {…} sind nicht erlaubt: Sie würden beim Bauen als JavaScript ausgeführt. Erlaubt ist nur ein Kommentar {/* … */}.',
        expected: 'keine geschweiften Klammern; als Text \\{ und \\} schreiben',
        found: `„{${node.value.slice(0, 58)}}“`,
      });
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name;
      if (name === null || name === undefined) return;
      if (/^[A-Z]|[.:]/.test(name)) {
        report(line, column, {
          message: `Die Komponente <${name}> gibt es nicht: Die Website stellt für Inhalte keine Komponenten bereit.`,
          expected: 'Markdown oder einfache HTML-Elemente in Kleinbuchstaben',
          found: `<${name}>`,
        });
        return;
      }
      const element = elementProblem(name);
      if (element) report(line, column, element);
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
          const code = attribute.type === 'mdxJsxExpressionAttribute' ? attribute.value : (attribute.value as { value: string }).value;
          report(line, column, {
            message: `Ein Attribut mit JavaScript-Ausdruck an <${name}> ist nicht erlaubt: Es liefe beim Bauen der Website.`,
            expected: 'Attributwerte in Anführungszeichen, z. B. title="…"',
            found: `„{${code.slice(0, 58)}}“`,
          });
          continue;
        }
        const problem = attributeProblem(name, attribute.name, attribute.value ?? undefined);
        if (problem) report(line, column, problem);
      }
      return;
    }
    default:
  }
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as MdastNode[]) walk(child, visit);
}

const MAY_NEED_MD_CHECK = /[<&]|\]\(|\]:/;
const MAY_NEED_MDX_CHECK = /[<&{}]|\]\(|\]:|^\s*(import|export)\b/m;

/** Problems in one file's body; `text` is the whole file. */
export function checkBody(file: string, text: string): Issue[] {
  const match = FRONTMATTER.exec(text);
  // A file without frontmatter is reported by the reader; its body is still checked from the top.
  const head = match?.[0] ?? '';
  const body = text.slice(head.length);
  const offset = head.match(/\n/g)?.length ?? 0;
  // Without these characters a body has no HTML, JSX, expression, ESM or link destination to check, and
  // cannot fail to compile: most bodies are plain prose, and parsing them all would slow the check down.
  if (!(file.endsWith('.mdx') ? MAY_NEED_MDX_CHECK : MAY_NEED_MD_CHECK).test(body)) return [];
  const issues: Issue[] = [];
  const report: Report = (line, column, problem) => issues.push({ severity: 'error', file, line: line + offset, column, ...problem });
  const mdx = file.endsWith('.mdx');
  let tree: MdastNode;
  try {
    tree = mdx ? mdxToMdast(body) : markdownToMdast(body);
  } catch (error) {
    return [mdxSyntaxIssue(file, body, offset, error)];
  }
  walk(tree, (node) => {
    const { line, column } = startOf(node);
    if (node.type === 'html') checkHtml(node.value, line, column, report);
    else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const problem = urlProblem(node.url);
      if (problem) report(line, column, problem);
    } else if (mdx) checkMdxNode(node, report);
  });
  return issues;
}

/**
 * Defence in depth behind the check (src/lib/validation/body-checks.ts): a hast plugin in the Markdown and
 * MDX pipeline of the build that stops with a German message if anything script-capable reaches a page
 * anyway (a new file type, a check that was skipped, a parser difference). It fails the build instead of
 * quietly removing things, so nothing an editor wrote disappears unnoticed.
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { attributeProblem, elementProblem, htmlProblems, type MarkupProblem } from './validation/unsafe-markup.ts';

/**
 * Only what can run code stops the build here. `style` attributes are left alone: the Markdown pipeline
 * writes them itself (GFM table alignment), and the check refuses those an editor writes.
 */
function guard(ctx: HastVisitorContext, problem: MarkupProblem | undefined): void {
  if (problem && !problem.found.startsWith('style=')) stop(ctx, problem);
}

function stop(ctx: HastVisitorContext, problem: MarkupProblem): never {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'einer Inhaltsdatei';
  throw new Error(`${file}: ${problem.message} Gefunden: ${problem.found}. (npm run check zeigt die Zeile.)`);
}

interface JsxLike {
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

function checkJsx(node: JsxLike, ctx: HastVisitorContext): void {
  const name = node.name;
  if (!name) return;
  const element = elementProblem(name);
  if (element) stop(ctx, element);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value === 'object') {
      if (attribute.value === null) continue;
      stop(ctx, { message: `Ein Attribut mit JavaScript-Ausdruck an <${name}> ist nicht erlaubt.`, expected: 'Attributwerte in Anführungszeichen', found: attribute.name ?? '{…}' });
    }
    guard(ctx, attributeProblem(name, attribute.name ?? '', typeof attribute.value === 'string' ? attribute.value : undefined));
  }
}

const COMMENT_ONLY = /^\s*(\/\*(?:(?!\*\/)[\s\S])*\*\/)?\s*$/;

export const renderGuard = defineHastPlugin({
  name: 'regionalbudget-render-guard',
  element: { filter: [], visit(node, ctx) {
    const element = elementProblem(node.tagName);
    if (element) stop(ctx, element);
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      const text = value === true || value === false || value === null || value === undefined ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
      guard(ctx, attributeProblem(node.tagName, name, text));
    }
  } },
  raw(node, ctx) {
    for (const { problem } of htmlProblems(node.value)) guard(ctx, problem);
  },
  mdxJsxFlowElement: { filter: [], visit: (node, ctx) => checkJsx(node as JsxLike, ctx) },
  mdxJsxTextElement: { filter: [], visit: (node, ctx) => checkJsx(node as JsxLike, ctx) },
  mdxjsEsm(_node, ctx) {
    stop(ctx, { message: 'import- und export-Zeilen sind in Inhaltsdateien nicht erlaubt.', expected: 'keine', found: 'import/export' });
  },
  mdxFlowExpression(node, ctx) {
    if (!COMMENT_ONLY.test(node.value)) stop(ctx, { message: 'Ausdrücke in geschweiften Klammern sind nicht erlaubt.', expected: 'keine', found: `{${node.value.slice(0, 40)}}` });
  },
  mdxTextExpression(node, ctx) {
    if (!COMMENT_ONLY.test(node.value)) stop(ctx, { message: 'Ausdrücke in geschweiften Klammern sind nicht erlaubt.', expected: 'keine', found: `{${node.value.slice(0, 40)}}` });
  },
});

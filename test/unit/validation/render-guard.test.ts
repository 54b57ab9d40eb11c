/** The render-time guard in the Markdown/MDX pipeline fails on script-capable markup and lets normal content through. */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { renderGuard } from '../../../src/lib/render-guard.ts';

const md = (source: string) => markdownToHtml(source, { hastPlugins: [renderGuard] }).html;
const mdx = (source: string) => mdxToJs(source, { hastPlugins: [renderGuard] }).code;

describe('render guard', () => {
  it.each(['<script>alert(1)</script>', '<img src="x" onerror="alert(1)">', '[x](JaVa&#x53;cript:alert(1))', '<javascript:alert(1)>', '<iframe src="https://example.org/"></iframe>'])(
    'stops Markdown with %j',
    (source) => {
      expect(() => md(source)).toThrow(/nicht erlaubt/);
    },
  );

  it.each(['<a href="javascript:x">x</a>', '{1 + 1}', 'import X from "./x.astro"\n\nText', '<div onClick="alert(1)">x</div>'])('stops MDX with %j', (source) => {
    expect(() => mdx(source)).toThrow(/nicht erlaubt/);
  });

  it('lets ordinary content through, including aligned GFM tables (the pipeline writes their style attributes)', () => {
    expect(markdownToHtml('| a | b |\n| :-- | --: |\n| 1 | 2 |\n', { features: { gfm: true }, hastPlugins: [renderGuard] }).html).toContain('<td style="text-align: right">2</td>');
    expect(md('Text mit <b>fett</b>, [Link](https://example.org/) und Fußnote[^1].\n\n[^1]: Quelle.')).toContain('<a href="https://example.org/">Link</a>');
    expect(() => mdx('Text {/* Kommentar */} mit <abbr title="Regionalbudget">RB</abbr>.')).not.toThrow();
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import remarkSmartypants from 'remark-smartypants';
import { describe, expect, it } from 'vitest';
import { remarkSmartPunctuation } from '../../src/lib/remark-smart-punctuation.ts';

/** The MDX syntax tree of `text`, before any remark plugin runs. */
const parse = (text: string) => createProcessor().parse(text);

/** The tree after Astro's default smart punctuation and after ours, each on its own copy. */
function both(text: string) {
  const tree = parse(text);
  const astro = structuredClone(tree);
  const ours = structuredClone(tree);
  (remarkSmartypants as unknown as (options: object) => (tree: unknown) => void)({})(astro);
  remarkSmartPunctuation()(ours);
  return { tree, astro, ours };
}

const textOf = (node: unknown): string => {
  const n = node as { type: string; value?: string; children?: unknown[] };
  return n.type === 'text' ? n.value! : (n.children ?? []).map(textOf).join('');
};

describe('remarkSmartPunctuation', () => {
  const cases: [string, string, RegExp][] = [
    [
      'double and single quotes across emphasis',
      "He said \"it's *quoted* here\" and 'this' too.",
      /“it’s quoted here” and ‘this’/,
    ],
    [
      'a decade and a quote at the start of a block',
      '"Yes," in the \'80s.\n\n## "Heading" quote',
      /“Yes,” in the ’80s/,
    ],
    ['apostrophes only', "It's Meta's choice, isn't it.", /It’s Meta’s choice, isn’t it/],
    ['dashes without any quote', 'One -- two --- three.', /One — two/],
    ['ellipses, unspaced and spaced', 'Wait... what. . . now', /Wait… what… now/],
    ['backtick quotes', "Say ``this'' please.", /Say “this” please/],
    ['quotes inside a component and code left alone', 'A <Term id="x">"term"</Term> and `"code" --` here.', /“term”/],
  ];
  for (const [name, text, expected] of cases) {
    it(`matches remark-smartypants: ${name}`, () => {
      const { tree, astro, ours } = both(text);
      // The case exercises a real rewrite, so a plugin that did nothing would fail.
      expect(textOf(astro)).toMatch(expected);
      expect(textOf(astro)).not.toBe(textOf(tree));
      expect(ours).toEqual(astro);
    });
  }

  it('leaves text without quotes, dashes, ellipses or backticks exactly as it was', () => {
    const { tree, astro, ours } = both(
      'Plain words. More words, and a [link](https://example.org) here.\n\n- a list item',
    );
    expect(astro).toEqual(tree);
    expect(ours).toEqual(tree);
  });

  it('matches remark-smartypants on every content file', { timeout: 60_000 }, () => {
    const dir = 'content';
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const body = readFileSync(join(dir, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
      const { astro, ours } = both(body);
      expect(ours, f).toEqual(astro);
    }
  });
});

/**
 * Smart punctuation for MDX ("quotes" → “quotes”, it's → it’s, -- → —, ... → …), exactly as
 * Astro's default remark-smartypants does it, minus the work that changes nothing.
 *
 * remark-smartypants parses all of a page's text with retext (parse-latin) once for quotes, then
 * once more per text node for dashes, ellipses and backticks. That was about 40% of compiling
 * an article. Both passes only ever rewrite a few characters, so this plugin runs the quote pass
 * only when the page has a quote character, and the per-node pass only on nodes holding `--`,
 * dots that may form an ellipsis, or backtick / double-apostrophe pairs. Everything else is the
 * same code path with the same options (tests/unit/remark-smart-punctuation.test.ts compares the
 * two on tricky text and on every content file). astro.config.mjs turns Astro's own pass off
 * (`smartypants: false`) and runs this one in its place, first, as Astro did.
 */
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

interface Node {
  type: string;
  name?: unknown;
  value?: unknown;
  children?: Node[];
}
type Literal = Node & { value: string };

/** Node types remark-smartypants visits, and the parents it skips (raw code in MDX). */
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const IGNORED_ELEMENTS = new Set(['style', 'script']);

const isLiteral = (node: Node): node is Literal => typeof node.value === 'string';

/** The quote pass can only change `"` and `'`. */
const QUOTE = /["']/;
/**
 * The second pass (retext-smartypants' dashes, ellipses and backticks with default options)
 * changes only `--`, three or more dots with optional white space between them, and the pairs
 * two backticks and two apostrophes. A node without any of them comes out as it went in.
 */
const SECOND_PASS = /--|\.\s*\.\s*\.|``|''/;

export function remarkSmartPunctuation() {
  // The same two processors and options as remark-smartypants 3 with Astro's default (`{}`).
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { quotes: false });

  // Typed loosely (any mdast root): the plugin reads only the fields of Node below.
  return (root: object) => {
    const tree = root as Node;
    let allText = '';
    let anyQuote = false;
    const nodes: Node[] = [];
    visit(
      tree as Parameters<typeof visit>[0],
      (node, _index, parent) => {
        const n = node as Node;
        const p = parent as Node | undefined;
        return Boolean(
          p &&
          (p.type !== 'mdxJsxTextElement' || (typeof p.name === 'string' && !IGNORED_ELEMENTS.has(p.name))) &&
          VISITED.has(n.type) &&
          (isLiteral(n) || BLOCKS.has(n.type)),
        );
      },
      (node) => {
        const n = node as Node;
        if (isLiteral(n)) {
          // Inline code takes its place in the text (as letters) but is never rewritten.
          if (n.type === 'text') {
            allText += n.value;
            if (!anyQuote && QUOTE.test(n.value)) anyQuote = true;
          } else {
            allText += 'A'.repeat(n.value.length);
          }
        } else {
          // A space before each block, so that a quote opening a block reads as opening.
          allText += ' ';
        }
        nodes.push(n);
      },
    );
    // Quotes: all text at once, so that pairs around links and emphasis match.
    if (anyQuote) allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = anyQuote ? allText.slice(start, end) : node.value;
        node.value = SECOND_PASS.test(text) ? rest.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}

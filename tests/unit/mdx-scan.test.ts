import { describe, expect, it } from 'vitest';
import {
  citationOrder,
  countWords,
  findCitations,
  findHeadings,
  findLinks,
  findTerms,
} from '../../src/lib/mdx-scan.ts';

const body = `
<ShortVersion>

- Meta said so. <Cite ids="S-01 S-03" />

</ShortVersion>

## What happened

Reuters reported it. <Cite ids="S-03" /> The <Term id="accounts-center">Accounts Center</Term> matters. <Cite ids="S-05,S-01" />

\`\`\`mdx
<Cite ids="S-99" /> is an example, not a citation
\`\`\`

### A [linked](article:can-you-opt-out#who) heading

See [the glossary](page:glossary#meta-ai) and <a href="article:what-meta-announced">this</a>.
`;

describe('mdx-scan', () => {
  it('finds citations in order, with line numbers, ignoring code blocks', () => {
    expect(findCitations(body).map((c) => c.ids)).toEqual([['S-01', 'S-03'], ['S-03'], ['S-05', 'S-01']]);
    expect(findCitations(body)[0]!.line).toBe(4);
  });
  it('numbers sources by first citation', () => {
    expect(citationOrder(body)).toEqual(['S-01', 'S-03', 'S-05']);
  });
  it('reports a Cite without ids', () => {
    expect(findCitations('Text <Cite />')).toEqual([{ ids: [], line: 1 }]);
  });
  it('finds glossary terms, links and headings', () => {
    expect(findTerms(body).map((t) => t.id)).toEqual(['accounts-center']);
    expect(findLinks(body).map((l) => l.href)).toEqual([
      'article:can-you-opt-out#who',
      'page:glossary#meta-ai',
      'article:what-meta-announced',
    ]);
    expect(findHeadings(body).map((h) => [h.depth, h.text])).toEqual([
      [2, 'What happened'],
      [3, 'A linked heading'],
    ]);
  });
  it('counts words of running text only', () => {
    expect(countWords('Hello <Cite ids="S-01" /> world, two [links](page:about).')).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import {
  citationMarkers,
  citationOrder,
  countWords,
  findCiteClashes,
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

describe('one marker per sentence', () => {
  const clashes = (text: string) => findCiteClashes(text).map((c) => [c.firstLine, c.line, c.merged.join(' ')]);
  it('accepts one marker after each sentence, in paragraphs, lists and tables', () => {
    expect(clashes('One. <Cite ids="S-01" /> Two. <Cite ids="S-02" />')).toEqual([]);
    expect(clashes('One <Cite ids="S-01" />. Two <Cite ids="S-02" />.')).toEqual([]);
    expect(clashes('Who said it? <Cite ids="S-01" /> Reuters did! <Cite ids="S-02" />')).toEqual([]);
    expect(clashes('- One <Cite ids="S-01" />\n- Two <Cite ids="S-02" />')).toEqual([]);
    expect(clashes('Para one <Cite ids="S-01" />\n\nPara two <Cite ids="S-02" />')).toEqual([]);
    expect(clashes('| a <Cite ids="S-01" /> | b <Cite ids="S-02" /> |')).toEqual([]);
    expect(clashes('Reporting named these: <Cite ids="S-01" />\n\n- Facebook. <Cite ids="S-02" />')).toEqual([]);
  });
  it('flags two markers with no sentence end between them, with both lines and the merged ids', () => {
    expect(clashes('Meta said so <Cite ids="S-01" /> and Reuters agreed. <Cite ids="S-02 S-01" />')).toEqual([
      [1, 1, 'S-01 S-02'],
    ]);
    expect(clashes('One. <Cite ids="S-01" /> <Cite ids="S-02" />')).toEqual([[1, 1, 'S-01 S-02']]);
    expect(clashes('It was <Cite ids="S-01" />\nreported <Cite ids="S-03" />.')).toEqual([[1, 2, 'S-01 S-03']]);
    expect(clashes('X <Cite ids="S-01" />. <Cite ids="S-02" />')).toEqual([[1, 1, 'S-01 S-02']]);
  });
  it('ignores examples in code blocks', () => {
    expect(clashes('```mdx\nA <Cite ids="S-01" /> B <Cite ids="S-02" />\n```')).toEqual([]);
  });
});

describe('citation markers', () => {
  it("sorts the numbers inside a marker and counts each source's citations", () => {
    const markers = citationMarkers(
      'A. <Cite ids="S-09 S-01" /> B. <Cite ids="S-12 S-11 S-01" /> C. <Cite ids="S-11, S-09" />',
    );
    expect(markers.map((m) => m.map((r) => r.n))).toEqual([
      [1, 2],
      [2, 3, 4],
      [1, 4],
    ]);
    expect(markers.map((m) => m.map((r) => `${r.id}/${r.k}`))).toEqual([
      ['S-09/1', 'S-01/1'],
      ['S-01/2', 'S-12/1', 'S-11/1'],
      ['S-09/2', 'S-11/2'],
    ]);
  });
  it('counts a source listed twice in one marker once', () => {
    expect(citationMarkers('A. <Cite ids="S-02 S-02" />')).toEqual([[{ id: 'S-02', n: 1, k: 1 }]]);
  });
});

/**
 * Remark plugin for MDX: numbers every <Cite> of a page in reading order (an `at` prop, 0, 1, 2 …)
 * and glues each marker to the word before it. Astro renders components in parallel, so a marker
 * cannot count itself; with `at` it finds its own entry in citationMarkers() (mdx-scan.ts), the
 * same list the reference list reads to link back to it. The white space before a marker becomes
 * one no-break space, so a marker never starts a line of its own.
 */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const isCite = (n: Node) => (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'Cite';

export function remarkCitations() {
  return (tree: Node) => {
    let at = 0;
    const walk = (node: Node) => {
      const kids = node.children ?? [];
      kids.forEach((child, i) => {
        if (isCite(child)) {
          child.attributes = [
            ...(child.attributes ?? []).filter((a) => a.name !== 'at'),
            { type: 'mdxJsxAttribute', name: 'at', value: String(at++) },
          ];
          const before = kids[i - 1];
          if (before?.type === 'text' && before.value !== undefined)
            before.value = before.value.replace(/\s+$/, '\u00a0');
        }
        walk(child);
      });
    };
    walk(tree);
  };
}

/**
 * A light parse of the site's own built HTML: its start tags and their attributes, quotes
 * respected and entities decoded. Enough for our output; not a general HTML parser.
 */
export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** The start tag as written. */
  source: string;
  /** Attribute values by lower-case name (decoded; "" for a bare attribute). */
  attrs: Map<string, string>;
}

const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#38': '&', '#39': "'" };

export const decodeEntities = (value: string): string =>
  value.replace(/&(amp|quot|apos|lt|gt|#38|#39);/g, (_, e: string) => ENTITIES[e]!);

/** The attributes of one start tag ("<a href=…>") or of the text after its name. */
export function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.replace(/^<[^\s>]+/, '').matchAll(ATTRIBUTE)) {
    attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** Every start tag in `html`, in document order; only those named `only` when given. */
export function startTags(html: string, only?: RegExp): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(START_TAG)) {
    const name = m[1]!.toLowerCase();
    if (!only || only.test(name)) out.push({ name, source: m[0], attrs: attributes(m[2]!) });
  }
  return out;
}

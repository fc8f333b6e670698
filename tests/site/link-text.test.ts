import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../support/html.ts';
import { assertBuilt, TARGETS } from '../support/targets.ts';
import { htmlFiles, readHtml } from '../support/site-files.ts';

/**
 * Every link says where it goes. A link whose whole text is "more", "here" or "read more" tells a
 * screen-reader user, who often lists a page's links out of context, nothing; Lighthouse's SEO
 * audit `link-text` fails such a page (it cost what-you-can-do 8 points once). This sweep applies
 * the English half of that audit's list to every link of every built page, so the Lighthouse run
 * in `npm run bench` is not the first to notice. A link named by aria-label is judged by that name.
 */
const GENERIC = new Set([
  'click here',
  'click this',
  'go',
  'here',
  'information',
  'learn more',
  'more',
  'more info',
  'more information',
  'right here',
  'read more',
  'see more',
  'start',
  'this',
]);

const LINK = /<a\b([^>]*)>([\s\S]*?)<\/a>/g;

/** The name a link is known by: its aria-label, else its text without tags, trimmed, lower case. */
function linkName(attrs: string, inner: string): string {
  const label = /\baria-label\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
  const text = label ?? inner.replace(/<[^>]*>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim().toLowerCase();
}

describe('the link-text sweep', () => {
  it('names links by aria-label first, then by their text without tags', () => {
    expect(linkName(' href="/x/"', ' <b>Read</b> more ')).toBe('read more');
    expect(linkName(' href="/x/" aria-label="Back to the first citation"', '↩')).toBe('back to the first citation');
  });
});

const target = TARGETS[0]!;
describe('every link has descriptive text (root build)', () => {
  assertBuilt(target);
  it.each(htmlFiles(target.dist))('%s', (file) => {
    const generic = [...readHtml(target.dist, file).matchAll(LINK)]
      .map((m) => ({ name: linkName(m[1]!, m[2]!), tag: m[0].slice(0, 160) }))
      .filter((l) => GENERIC.has(l.name.replace(/[.…:!]+$/, '')))
      .map((l) => `${file}: the link "${l.name}" does not say where it goes (${l.tag})`);
    expect(generic).toEqual([]);
  });
});

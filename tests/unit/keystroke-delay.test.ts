import { describe, expect, it } from 'vitest';
import { KEYSTROKE_DELAY, LARGE_SITE, keystrokeDelay } from '../../src/scripts/search-view.ts';
import type { SearchData } from '../../src/lib/search-query.ts';

const site = (articles: number) => ({ articles }) as SearchData;

describe('when a keystroke searches (keystrokeDelay)', () => {
  it('searches at once on a small site once the last word has three letters', () => {
    expect(keystrokeDelay('can', site(8))).toBe(0);
    expect(keystrokeDelay('can i opt out', site(8))).toBe(0);
    expect(keystrokeDelay('whatsapp', site(8))).toBe(0);
  });
  it('waits after a word of one or two letters, or a space just typed', () => {
    expect(keystrokeDelay('c', site(8))).toBe(KEYSTROKE_DELAY);
    expect(keystrokeDelay('can i', site(8))).toBe(KEYSTROKE_DELAY);
    expect(keystrokeDelay('camera ', site(8))).toBe(KEYSTROKE_DELAY);
  });
  it('always waits on a large site, where a search in Pagefind cannot be cancelled', () => {
    expect(keystrokeDelay('whatsapp', site(LARGE_SITE))).toBe(KEYSTROKE_DELAY);
  });
});

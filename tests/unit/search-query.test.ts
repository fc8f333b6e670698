import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/lib/search-query.ts';

describe('searchTerms', () => {
  it.each([
    ['How do I stop Meta reading my chats?', 'stop meta reading chats'],
    ['Does this touch my WhatsApp?', 'touch whatsapp'],
    ['Can I opt out?', 'opt out'],
    ['turn it off', 'turn off'],
    ['Ray-Ban glasses', 'ray-ban glasses'],
    ['Meta’s camera roll', 'metas camera roll'],
    ['chats before December', 'chats before december'],
  ])('%j → %j', (raw, expected) => {
    expect(searchTerms(raw)).toBe(expected);
  });
  it('keeps a query of only filler words rather than emptying it', () => {
    expect(searchTerms('How do I')).toBe('how do i');
  });
});

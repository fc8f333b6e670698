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

describe('query units, synonyms, answers and typos (issue 13)', () => {
  const synonyms = [
    ['turn off', 'disable', 'get rid of', 'opt out'],
    ['photos', 'pictures', 'camera roll'],
    ['old', 'last year'],
  ];
  it('makes one unit of a synonym phrase, keeps its group as alternatives, and drops filler', async () => {
    const { queryUnits } = await import('../../src/lib/search-text.ts');
    expect(queryUnits('how do I get rid of my pictures from last year', synonyms)).toEqual([
      { typed: 'get rid of', alternatives: ['get rid of', 'turn off', 'disable', 'opt out'] },
      { typed: 'pictures', alternatives: ['pictures', 'photos', 'camera roll'] },
      { typed: 'last year', alternatives: ['last year', 'old'] },
    ]);
    // A query of filler only is searched as typed.
    expect(queryUnits('how do i').map((u) => u.typed)).toEqual(['how', 'do', 'i']);
  });

  it('finds the question a query asks, through its "also asked as" phrasings too, and not a half match', async () => {
    const { matchAnswer, queryUnits } = await import('../../src/lib/search-text.ts');
    const entry = (title: string, also: string[] = []) => ({
      kind: 'question' as const,
      url: `questions/#${title.length}`,
      title,
      also,
      text: 'x',
      sources: ['Reuters'],
      more: 'articles/x/',
    });
    const answers = [
      entry('Can I opt out of it?'),
      entry('Does it apply in the UK or the EU?', ['Does it apply in Europe?']),
    ];
    const ask = (q: string) => matchAnswer(q, queryUnits(q, synonyms), answers)?.title;
    expect(ask('how do i disable it')).toBe('Can I opt out of it?');
    expect(ask('europe')).toBe('Does it apply in the UK or the EU?');
    expect(ask('europe kumquat')).toBeUndefined();
  });

  it('corrects a misspelt word from the vocabulary, or splits two words run together', async () => {
    const { correctWord } = await import('../../src/lib/search-text.ts');
    const vocab = new Map([
      ['instagram', 3],
      ['whatsapp', 5],
      ['opt', 2],
      ['out', 9],
    ]);
    expect(correctWord('instagarm', vocab)).toBe('instagram');
    expect(correctWord('whatsap', vocab)).toBe('whatsapp');
    expect(correctWord('optout', vocab)).toBe('opt out');
    expect(correctWord('kumquat', vocab)).toBeUndefined();
  });

  it('highlights the meaningful words typed with their singular or plural, never filler or words on every page', async () => {
    const { highlightWords } = await import('../../src/lib/search-engine.ts');
    const { queryUnits } = await import('../../src/lib/search-text.ts');
    expect(highlightWords(queryUnits('can meta read my chats'), new Set(['meta']))).toEqual([
      'read',
      'reads',
      'chats',
      'chat',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { searchTerms, type AnswerEntry } from '../../src/lib/search-query.ts';

/** A concern-index question (or, with kind, a glossary term) as search-data.json gives it. */
const entry = (title: string, more: Partial<AnswerEntry> = {}): AnswerEntry => ({
  kind: 'question',
  url: `x/#${title}`,
  title,
  also: [],
  text: 'x',
  sources: ['Reuters'],
  more: 'articles/x/',
  ...more,
});

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
    // A phrase split by its object is still the phrase; the pronoun is filler.
    expect(queryUnits('can i turn it off', synonyms).map((u) => u.typed)).toEqual(['turn off']);
    expect(queryUnits('turn that light off', synonyms).map((u) => u.typed)).toEqual(['turn', 'light', 'off']);
    // A query of filler only is searched as typed.
    expect(queryUnits('how do i').map((u) => u.typed)).toEqual(['how', 'do', 'i']);
  });

  it('finds the question a query asks, through its "also asked as" phrasings too, and not a half match', async () => {
    const { matchAnswer, queryUnits } = await import('../../src/lib/search-text.ts');
    const answers = [
      entry('Can I opt out of it?'),
      entry('Does it apply in the UK or the EU?', { also: ['Does it apply in Europe?'] }),
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

  it('stems endings, so "reading" meets "read" and "deleting" "delete", but "off" stays "off"', async () => {
    const { stem } = await import('../../src/lib/search-text.ts');
    expect(stem('reading')).toBe(stem('read'));
    expect(stem('deleting')).toBe(stem('delete'));
    expect(stem('glasses')).toBe(stem('glass'));
    expect(stem('stopped')).toBe('stop');
    expect(stem('policies')).toBe('policy');
    expect(stem('process')).toBe('process');
    expect(stem('off')).toBe('off');
    expect(stem('news')).not.toBe(stem('new'));
  });

  it('measures how nearly two phrasings use the same words, filler included', async () => {
    const { sameWords, tokens } = {
      ...(await import('../../src/lib/search-text.ts')),
      ...(await import('../../src/lib/search-query.ts')),
    };
    expect(sameWords(tokens('When did this start?'), tokens('when did this start'))).toBe(1);
    expect(sameWords(tokens('Still no start in the three places'), tokens('when did this start'))).toBeLessThan(0.3);
    expect(
      sameWords(
        tokens('What can I actually do to keep my chats out of it?'),
        tokens('what can i do to protect my chats'),
      ),
    ).toBeGreaterThanOrEqual(0.7);
    expect(sameWords([], tokens('x'))).toBe(0);
  });

  it('finds a unit by any alternative and stem, and returns the words it accounts for', async () => {
    const { unitWords, queryUnits, clauses } = await import('../../src/lib/search-text.ts');
    const linking = [
      ['linking', 'unlink', 'accounts center'],
      ['turn off', 'remove', 'unlink'],
    ];
    const [unit] = queryUnits('unlink', linking);
    // A phrase in two groups carries both.
    expect(unit!.alternatives).toEqual(['unlink', 'linking', 'accounts center', 'turn off', 'remove']);
    expect(unitWords(unit!, new Set(['not', 'linking', 'whatsapp', 'in', 'accounts', 'center']))).toEqual([
      'linking',
      'accounts',
      'center',
    ]);
    expect(unitWords(queryUnits('read')[0]!, new Set(['is', 'meta', 'reading']))).toEqual(['reading']);
    expect(unitWords(queryUnits('camera')[0]!, new Set(['meta']))).toBeUndefined();
    expect(clauses('What is Incognito Chat, and does it keep my chats out of ads?')).toEqual([
      'What is Incognito Chat, and does it keep my chats out of ads?',
      'What is Incognito Chat',
      'and does it keep my chats out of ads?',
    ]);
    expect(clauses('Can I opt out?')).toEqual(['Can I opt out?']);
  });

  it('shows an answer only when one entry clearly answers: not for a broad word many questions share', async () => {
    const { matchAnswer, queryUnits } = await import('../../src/lib/search-text.ts');
    const answers = [
      entry('Does this affect my WhatsApp messages?'),
      entry('Can I remove Meta AI from WhatsApp?'),
      entry('Are regulators investigating Meta AI in WhatsApp?'),
      entry('What is Incognito Chat, and does it keep my chats out of ads?'),
      entry('Incognito Chat', { kind: 'glossary' }),
      entry('Accounts Center', { kind: 'glossary' }),
      entry('Does not linking WhatsApp in Accounts Center help?'),
      entry('What can I actually do to keep my chats out of it?'),
    ];
    const ask = (q: string) => matchAnswer(q, queryUnits(q, synonyms), answers)?.title;
    expect(ask('whatsapp')).toBeUndefined();
    // A question's own clause can be the whole answer; a term beats a question that only mentions it.
    expect(ask('incognito chat')).toBe('What is Incognito Chat, and does it keep my chats out of ads?');
    expect(ask('accounts center')).toBe('Accounts Center');
    // Worded nearly as the query, though "protect" is not in it.
    expect(ask('what can i do to protect my chats')).toBe('What can I actually do to keep my chats out of it?');
  });

  it('reads a bare "it" or "this" as the site\'s own subject: a top question beats a side feature', async () => {
    const { matchAnswer, queryUnits } = await import('../../src/lib/search-text.ts');
    const answers = [
      entry('Can I opt out of Meta using my AI chats for ads?', { top: true }),
      entry('How do I turn off camera roll cloud processing?'),
      entry('Does changing my ad preferences stop it?'),
    ];
    const ask = (q: string) => matchAnswer(q, queryUnits(q, synonyms), answers)?.title;
    expect(ask('can i turn it off')).toBe('Can I opt out of Meta using my AI chats for ads?');
    expect(ask('how do i disable this')).toBe('Can I opt out of Meta using my AI chats for ads?');
    // Named, the side feature is what the reader asks about.
    expect(ask('turn off camera roll')).toBe('How do I turn off camera roll cloud processing?');
    expect(ask('how do i turn off cloud processing')).toBe('How do I turn off camera roll cloud processing?');
  });

  it('leaves a real word alone when the site uses another form of it', async () => {
    const { correctWord } = await import('../../src/lib/search-text.ts');
    const vocab = new Map([
      ['protected', 2],
      ['project', 4],
    ]);
    expect(correctWord('protect', vocab)).toBeUndefined();
    expect(correctWord('projetc', vocab)).toBe('project');
  });
});

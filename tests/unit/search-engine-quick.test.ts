import { describe, expect, it } from 'vitest';
import { answerQuery, quickAnswer, type ResultData, type Searcher } from '../../src/lib/search-engine.ts';
import type { SearchData } from '../../src/lib/search-query.ts';

/** A searcher that records every term it is asked for; each term matches one page of its own. */
function recording(): { searcher: Searcher; asked: string[] } {
  const asked: string[] = [];
  const page = (term: string): ResultData => ({
    url: `/articles/${term.replace(/\s+/g, '-')}/`,
    meta: { title: term },
    excerpt: term,
    sub_results: [],
  });
  return {
    asked,
    searcher: {
      async search(term) {
        asked.push(term);
        return [{ id: term, score: 1, data: async () => page(term) }];
      },
    },
  };
}

const data: SearchData = {
  synonyms: [['photos', 'pictures', 'camera roll']],
  answers: [
    {
      kind: 'glossary',
      url: 'glossary/#camera-roll',
      title: 'Camera roll',
      also: [],
      text: 'The photos on a phone.',
      sources: [],
      more: 'glossary/#camera-roll',
    },
  ],
};

describe("a large site's quick first look (quickAnswer)", () => {
  it('searches only the words as typed, where the whole search adds their synonyms', async () => {
    const quick = recording();
    await quickAnswer(quick.searcher, 'camera roll', data);
    expect(quick.asked).toEqual(['camera roll']);
    const whole = recording();
    await answerQuery(whole.searcher, 'camera roll', data);
    expect(whole.asked).toEqual(['camera roll', 'photos', 'pictures']);
  });

  it('finds the answer card as the whole search does, and leaves its duplicate out of the results', async () => {
    const outcome = await quickAnswer(recording().searcher, 'camera roll', data);
    expect(outcome.answer?.url).toBe('glossary/#camera-roll');
    expect(outcome.results.map((r) => r.url)).toEqual(['/articles/camera-roll/']);
  });
});

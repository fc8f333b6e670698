/**
 * Build-time only: the Pagefind integration reads this file, adds each record to the index and
 * deletes it. Timeline events, glossary terms and questions become results of their own.
 *
 * Record URLs are site-relative WITHOUT the base path: Pagefind prefixes every result URL with
 * the base it derives from the bundle's location, so adding the base here would double it.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/site-data.ts';
import { formatDate } from '../lib/dates.ts';
import { toSearchRecord } from '../lib/search-records.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteData();
  const topic = (id: string) => site.topics.get(id)?.data.label ?? id;
  const platform = (id: string) => site.platforms.get(id)?.data.label ?? id;
  const records = [
    ...site.questions.map((q) =>
      toSearchRecord({
        url: `/questions/#${q.id}`,
        title: q.data.question,
        // The other phrasings are shown on the questions page too ("Also asked as"), so a match on them is honest.
        text:
          q.data.alsoAsked.length > 0 ? `Also asked as: ${q.data.alsoAsked.join(' ')} ${q.data.answer}` : q.data.answer,
        type: 'question',
        topics: q.data.topics.map(topic),
        platforms: q.data.platforms.map(platform),
      }),
    ),
    ...site.timeline.map((e) =>
      toSearchRecord({
        url: `/timeline/#${e.id}`,
        title: `${formatDate(e.data.date)}: ${e.data.title}`,
        text: e.data.summary,
        type: 'timeline',
        topics: e.data.topics.map(topic),
        platforms: e.data.platforms.map(platform),
      }),
    ),
    ...site.glossary.map((g) =>
      toSearchRecord({
        url: `/glossary/#${g.id}`,
        title: `${g.data.term} (glossary)`,
        text: g.data.definition,
        type: 'glossary',
        topics: g.data.topics.map(topic),
        platforms: [],
      }),
    ),
  ];
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};

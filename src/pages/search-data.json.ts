/**
 * What the search modal loads when a reader opens it, besides Pagefind itself: the synonyms
 * (content/synonyms.yaml) applied to each query, and the concern index's questions and the
 * glossary's terms, whose cited short answers show above the results when a query matches them.
 * Paths are site-relative WITHOUT the base path; the client adds it.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSiteData } from '../lib/site-data.ts';
import { parseInternalLink } from '../lib/internal-links.ts';
import type { SearchData } from '../lib/search-query.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteData();
  const synonyms = await getCollection('synonyms');
  const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data.outlet]));
  const outlets = (ids: string[]) => [...new Set(ids.map((id) => sources.get(id) ?? id))];
  const data: SearchData = {
    synonyms: synonyms.map((s) => s.data.words),
    answers: [
      ...site.questions.map((q) => ({
        kind: 'question' as const,
        url: `questions/#${q.id}`,
        title: q.data.question,
        also: q.data.alsoAsked,
        text: q.data.answer,
        sources: outlets(q.data.sources),
        more: parseInternalLink(q.data.link)?.path ?? `questions/#${q.id}`,
        ...(q.data.top ? { top: true } : {}),
      })),
      ...site.glossary.map((g) => ({
        kind: 'glossary' as const,
        url: `glossary/#${g.id}`,
        title: g.data.term,
        also: [],
        text: g.data.definition,
        sources: outlets(g.data.sources),
        more: g.data.article ? `articles/${g.data.article}/` : `glossary/#${g.id}`,
      })),
    ],
    articles: site.articles.length,
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};

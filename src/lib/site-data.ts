/**
 * The one door from pages to content: loads every collection once, leaves drafts out of
 * production builds, runs the cross-entry integrity checks (failing the build with the file
 * and the fix), and derives what several pages need (citation order, who cites what).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContentIntegrity } from './content-integrity.ts';
import { citationOrder } from './mdx-scan.ts';
import { articlePath } from './internal-links.ts';
import { compareDates } from './dates.ts';

export type Article = CollectionEntry<'articles'>;
export type Source = CollectionEntry<'sources'>;
export type TimelineEvent = CollectionEntry<'timeline'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type Question = CollectionEntry<'questions'>;

export interface Citer {
  label: string;
  path: string;
}

export interface SiteData {
  articles: Article[];
  sources: Map<string, Source>;
  topics: Map<string, CollectionEntry<'topics'>>;
  platforms: Map<string, CollectionEntry<'platforms'>>;
  glossary: GlossaryTerm[];
  timeline: TimelineEvent[];
  questions: Question[];
  /** Source ids of each article, in the order they are first cited (this numbers them). */
  citationsByArticle: Map<string, string[]>;
  /** For each source id, the pages that cite it. */
  citersBySource: Map<string, Citer[]>;
}

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= loadSiteData();
  return cached;
}

async function loadSiteData(): Promise<SiteData> {
  const showDrafts = import.meta.env.DEV;
  const [articles, sources, topics, platforms, glossary, timeline, questions] = await Promise.all([
    getCollection('articles', (a) => showDrafts || !a.data.draft),
    getCollection('sources'),
    getCollection('topics'),
    getCollection('platforms'),
    getCollection('glossary'),
    getCollection('timeline'),
    getCollection('questions'),
  ]);
  articles.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  timeline.sort((a, b) => compareDates(a.data.date, b.data.date));
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term));

  assertContentIntegrity({
    articles: articles.map((a) => ({ id: a.id, file: a.filePath ?? `content/articles/${a.id}.mdx`, body: a.body ?? '' })),
    sources: sources.map((s) => ({ id: s.id, url: s.data.url, reliability: s.data.reliability })),
    timeline: timeline.map((e) => ({ id: e.id, sources: e.data.sources, article: e.data.article })),
    glossary: glossary.map((g) => ({ id: g.id, sources: g.data.sources, article: g.data.article, related: g.data.related })),
    questions: questions.map((q) => ({ id: q.id, sources: q.data.sources, link: q.data.link })),
  });

  const citationsByArticle = new Map(articles.map((a) => [a.id, citationOrder(a.body ?? '')]));
  const citersBySource = new Map<string, Citer[]>();
  const addCiter = (id: string, citer: Citer) => {
    const list = citersBySource.get(id) ?? [];
    if (!list.some((c) => c.path === citer.path)) list.push(citer);
    citersBySource.set(id, list);
  };
  for (const a of articles) {
    for (const id of citationsByArticle.get(a.id) ?? []) addCiter(id, { label: a.data.title, path: articlePath(a.id) });
  }
  for (const e of timeline) for (const id of e.data.sources) addCiter(id, { label: 'Timeline', path: 'timeline/' });
  for (const g of glossary) for (const id of g.data.sources) addCiter(id, { label: 'Glossary', path: 'glossary/' });
  for (const q of questions) for (const id of q.data.sources) addCiter(id, { label: 'Questions', path: 'questions/' });

  return {
    articles,
    sources: new Map(sources.map((s) => [s.id, s])),
    topics: new Map(topics.map((t) => [t.id, t])),
    platforms: new Map(platforms.map((p) => [p.id, p])),
    glossary,
    timeline,
    questions,
    citationsByArticle,
    citersBySource,
  };
}

/** The article a page URL belongs to ("/sub/articles/x/" → "x"), for components rendered inside MDX. */
export function articleSlugFromPath(pathname: string, base: string): string | undefined {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const m = /^articles\/([^/]+)\/?/.exec(rest);
  return m?.[1];
}

/**
 * The one door from pages to content: loads every collection once, leaves drafts out of
 * production builds, runs the cross-entry integrity checks (failing the build with the file
 * and the fix), and derives what several pages need (citation order, who cites what).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContentIntegrity } from './content-integrity.ts';
import { citationOrder } from './mdx-scan.ts';
import { articlePath } from './internal-links.ts';
import { compareDates, todayUtc } from './dates.ts';
import { siteConfig } from '../site.config.ts';

/**
 * SITE_CHECK_VERIFIED_AGE=1 adds the last-verified age check (siteConfig.maxVerificationAgeDays)
 * to the build's integrity checks. `npm test` sets it; a plain `npm run build` (a deploy) leaves it
 * out, so that a deploy never fails because the calendar moved on.
 */
const CHECK_VERIFIED_AGE_VAR = 'SITE_CHECK_VERIFIED_AGE';

export type Article = CollectionEntry<'articles'>;
export type Source = CollectionEntry<'sources'>;
type TimelineEvent = CollectionEntry<'timeline'>;
type GlossaryTerm = CollectionEntry<'glossary'>;
export type Question = CollectionEntry<'questions'>;
export type CheckerRule = CollectionEntry<'checker'>;
export type Page = CollectionEntry<'pages'>;

export interface Citer {
  label: string;
  path: string;
}

export interface SiteData {
  articles: Article[];
  /** Each article's position in `articles`, by id (a page finds its neighbours without a scan). */
  articleIndex: Map<string, number>;
  sources: Map<string, Source>;
  topics: Map<string, CollectionEntry<'topics'>>;
  platforms: Map<string, CollectionEntry<'platforms'>>;
  glossary: GlossaryTerm[];
  timeline: TimelineEvent[];
  questions: Question[];
  /** The "Am I affected?" rules, in file order. */
  checker: CheckerRule[];
  /** Stand-alone MDX pages (home, about), by id. */
  pages: Map<string, Page>;
  /** Source ids of each article, in the order they are first cited (this numbers them). */
  citationsByArticle: Map<string, string[]>;
  /** The same for every page with <Cite>, keyed by its site-relative path ("", "articles/x/"). */
  citationsByPath: Map<string, string[]>;
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
  const [allArticles, sources, topics, platforms, glossary, timeline, questions, checker, pages, blockedHosts] =
    await Promise.all([
      getCollection('articles'),
      getCollection('sources'),
      getCollection('topics'),
      getCollection('platforms'),
      getCollection('glossary'),
      getCollection('timeline'),
      getCollection('questions'),
      getCollection('checker'),
      getCollection('pages'),
      getCollection('blockedHosts'),
    ]);
  // Drafts are validated with everything else but published only in `astro dev`.
  const articles = allArticles.filter((a) => showDrafts || !a.data.draft);
  articles.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  timeline.sort((a, b) => compareDates(a.data.date, b.data.date));
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term));
  // The most asked questions first, then A to Z.
  questions.sort((a, b) => Number(b.data.top) - Number(a.data.top) || a.data.question.localeCompare(b.data.question));

  assertContentIntegrity({
    articles: [
      ...allArticles.map((a) => ({
        id: a.id,
        file: a.filePath ?? `content/articles/${a.id}.mdx`,
        body: a.body ?? '',
        draft: a.data.draft && !showDrafts,
        lastVerified: a.data.lastVerified,
        topics: a.data.topics,
        platforms: a.data.platforms,
      })),
      ...pages.map((p) => ({
        id: p.id,
        file: p.filePath ?? `content/pages/${p.id}.mdx`,
        body: p.body ?? '',
        kind: 'page' as const,
      })),
    ],
    sources: sources.map((s) => ({ id: s.id, url: s.data.url, reliability: s.data.reliability })),
    topics: topics.map((t) => t.id),
    platforms: platforms.map((p) => p.id),
    timeline: timeline.map((e) => ({
      id: e.id,
      sources: e.data.sources,
      article: e.data.article,
      topics: e.data.topics,
      platforms: e.data.platforms,
    })),
    glossary: glossary.map((g) => ({
      id: g.id,
      sources: g.data.sources,
      article: g.data.article,
      related: g.data.related,
      topics: g.data.topics,
    })),
    blockedHosts: blockedHosts.map((h) => ({ host: h.id, reason: h.data.reason })),
    questions: [
      ...questions.map((q) => ({
        id: q.id,
        sources: q.data.sources,
        link: q.data.link,
        topics: q.data.topics,
        platforms: q.data.platforms,
      })),
      ...checker.map((r) => ({
        id: r.id,
        sources: r.data.sources,
        link: r.data.link,
        platforms: r.data.when.apps,
        file: 'content/checker.yaml',
        entry: 'rule',
        platformsField: 'when.apps',
      })),
    ],
    ...(process.env[CHECK_VERIFIED_AGE_VAR] === '1'
      ? { verification: { today: todayUtc(), maxAgeDays: siteConfig.maxVerificationAgeDays } }
      : {}),
  });

  const citationsByArticle = new Map(articles.map((a) => [a.id, citationOrder(a.body ?? '')]));
  const citationsByPath = new Map<string, string[]>([
    ...articles.map((a) => [articlePath(a.id), citationsByArticle.get(a.id) ?? []] as const),
    ...pages.map((p) => [pagePath(p.id), citationOrder(p.body ?? '')] as const),
  ]);
  const citersBySource = new Map<string, Citer[]>();
  const addCiter = (id: string, citer: Citer) => {
    const list = citersBySource.get(id) ?? [];
    if (!list.some((c) => c.path === citer.path)) list.push(citer);
    citersBySource.set(id, list);
  };
  for (const a of articles) {
    for (const id of citationsByArticle.get(a.id) ?? []) addCiter(id, { label: a.data.title, path: articlePath(a.id) });
  }
  for (const p of pages) {
    for (const id of citationsByPath.get(pagePath(p.id)) ?? [])
      addCiter(id, { label: p.data.title, path: pagePath(p.id) });
  }
  for (const e of timeline) for (const id of e.data.sources) addCiter(id, { label: 'Timeline', path: 'timeline/' });
  for (const g of glossary) for (const id of g.data.sources) addCiter(id, { label: 'Glossary', path: 'glossary/' });
  for (const q of questions) for (const id of q.data.sources) addCiter(id, { label: 'Questions', path: 'questions/' });
  for (const r of checker) for (const id of r.data.sources) addCiter(id, { label: 'Am I affected?', path: 'checker/' });

  return {
    articles,
    articleIndex: new Map(articles.map((a, i) => [a.id, i])),
    sources: new Map(sources.map((s) => [s.id, s])),
    topics: new Map(topics.map((t) => [t.id, t])),
    platforms: new Map(platforms.map((p) => [p.id, p])),
    glossary,
    timeline,
    questions,
    checker,
    pages: new Map(pages.map((p) => [p.id, p])),
    citationsByArticle,
    citationsByPath,
    citersBySource,
  };
}

/** Where a stand-alone MDX page is published: "home" at the site root, others under their id. */
export function pagePath(id: string): string {
  return id === 'home' ? '' : `${id}/`;
}

/** A page URL as a site-relative path with a trailing slash ("/sub/articles/x" → "articles/x/"). */
export function sitePathOf(pathname: string, base: string): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const clean = rest.replace(/index\.html$/, '');
  return clean === '' || clean.endsWith('/') ? clean : `${clean}/`;
}

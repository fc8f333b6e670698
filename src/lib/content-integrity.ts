/**
 * Cross-entry checks that a per-entry schema cannot make: every citation names a known source,
 * every source is cited somewhere, every internal link and glossary term resolves, headings are
 * in order and no section is empty. Pure: takes plain data, returns problems, each naming the
 * file, the line or field, and the fix.
 */
import { findCitations, findHeadings, findLinks, findTerms } from './mdx-scan.ts';
import { hrefProblem } from './internal-links.ts';
import { daysBetween } from './dates.ts';

export interface ArticleInput {
  id: string;
  /** Path shown in messages, e.g. "content/articles/can-you-opt-out.mdx". */
  file: string;
  body: string;
  /** Stand-alone pages (home, about) need neither a short version nor sources. Default: article. */
  kind?: 'article' | 'page';
  /** Drafts are checked like any article, but nothing published may link to them. */
  draft?: boolean;
  /** "YYYY-MM-DD": when the facts were last checked against the sources (frontmatter `lastVerified`). */
  lastVerified?: string | undefined;
}
export interface SourceInput {
  id: string;
  url?: string | undefined;
  reliability?: string | undefined;
}
export interface TimelineInput {
  id: string;
  sources: string[];
  article: string;
}
export interface GlossaryInput {
  id: string;
  sources: string[];
  article?: string | undefined;
  related: string[];
}
export interface QuestionInput {
  id: string;
  sources: string[];
  /** "article:<slug>#<heading-id>" */
  link: string;
  /** Where it is written, for messages; default: the questions file. */
  where?: string;
}
export interface ExtraCiter {
  /** Where the citation is written, e.g. "content/questions.yaml (can-i-opt-out)". */
  where: string;
  sources: string[];
}

export interface BlockedHost {
  /** A bare host ("particle.news"); its subdomains are blocked too. */
  host: string;
  reason: string;
}

export interface IntegrityInput {
  articles: ArticleInput[];
  sources: SourceInput[];
  /** Hosts never linked (content/blocked-hosts.yaml): aggregators, content farms, copies. */
  blockedHosts?: BlockedHost[];
  timeline: TimelineInput[];
  glossary: GlossaryInput[];
  questions?: QuestionInput[];
  /** Other places that cite sources (questions, checker rules…). */
  others?: ExtraCiter[];
  /**
   * When given, every article's `lastVerified` must be at most `maxAgeDays` old on `today`.
   * The build leaves this out (a deploy must never fail because the calendar moved on); the
   * content lint in the test suite passes it, with siteConfig.maxVerificationAgeDays.
   */
  verification?: VerificationPolicy;
}

export interface VerificationPolicy {
  /** "YYYY-MM-DD", normally today's date in UTC. */
  today: string;
  maxAgeDays: number;
}

const TIMELINE = 'content/timeline.yaml';
const GLOSSARY = 'content/glossary.yaml';
const SOURCES = 'content/sources.yaml';
const QUESTIONS = 'content/questions.yaml';
const BLOCKED_HOSTS = 'content/blocked-hosts.yaml';

export function checkContentIntegrity(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(input.sources.map((s) => s.id));
  // Link targets: published articles only (a draft is left out of the build).
  const articleIds = new Set(input.articles.filter((a) => (a.kind ?? 'article') === 'article' && !a.draft).map((a) => a.id));
  const termIds = new Set(input.glossary.map((g) => g.id));
  const cited = new Set<string>();

  const unknownSource = (where: string, id: string) =>
    problems.push(`${where}: unknown source id "${id}". Fix: add "${id}" to ${SOURCES} or correct the id.`);

  for (const article of input.articles) {
    const isArticle = (article.kind ?? 'article') === 'article';
    const cites = findCitations(article.body);
    if (isArticle && cites.length === 0) {
      problems.push(`${article.file}: the article cites no sources. Fix: add <Cite ids="S-…" /> after each factual statement.`);
    }
    for (const use of cites) {
      if (use.ids.length === 0) {
        problems.push(`${article.file}:${use.line}: <Cite> has no ids. Fix: write <Cite ids="S-01 S-02" />.`);
      }
      for (const id of use.ids) {
        cited.add(id);
        if (!sourceIds.has(id)) unknownSource(`${article.file}:${use.line}`, id);
      }
    }
    if (isArticle && !/^\s*(?:import[^\n]*\n\s*)*<Answer>/.test(article.body)) {
      problems.push(`${article.file}: the article does not open with <Answer>. Fix: start the body with <Answer> and one or two cited sentences that answer the title's question.`);
    }
    if (isArticle && !/<ShortVersion\b/.test(article.body)) {
      problems.push(`${article.file}: no <ShortVersion> box. Fix: start the article with a cited "short version" list.`);
    }
    for (const term of findTerms(article.body)) {
      if (!termIds.has(term.id)) {
        problems.push(`${article.file}:${term.line}: <Term id="${term.id}"> is not in ${GLOSSARY}. Fix: add the term or correct the id.`);
      }
    }
    for (const link of findLinks(article.body)) {
      const why = hrefProblem(link.href, articleIds);
      if (why) problems.push(`${article.file}:${link.line}: ${why}`);
    }
    problems.push(...headingProblems(article));
    if (isArticle && input.verification) problems.push(...verificationProblems(article, input.verification));
  }

  for (const event of input.timeline) {
    const where = `${TIMELINE} (event "${event.id}")`;
    for (const id of event.sources) {
      cited.add(id);
      if (!sourceIds.has(id)) unknownSource(where, id);
    }
    if (!articleIds.has(event.article)) {
      problems.push(`${where}: article "${event.article}" does not exist. Fix: use an article slug.`);
    }
  }

  for (const term of input.glossary) {
    const where = `${GLOSSARY} (term "${term.id}")`;
    for (const id of term.sources) {
      cited.add(id);
      if (!sourceIds.has(id)) unknownSource(where, id);
    }
    if (term.article !== undefined && !articleIds.has(term.article)) {
      problems.push(`${where}: article "${term.article}" does not exist. Fix: use an article slug.`);
    }
    for (const other of term.related) {
      if (!termIds.has(other)) problems.push(`${where}: related term "${other}" does not exist in ${GLOSSARY}.`);
    }
  }

  for (const q of input.questions ?? []) {
    const where = q.where ?? `${QUESTIONS} (question "${q.id}")`;
    for (const id of q.sources) {
      cited.add(id);
      if (!sourceIds.has(id)) unknownSource(where, id);
    }
    const why = hrefProblem(q.link, articleIds);
    if (why) problems.push(`${where}: ${why}`);
  }

  for (const other of input.others ?? []) {
    for (const id of other.sources) {
      cited.add(id);
      if (!sourceIds.has(id)) unknownSource(other.where, id);
    }
  }

  for (const source of input.sources) {
    if (!cited.has(source.id)) {
      problems.push(`${SOURCES}: source "${source.id}" is not cited anywhere. Fix: cite it or remove it.`);
    }
    const blocked = source.url ? blockedHostOf(source.url, input.blockedHosts ?? []) : undefined;
    if (blocked) {
      problems.push(
        `${SOURCES}: source "${source.id}" links ${source.url}, a host on the blocklist (${BLOCKED_HOSTS}: ${blocked.host}, "${blocked.reason}"). ` +
          'Fix: cite the outlet that did the reporting (its original url, or outlet, title and date without a url).',
      );
    }
    if (source.reliability === 'unreliable' && source.url) {
      problems.push(`${SOURCES}: source "${source.id}" is marked unreliable but has a url. Fix: remove the url; we never link unreliable sources.`);
    }
  }
  return problems;
}

/** The blocklist entry a url falls under (its host or a parent domain is listed), if any. */
export function blockedHostOf(url: string, blocked: readonly BlockedHost[]): BlockedHost | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  return blocked.find((b) => host === b.host.toLowerCase() || host.endsWith(`.${b.host.toLowerCase()}`));
}

function headingProblems(article: ArticleInput): string[] {
  const problems: string[] = [];
  const headings = findHeadings(article.body);
  const lines = article.body.split('\n');
  let previousDepth = 1;
  headings.forEach((h, i) => {
    if (h.depth === 1) {
      problems.push(`${article.file}:${h.line}: "# ${h.text}" is a second page title. Fix: start sections at ##.`);
    } else if (h.depth > previousDepth + 1) {
      problems.push(`${article.file}:${h.line}: heading "${h.text}" skips a level (h${previousDepth} to h${h.depth}). Fix: use h${previousDepth + 1}.`);
    }
    if (h.text === '') problems.push(`${article.file}:${h.line}: empty heading.`);
    const next = headings[i + 1];
    const end = next ? next.line - 1 : lines.length;
    const content = lines.slice(h.line, end).join('\n').trim();
    const hasChildSection = next !== undefined && next.depth > h.depth;
    if (content === '' && !hasChildSection) {
      problems.push(`${article.file}:${h.line}: section "${h.text}" is empty. Fix: write it or remove the heading.`);
    }
    previousDepth = h.depth;
  });
  return problems;
}

/**
 * An article whose facts were last checked too long ago (or whose date is missing or lies in the
 * future) needs re-checking against its sources. One day of slack for a future date absorbs the
 * time-zone gap between an author's calendar and UTC.
 */
export function verificationProblems(article: Pick<ArticleInput, 'file' | 'lastVerified'>, policy: VerificationPolicy): string[] {
  const { lastVerified } = article;
  if (!lastVerified) {
    return [`${article.file}: lastVerified is missing. Fix: add lastVerified: "YYYY-MM-DD", the day you last checked the facts.`];
  }
  const age = daysBetween(lastVerified, policy.today);
  if (Number.isNaN(age)) return [`${article.file}: lastVerified "${lastVerified}" is not a date written "YYYY-MM-DD".`];
  if (age < -1) {
    return [`${article.file}: lastVerified "${lastVerified}" is in the future (today is ${policy.today}). Fix: use the day you checked the facts.`];
  }
  if (age > policy.maxAgeDays) {
    return [
      `${article.file}: lastVerified "${lastVerified}" is ${age} days old, more than the ${policy.maxAgeDays} allowed ` +
        '(siteConfig.maxVerificationAgeDays). Fix: re-check the facts against the sources, then update lastVerified (and updated if the text changed).',
    ];
  }
  return [];
}

export class ContentIntegrityError extends Error {
  constructor(problems: string[]) {
    super(`Content problems (${problems.length}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentIntegrityError';
  }
}

export function assertContentIntegrity(input: IntegrityInput): void {
  const problems = checkContentIntegrity(input);
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}

/**
 * Cross-entry checks that a per-entry schema cannot make. This is the one place that checks
 * every id pointing into another collection (topic, platform, source, article, glossary term),
 * each with the same message: `<file> (<entry>): unknown topic "x": use one of a, b, c
 * (defined in content/topics.yaml)`. It also checks that every source is cited somewhere, that
 * links are written so they survive a sub-path, that headings are in order and no section is
 * empty, and (when asked) that every article was verified recently. Pure: takes plain data,
 * returns problems, each naming the file, the line or field, and the fix.
 */
import { findCitations, findCiteClashes, findHeadings, findLinks, findTerms, headingIds } from './mdx-scan.ts';
import { hrefProblem, parseInternalLink } from './internal-links.ts';
import { daysBetween } from './dates.ts';
import { FRAME_SECTIONS } from './frame-sections.ts';

/** Topic and platform ids an entry is filed under. */
interface Filed {
  topics?: string[] | undefined;
  platforms?: string[] | undefined;
}

export interface ArticleInput extends Filed {
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
export interface TimelineInput extends Filed {
  id: string;
  sources: string[];
  article: string;
}
export interface GlossaryInput extends Filed {
  id: string;
  sources: string[];
  article?: string | undefined;
  related: string[];
}
/** A question, or a checker rule: both cite sources and link to an article section. */
export interface QuestionInput extends Filed {
  id: string;
  sources: string[];
  /** "article:<slug>#<heading-id>" */
  link: string;
  /** The file it is written in, for messages; default: the questions file. */
  file?: string;
  /** What one entry is called in messages; default: "question". */
  entry?: string;
  /** The field that holds its platform ids; default: "platforms" (checker rules: "when.apps"). */
  platformsField?: string;
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
  /** The ids of content/topics.yaml and content/platforms.yaml. */
  topics: string[];
  platforms: string[];
  /**
   * When given, every published article's `lastVerified` must be at most `maxAgeDays` old on
   * `today`. The build passes it only when SITE_CHECK_VERIFIED_AGE=1 (as `npm test` does): a
   * deploy must never fail because the calendar moved on.
   */
  verification?: VerificationPolicy;
}

export interface VerificationPolicy {
  /** "YYYY-MM-DD", normally today's date in UTC. */
  today: string;
  maxAgeDays: number;
}

const ARTICLES = 'content/articles';
const TOPICS = 'content/topics.yaml';
const PLATFORMS = 'content/platforms.yaml';
const TIMELINE = 'content/timeline.yaml';
const GLOSSARY = 'content/glossary.yaml';
const SOURCES = 'content/sources.yaml';
const QUESTIONS = 'content/questions.yaml';
const BLOCKED_HOSTS = 'content/blocked-hosts.yaml';

/** Longer id lists are cut to the ids closest to the unknown one. */
const MAX_LISTED = 20;

/** The one wording for an id that names nothing: where, what, and the ids to use instead. */
export function unknownId(
  where: string,
  what: string,
  id: string,
  known: readonly string[],
  definedIn: string,
  note = '',
): string {
  const listed = known.length <= MAX_LISTED ? known : closest(id, known, 8);
  const among =
    known.length <= MAX_LISTED
      ? `defined in ${definedIn}`
      : `the ${listed.length} closest of ${known.length}, defined in ${definedIn}`;
  return `${where}: unknown ${what} "${id}"${note}: use one of ${listed.join(', ')} (${known.length ? among : `none yet: add it to ${definedIn}`})`;
}

function closest(id: string, known: readonly string[], n: number): string[] {
  return [...known].sort((a, b) => editDistance(id, a) - editDistance(id, b) || a.localeCompare(b)).slice(0, n);
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

export function checkContentIntegrity(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const sourceIds = input.sources.map((s) => s.id);
  // Link targets: published articles only (a draft is left out of the build).
  const articleIds = input.articles
    .filter((a) => (a.kind ?? 'article') === 'article' && !a.draft)
    .map((a) => a.id)
    .sort();
  const draftIds = new Set(input.articles.filter((a) => a.draft).map((a) => a.id));
  const termIds = input.glossary.map((g) => g.id);
  const cited = new Set<string>();

  /** Reports each id of `ids` that is not among `known`. */
  const check = (
    where: string,
    what: string,
    ids: readonly string[] | undefined,
    known: readonly string[],
    definedIn: string,
  ) => {
    for (const id of ids ?? []) {
      if (known.includes(id)) continue;
      const note = what === 'article' && draftIds.has(id) ? ' (a draft: drafts are left out of the build)' : '';
      problems.push(unknownId(where, what, id, known, definedIn, note));
    }
  };
  const cites = (where: string, ids: readonly string[]) => {
    for (const id of ids) cited.add(id);
    check(where, 'source', ids, sourceIds, SOURCES);
  };
  const filed = (where: (field: string) => string, entry: Filed, platformsField = 'platforms') => {
    check(where('topics'), 'topic', entry.topics, input.topics, TOPICS);
    check(where(platformsField), 'platform', entry.platforms, input.platforms, PLATFORMS);
  };
  // The section ids of each published article, for links to "article:<slug>#<section>".
  const sections = new Map(
    input.articles
      .filter((a) => (a.kind ?? 'article') === 'article' && !a.draft)
      .map((a) => [a.id, { file: a.file, ids: [...headingIds(a.body), ...Object.values(FRAME_SECTIONS)] }]),
  );
  /** A link written in content: its form (internal-links.ts), and for `article:` its target and section. */
  const link = (where: string, href: string, targetWhere = where) => {
    const why = hrefProblem(href);
    if (why) problems.push(`${where}: ${why}`);
    const internal = parseInternalLink(href);
    if (internal?.kind !== 'article') return;
    check(targetWhere, 'article', [internal.target], articleIds, ARTICLES);
    const target = sections.get(internal.target);
    if (target && internal.fragment !== undefined && !target.ids.includes(internal.fragment)) {
      problems.push(
        unknownId(targetWhere, 'section', internal.fragment, target.ids, `${target.file}'s headings`) +
          '. Fix: link to one of those headings, or to the article without "#…"',
      );
    }
  };
  const entry = (file: string, kind: string, id: string) => (field: string) => `${file} (${kind} "${id}", ${field})`;

  for (const article of input.articles) {
    const isArticle = (article.kind ?? 'article') === 'article';
    filed((field) => `${article.file} (${field})`, article);
    const uses = findCitations(article.body);
    if (isArticle && uses.length === 0) {
      problems.push(
        `${article.file}: the article cites no sources. Fix: add <Cite ids="S-…" /> after each factual statement.`,
      );
    }
    for (const use of uses) {
      if (use.ids.length === 0) {
        problems.push(`${article.file}:${use.line}: <Cite> has no ids. Fix: write <Cite ids="S-01 S-02" />.`);
      }
      cites(`${article.file}:${use.line} (<Cite>)`, use.ids);
    }
    // One marker per sentence: readers follow one bracket of numbers, not two.
    for (const clash of findCiteClashes(article.body)) {
      problems.push(
        `${article.file}:${clash.line}: two <Cite> markers in one sentence (the other on line ${clash.firstLine}). ` +
          `Fix: merge them into one <Cite ids="${clash.merged.join(' ')}" /> at the end of the sentence.`,
      );
    }
    if (isArticle && !/^\s*(?:import[^\n]*\n\s*)*<Answer>/.test(article.body)) {
      problems.push(
        `${article.file}: the article does not open with <Answer>. Fix: start the body with <Answer> and one or two cited sentences that answer the title's question.`,
      );
    }
    if (isArticle && !/<ShortVersion\b/.test(article.body)) {
      problems.push(
        `${article.file}: no <ShortVersion> box. Fix: start the article with a cited "short version" list.`,
      );
    }
    for (const term of findTerms(article.body)) {
      check(`${article.file}:${term.line} (<Term>)`, 'glossary term', [term.id], termIds, GLOSSARY);
    }
    for (const use of findLinks(article.body))
      link(`${article.file}:${use.line}`, use.href, `${article.file}:${use.line} (link "${use.href}")`);
    problems.push(...headingProblems(article));
    if (isArticle && !article.draft && input.verification)
      problems.push(...verificationProblems(article, input.verification));
  }

  for (const event of input.timeline) {
    const where = entry(TIMELINE, 'event', event.id);
    cites(where('sources'), event.sources);
    check(where('article'), 'article', [event.article], articleIds, ARTICLES);
    filed(where, event);
  }

  for (const term of input.glossary) {
    const where = entry(GLOSSARY, 'term', term.id);
    cites(where('sources'), term.sources);
    if (term.article !== undefined) check(where('article'), 'article', [term.article], articleIds, ARTICLES);
    check(where('related'), 'glossary term', term.related, termIds, GLOSSARY);
    filed(where, term);
  }

  for (const q of input.questions ?? []) {
    const where = entry(q.file ?? QUESTIONS, q.entry ?? 'question', q.id);
    cites(where('sources'), q.sources);
    link(where('link'), q.link);
    filed(where, q, q.platformsField);
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
      problems.push(
        `${SOURCES}: source "${source.id}" is marked unreliable but has a url. Fix: remove the url; we never link unreliable sources.`,
      );
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
      problems.push(
        `${article.file}:${h.line}: heading "${h.text}" skips a level (h${previousDepth} to h${h.depth}). Fix: use h${previousDepth + 1}.`,
      );
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
export function verificationProblems(
  article: Pick<ArticleInput, 'file' | 'lastVerified'>,
  policy: VerificationPolicy,
): string[] {
  const { lastVerified } = article;
  if (!lastVerified) {
    return [
      `${article.file}: lastVerified is missing. Fix: add lastVerified: "YYYY-MM-DD", the day you last checked the facts.`,
    ];
  }
  const age = daysBetween(lastVerified, policy.today);
  if (Number.isNaN(age)) return [`${article.file}: lastVerified "${lastVerified}" is not a date written "YYYY-MM-DD".`];
  if (age < -1) {
    return [
      `${article.file}: lastVerified "${lastVerified}" is in the future (today is ${policy.today}). Fix: use the day you checked the facts.`,
    ];
  }
  if (age > policy.maxAgeDays) {
    return [
      `${article.file}: lastVerified "${lastVerified}" is ${age} days old, more than the ${policy.maxAgeDays} allowed ` +
        '(siteConfig.maxVerificationAgeDays). Fix: re-check the facts against the sources, then update lastVerified (and updated if the text changed).',
    ];
  }
  return [];
}

class ContentIntegrityError extends Error {
  constructor(problems: string[]) {
    super(`Content problems (${problems.length}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentIntegrityError';
  }
}

export function assertContentIntegrity(input: IntegrityInput): void {
  const problems = checkContentIntegrity(input);
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}

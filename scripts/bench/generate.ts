/**
 * Generated articles for the build benchmark: a copy of content/ plus N articles of about 900
 * words each, with h2/h3 sections, a short version, <Cite> citations of real source ids from
 * content/sources.yaml, glossary terms, links to real articles, and frontmatter with real topic and
 * platform ids. Deterministic (seeded), so runs are comparable. The copy lives inside the project
 * (the build resolves SITE_CONTENT_DIR relative to it) under .bench/, which git ignores.
 * The ids come straight from the content files; the benchmark's build of the result runs the
 * site's own checks (src/lib/content-integrity.ts) and fails on any problem.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const WORDS = (
  'meta people chats assistant conversation ads content feed reels posts groups settings privacy data ' +
  'company said told reporters reported according spokesperson announced confirmed change update policy ' +
  'users accounts apps facebook instagram messenger whatsapp glasses voice text messages signal choose ' +
  'show shown recommendations personalise personalised system model training europe union kingdom korea ' +
  'regulator commission investigation complaint consumer groups advocates argued warned noted explained ' +
  'option control switch turn off delete history linked center preferences interests topics sensitive ' +
  'religion health politics orientation excluded launch december october notice email banner screen ' +
  'menu path step label button tap open choose review remove hide limit check read write speak type ' +
  'what which where when whether because although however while also still only never often sometimes ' +
  'clear unclear simple difficult useful limited broad narrow public private shared stored processed ' +
  'the a of and to in on for with that this it is was were be by as from at about into over than more'
).split(/\s+/);

/** A small seeded PRNG (mulberry32), so every run generates the same articles. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pools {
  sources: string[];
  topics: string[];
  platforms: string[];
  terms: string[];
  articles: string[];
}

function pools(contentDir: string): Pools {
  const keys = (file: string) => Object.keys(parse(readFileSync(join(contentDir, file), 'utf8')) as object);
  return {
    sources: keys('sources.yaml'),
    topics: keys('topics.yaml'),
    platforms: keys('platforms.yaml'),
    terms: keys('glossary.yaml'),
    articles: publishedArticleIds(join(contentDir, 'articles')),
  };
}

/** Slugs of the published articles, as src/content.config.ts gives them: frontmatter `slug` or the file name. */
function publishedArticleIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .sort()
    .flatMap((f) => {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
      const data = (parse(frontmatter) ?? {}) as { slug?: unknown; draft?: unknown };
      if (data.draft === true) return [];
      return [typeof data.slug === 'string' ? data.slug : f.replace(/\.mdx$/, '')];
    });
}

export function generateArticle(i: number, p: Pools): { slug: string; text: string; words: number } {
  const r = rng(i * 7919 + 17);
  const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)]!;
  const some = <T>(list: T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(list)))];
  let words = 0;
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(r() * (max - min));
    words += n;
    const w = Array.from({ length: n }, () => pick(WORDS));
    w[0] = w[0]!.charAt(0).toUpperCase() + w[0]!.slice(1);
    return `${w.join(' ')}.`;
  };
  const cite = () => `<Cite ids="${some(p.sources, 1 + Math.floor(r() * 3)).join(' ')}" />`;
  const paragraph = (sentences: number) => {
    const parts = Array.from({ length: sentences }, () => sentence(11, 20));
    if (r() < 0.25) parts.splice(1, 0, `See <Term id="${pick(p.terms)}">the glossary</Term> for the term.`);
    if (r() < 0.15) parts.push(`The [related explainer](article:${pick(p.articles)}) covers more.`);
    return `${parts.join(' ')} ${cite()}`;
  };
  const slug = `generated-${String(i).padStart(5, '0')}`;
  const title = `Generated explainer ${i}: ${sentence(3, 6).replace(/\.$/, '')}`.slice(0, 110);
  words = 0;
  const lines = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(`A generated benchmark article number ${i}, about ${some(p.topics, 2).join(' and ')}, of realistic length and structure.`)}`,
    'published: "2026-11-01"',
    'updated: "2026-11-20"',
    'lastVerified: "2026-11-20"',
    `order: ${1000 + i}`,
    `type: ${pick(['explainer', 'how-to', 'fact-check'])}`,
    `topics: [${some(p.topics, 2).join(', ')}]`,
    `platforms: [${some(p.platforms, 2).join(', ')}]`,
    '---',
    '',
    '<Answer>',
    '',
    `${sentence(14, 22)} ${cite()}`,
    '',
    '</Answer>',
    '',
    '<ShortVersion>',
    '',
    ...Array.from({ length: 3 }, () => `- ${sentence(12, 20)} ${cite()}`),
    '',
    '</ShortVersion>',
    '',
  ];
  for (let s = 1; s <= 6; s++) {
    lines.push(`## Section ${s}: ${sentence(3, 6).replace(/\.$/, '')}`, '', paragraph(5), '');
    if (s % 2 === 0) {
      lines.push(`### Detail ${s}.1: ${sentence(2, 5).replace(/\.$/, '')}`, '', paragraph(3), '');
      lines.push(`- ${sentence(6, 10)} ${cite()}`, `- ${sentence(6, 10)} ${cite()}`, '');
    } else {
      lines.push(paragraph(4), '');
    }
  }
  return { slug, text: lines.join('\n'), words };
}

/**
 * Writes content/ plus `count` generated articles to `.bench/content-<count>`. Returns the folder
 * (relative to the project) and the mean word count of a generated article.
 */
export function generateContent(count: number, root = '.bench'): { dir: string; meanWords: number } {
  const dir = join(root, `content-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('content', dir, { recursive: true });
  const p = pools('content');
  let total = 0;
  for (let i = 1; i <= count; i++) {
    const a = generateArticle(i, p);
    total += a.words;
    writeFileSync(join(dir, 'articles', `${a.slug}.mdx`), a.text);
  }
  return { dir, meanWords: Math.round(total / Math.max(1, count)) };
}

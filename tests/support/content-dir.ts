import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { IntegrityInput } from '../../src/lib/content-integrity.ts';

/**
 * Reads a content folder straight from disk (no Astro) into what the integrity checks take, the
 * way the build's site-data loader does: published articles only (drafts are left out of the
 * build), ids from the file name or the frontmatter `slug`, timeline ids from date and title.
 * Used by the content lint test and by the benchmark to check its generated articles.
 */
export interface LoadedContent {
  input: IntegrityInput;
  /** Frontmatter of every article file, drafts included, keyed by its path. */
  frontmatter: Map<string, Record<string, unknown>>;
}

type Map_ = Record<string, Record<string, unknown> | undefined>;

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;

export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { data: {}, body: source };
  return { data: (parse(m[1]!) as Record<string, unknown> | null) ?? {}, body: source.slice(m[0].length) };
}

export function loadContentDir(dir: string, root = process.cwd()): LoadedContent {
  const readYaml = (file: string): unknown => parse(readFileSync(join(dir, file), 'utf8'));
  const shown = (file: string) => relative(root, join(dir, file)) || file;
  const frontmatter = new Map<string, Record<string, unknown>>();
  const articles: IntegrityInput['articles'] = [];
  const articleDir = join(dir, 'articles');
  const files = readdirSync(articleDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') && !f.split('/').some((part) => part.startsWith('_')))
    .sort();
  for (const f of files) {
    const file = shown(join('articles', f));
    const { data, body } = splitFrontmatter(readFileSync(join(articleDir, f), 'utf8'));
    frontmatter.set(file, data);
    if (data.draft === true) continue;
    const id = typeof data.slug === 'string' ? data.slug : f.replace(/\.mdx$/, '');
    articles.push({ id, file, body, lastVerified: text(data.lastVerified) });
  }

  const sources = Object.entries((readYaml('sources.yaml') ?? {}) as Map_).map(([id, s]) => ({
    id,
    url: text(s?.url),
    reliability: text(s?.reliability),
  }));
  const timeline = ((readYaml('timeline.yaml') ?? []) as Record<string, unknown>[]).map((e) => ({
    id: String(e.id ?? ''),
    sources: list(e.sources),
    article: String(e.article ?? ''),
  }));
  const glossary = Object.entries((readYaml('glossary.yaml') ?? {}) as Map_).map(([id, g]) => ({
    id,
    sources: list(g?.sources),
    article: text(g?.article),
    related: list(g?.related),
  }));
  const questions = ((readYaml('questions.yaml') ?? []) as Record<string, unknown>[]).map((q) => ({
    id: String(q.id ?? ''),
    sources: list(q.sources),
    link: String(q.link ?? ''),
  }));
  return { input: { articles, sources, timeline, glossary, questions }, frontmatter };
}

/** Today's date in UTC as "YYYY-MM-DD". */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

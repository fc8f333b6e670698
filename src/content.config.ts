/**
 * Every content collection and its schema, in one place. Content lives in the top-level
 * `content/` folder (or SITE_CONTENT_DIR: src/lib/content-root.ts); the schemas live in
 * `src/schemas/` and check each entry's shape. Ids that point into another collection (topics,
 * platforms, sources, articles, glossary terms) are checked by src/lib/content-integrity.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { blockedHostSchema, sourceSchema } from './schemas/source.ts';
import { taxonomyEntry } from './schemas/taxonomy.ts';
import { timelineEventSchema } from './schemas/timeline.ts';
import { pageSchema } from './schemas/page.ts';
import { questionSchema } from './schemas/question.ts';
import { checkerRuleSchema } from './schemas/checker.ts';
import { synonymGroupSchema } from './schemas/synonyms.ts';
import { DuplicateSlugGuard } from './lib/duplicate-slugs.ts';
import { CONTENT_ROOT } from './lib/content-root.ts';

// /articles/page/N/ holds the archive's later pages (src/pages/articles/page/[page].astro).
const slugGuard = new DuplicateSlugGuard(`${CONTENT_ROOT}/articles`, { page: 'the archive pages /articles/page/N/' });

const articles = defineCollection({
  loader: glob({
    pattern: ['**/*.mdx', '!**/_*'],
    base: `./${CONTENT_ROOT}/articles`,
    generateId: ({ entry, data }) =>
      slugGuard.claim(typeof data.slug === 'string' ? data.slug : entry.replace(/\.mdx$/, ''), entry),
  }),
  schema: articleSchema,
});

const sources = defineCollection({ loader: file(`${CONTENT_ROOT}/sources.yaml`), schema: sourceSchema });
const blockedHosts = defineCollection({
  loader: file(`${CONTENT_ROOT}/blocked-hosts.yaml`),
  schema: blockedHostSchema,
});
const topics = defineCollection({ loader: file(`${CONTENT_ROOT}/topics.yaml`), schema: taxonomyEntry });
const platforms = defineCollection({ loader: file(`${CONTENT_ROOT}/platforms.yaml`), schema: taxonomyEntry });
const glossary = defineCollection({ loader: file(`${CONTENT_ROOT}/glossary.yaml`), schema: glossaryTermSchema });

// Every event carries an explicit, stable `id` (its anchor on the timeline page and its search result).
const timeline = defineCollection({ loader: file(`${CONTENT_ROOT}/timeline.yaml`), schema: timelineEventSchema });

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${CONTENT_ROOT}/pages` }),
  schema: pageSchema,
});

const questions = defineCollection({ loader: file(`${CONTENT_ROOT}/questions.yaml`), schema: questionSchema });

// Search synonyms, applied when a reader searches (src/lib/search-query.ts).
const synonyms = defineCollection({ loader: file(`${CONTENT_ROOT}/synonyms.yaml`), schema: synonymGroupSchema });

const checker = defineCollection({ loader: file(`${CONTENT_ROOT}/checker.yaml`), schema: checkerRuleSchema });

export const collections = {
  articles,
  pages,
  sources,
  blockedHosts,
  topics,
  platforms,
  glossary,
  timeline,
  questions,
  checker,
  synonyms,
};

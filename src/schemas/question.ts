import { z } from 'astro/zod';
import { platformId, topicId } from './taxonomy.ts';

/** One entry of the concern index: a reader's question, a two-sentence cited answer, a link to the full section. */
export const questionSchema = z.object({
  question: z
    .string()
    .min(8)
    .refine((q) => q.trim().endsWith('?'), { message: 'question must end with "?"' }),
  answer: z
    .string()
    .min(40)
    .max(480, 'answer: keep it to two short sentences')
    .refine((a) => (a.match(/[.!?](\s|$)/g) ?? []).length <= 3, { message: 'answer: two sentences at most' }),
  sources: z.array(z.string()).min(1, 'sources: every answer needs at least one source id'),
  link: z.string().regex(/^article:[a-z0-9-]+(#[a-z0-9-]+)?$/, 'link must be "article:<slug>#<heading-id>"'),
  topics: z.array(topicId()).min(1),
  platforms: z.array(platformId()).default([]),
  top: z.boolean().default(false),
  /** Other ways readers ask the same thing, shown under the question ("Also asked as …") and found by search. */
  alsoAsked: z
    .array(
      z
        .string()
        .min(8)
        .refine((q) => q.trim().endsWith('?'), {
          message: 'alsoAsked: write each phrasing as a question ending with "?"',
        }),
    )
    .default([]),
});

import { z } from 'astro/zod';
import { entryId, topicId } from './taxonomy.ts';

export const glossaryTermSchema = z.object({
  term: z.string().min(2),
  definition: z.string().min(20, 'definition: one to three plain sentences'),
  sources: z.array(z.string()).default([]),
  article: entryId('article').optional(),
  topics: z.array(topicId()).default([]),
  related: z.array(entryId('related term')).default([]),
});

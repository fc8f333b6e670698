import { z } from 'astro/zod';
import { topicId } from './taxonomy.ts';

export const glossaryTermSchema = z.object({
  term: z.string().min(2),
  definition: z.string().min(20, 'definition: one to three plain sentences'),
  sources: z.array(z.string()).default([]),
  article: z.string().optional(),
  topics: z.array(topicId()).default([]),
  related: z.array(z.string()).default([]),
});

export type GlossaryTermData = z.infer<typeof glossaryTermSchema>;

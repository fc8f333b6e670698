import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { platformId, topicId } from './taxonomy.ts';

export const timelineEventSchema = z.object({
  date: partialDate('date'),
  title: z.string().min(5).max(120),
  summary: z.string().min(20, 'summary: one or two plain sentences'),
  sources: z.array(z.string()).min(1, 'sources: every event needs at least one source id'),
  article: z.string({ message: 'article is required: the slug of the article that explains this event' }),
  topics: z.array(topicId()).min(1),
  platforms: z.array(platformId()).default([]),
});

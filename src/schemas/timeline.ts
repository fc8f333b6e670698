import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { platformId, topicId } from './taxonomy.ts';

export const timelineEventSchema = z
  .object({
    date: partialDate('date'),
    title: z.string().min(5).max(120),
    /** One of the handful of events that matter most: marked on the timeline, drawn in the key-dates strip. */
    key: z.boolean().default(false),
    /** The short name the key-dates strip shows (key events only). */
    label: z.string().min(3).max(40).optional(),
    summary: z.string().min(20, 'summary: one or two plain sentences'),
    sources: z.array(z.string()).min(1, 'sources: every event needs at least one source id'),
    article: z.string({ message: 'article is required: the slug of the article that explains this event' }),
    topics: z.array(topicId()).min(1),
    platforms: z.array(platformId()).default([]),
  })
  .refine((e) => !e.key || e.label !== undefined, {
    message: 'label is required on a key event: a short name (at most 40 characters) for the key-dates strip',
    path: ['label'],
  });

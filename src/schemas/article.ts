import { z } from 'astro/zod';
import { isoDate } from './dates.ts';
import { platformId, topicId } from './taxonomy.ts';
import { ARTICLE_TYPES } from '../lib/vocabulary.ts';

/** A dated note of what changed in an article and why; shown on the page and carried by the feed. */
export const articleUpdate = z.object({
  date: isoDate('updates[].date'),
  summary: z.string().min(10, 'updates[].summary: say in a sentence what changed and why'),
});

export const articleSchema = z
  .object({
    title: z
      .string({ message: 'title is required' })
      .min(5, 'title is too short')
      .max(120, 'title: keep it under 120 characters'),
    description: z
      .string({ message: 'description is required: one or two plain sentences for search results and link previews' })
      .min(30, 'description: write one or two full sentences (30+ characters)')
      .max(240, 'description: keep it under 240 characters'),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: lowercase words joined by hyphens, e.g. "can-you-opt-out"')
      .optional(),
    published: isoDate('published'),
    updated: isoDate('updated'),
    lastVerified: isoDate('lastVerified'),
    order: z.number({ message: 'order is required: the position in the reading order (1 = first)' }).int().positive(),
    type: z.enum(ARTICLE_TYPES, { message: `type must be one of ${ARTICLE_TYPES.join(', ')}` }),
    topics: z.array(topicId()).min(1, 'topics: list at least one topic id'),
    platforms: z.array(platformId()).default([]),
    updates: z.array(articleUpdate).default([]),
    draft: z.boolean().default(false),
  })
  .refine((a) => a.updated >= a.published, {
    message: 'updated must be on or after published',
    path: ['updated'],
  })
  .refine((a) => a.lastVerified >= a.published, {
    message: 'lastVerified must be on or after published',
    path: ['lastVerified'],
  });

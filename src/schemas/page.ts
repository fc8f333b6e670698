import { z } from 'astro/zod';
import { isoDate } from './dates.ts';

/** Stand-alone pages written in MDX (about and method). */
export const pageSchema = z.object({
  title: z.string().min(3),
  description: z.string().min(30).max(240),
  updated: isoDate('updated'),
});

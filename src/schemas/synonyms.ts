import { z } from 'astro/zod';

/**
 * One group of search synonyms (content/synonyms.yaml): phrases readers use for the same thing.
 * Search treats a page as matching a query word if it has any phrase of the word's group.
 */
export const synonymGroupSchema = z.object({
  words: z
    .array(
      z
        .string()
        .min(2)
        .refine((w) => w === w.toLowerCase() && w.trim() === w, {
          message: 'write each phrase in lower case, trimmed',
        }),
    )
    .min(2, 'words: a group needs at least two phrases'),
});

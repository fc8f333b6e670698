import { z } from 'astro/zod';

/** One entry of content/topics.yaml or content/platforms.yaml: the id is its key. */
export const taxonomyEntry = z.object({
  label: z.string().min(1, 'label is required'),
  description: z.string().optional(),
});

/**
 * A reference to an entry of another collection (topic, platform, glossary term, article): its
 * shape only, a lowercase kebab-case id. Whether the entry exists is checked once, across
 * collections, in src/lib/content-integrity.ts.
 */
export const entryId = (what: string) =>
  z.string({ message: `${what}: write the id as text, e.g. "opt-out"` }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: `${what}: an id is lowercase words joined by hyphens, e.g. "opt-out"`,
  });

export const topicId = () => entryId('topic');
export const platformId = () => entryId('platform');

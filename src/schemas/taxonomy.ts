import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/**
 * Topic and platform ids are defined once, in content/topics.yaml and content/platforms.yaml.
 * The schemas read them so that an unknown id fails with a message listing the valid ones.
 */
/** The content folder, relative to the project root. SITE_CONTENT_DIR exists for the bad-content fixtures. */
export const CONTENT_ROOT = process.env.SITE_CONTENT_DIR ?? 'content';
export const CONTENT_DIR = join(process.cwd(), CONTENT_ROOT);

function idsOf(file: string): string[] {
  const data: unknown = parse(readFileSync(join(CONTENT_DIR, file), 'utf8'));
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${CONTENT_ROOT}/${file} must be a YAML map of id: { label: … }`);
  }
  return Object.keys(data);
}

export const taxonomyEntry = z.object({
  label: z.string().min(1, 'label is required'),
  description: z.string().optional(),
});

const idFrom = (file: string, what: string) => {
  const ids = idsOf(file);
  return z.string().refine((v) => ids.includes(v), {
    error: (issue) =>
      `unknown ${what} "${String(issue.input)}": use one of ${ids.join(', ')} (defined in ${CONTENT_ROOT}/${file})`,
  });
};

export const topicId = () => idFrom('topics.yaml', 'topic');
export const platformId = () => idFrom('platforms.yaml', 'platform');

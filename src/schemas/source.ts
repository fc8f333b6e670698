import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { RELIABILITIES, SOURCE_KINDS } from '../lib/vocabulary.ts';

export const sourceSchema = z.object({
  outlet: z.string({ message: 'outlet is required (e.g. "Reuters")' }).min(2),
  author: z.string().optional(),
  title: z.string({ message: 'title is required: the headline of the publication' }).min(3),
  published: partialDate('published').optional(),
  kind: z.enum(SOURCE_KINDS, { message: `kind must be one of ${SOURCE_KINDS.join(', ')}` }),
  url: z
    .string()
    .refine(
      (u) => {
        try {
          const parsed = new URL(u);
          return parsed.protocol === 'https:' && parsed.hostname.includes('.');
        } catch {
          return false;
        }
      },
      {
        message:
          'url must be a full https:// address of the original publication (leave it out when only a copy was read)',
      },
    )
    .optional(),
  note: z.string().optional(),
  reliability: z.enum(RELIABILITIES, { message: `reliability must be one of ${RELIABILITIES.join(', ')}` }).optional(),
});

/** content/blocked-hosts.yaml: hosts we never link (aggregators, content farms, copies), each with its reason. */
export const blockedHostSchema = z.object({
  reason: z.string({ message: 'reason is required: say in a sentence why this host is never linked' }).min(10),
});

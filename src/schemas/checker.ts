import { z } from 'astro/zod';
import { META_AI_USES, REGIONS, VERDICTS, WHATSAPP_LINKS } from '../lib/vocabulary.ts';
import { platformId } from './taxonomy.ts';

export const checkerRuleSchema = z.object({
  verdict: z.enum(VERDICTS, { message: `verdict must be one of ${VERDICTS.join(', ')}` }),
  title: z.string().min(5).max(100),
  when: z
    .object({
      region: z
        .array(z.enum(REGIONS, { message: `region must be among ${REGIONS.join(', ')}` }))
        .min(1)
        .optional(),
      apps: z.array(platformId()).min(1).optional(),
      metaAi: z
        .array(z.enum(META_AI_USES, { message: `metaAi must be among ${META_AI_USES.join(', ')}` }))
        .min(1)
        .optional(),
      usesMetaAi: z.boolean().optional(),
      whatsappLinked: z
        .array(z.enum(WHATSAPP_LINKS, { message: `whatsappLinked must be among ${WHATSAPP_LINKS.join(', ')}` }))
        .min(1)
        .optional(),
    })
    .strict(),
  text: z.string().min(40).max(600),
  sources: z.array(z.string()).min(1, 'sources: every rule needs at least one source id'),
  link: z.string().regex(/^article:[a-z0-9-]+(#[a-z0-9-]+)?$/, 'link must be "article:<slug>#<heading-id>"'),
});

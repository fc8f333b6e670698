import { z } from 'astro/zod';
import { META_AI_USES, REGIONS, VERDICTS, WHATSAPP_LINKS } from '../lib/vocabulary.ts';
import { platformId } from './taxonomy.ts';

const sourceIds = z.array(z.string()).min(1, 'sources: every rule needs at least one source id');

export const checkerRuleSchema = z.object({
  verdict: z.enum(VERDICTS, { message: `verdict must be one of ${VERDICTS.join(', ')}` }),
  /**
   * What else the rule is data for. "region-status": its verdict is the status of every region in
   * `when.region` (the region diagram is drawn from these rules). "exclusions": its `points` are
   * what Meta says it leaves out (drawn in the signal diagram).
   */
  role: z.enum(['region-status', 'exclusions']).optional(),
  title: z.string().min(5).max(100),
  when: z
    .object({
      region: z
        .array(z.enum(REGIONS, { message: `region must be among ${REGIONS.join(', ')}` }))
        .min(1)
        .optional(),
      apps: z.array(platformId()).min(1).optional(),
      /** Where the reader uses Meta AI (platform ids); any of these. */
      metaAiIn: z.array(platformId()).min(1).optional(),
      /** How: typing, talking; any of these. */
      metaAiBy: z
        .array(z.enum(META_AI_USES, { message: `metaAiBy must be among ${META_AI_USES.join(', ')}` }))
        .min(1)
        .optional(),
      usesMetaAi: z.boolean().optional(),
      /** Whether some of the reader's Meta AI chats count on Meta's apps: any use outside WhatsApp, or a linked WhatsApp. */
      chatsCount: z.boolean().optional(),
      whatsappLinked: z
        .array(z.enum(WHATSAPP_LINKS, { message: `whatsappLinked must be among ${WHATSAPP_LINKS.join(', ')}` }))
        .min(1)
        .optional(),
    })
    .strict(),
  text: z.string().min(40).max(600),
  /** Short cited points shown as a list under the text (and drawn in a diagram for "exclusions"). */
  points: z
    .array(z.object({ text: z.string().min(5).max(140), sources: sourceIds }).strict())
    .min(1)
    .optional(),
  sources: sourceIds,
  link: z.string().regex(/^article:[a-z0-9-]+(#[a-z0-9-]+)?$/, 'link must be "article:<slug>#<heading-id>"'),
});

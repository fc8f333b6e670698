/**
 * The site's fixed vocabularies, each with its labels, in one place: what authors may write in
 * content (the schemas build their enums from these lists) and what readers see for each value
 * (layouts, the Open Graph images, source badges, the search filters and the checker).
 * Pure: no Astro or Node imports, so the browser's checker script can use it too.
 */

/** Article `type` in frontmatter, and its label (page kicker, Open Graph image, search filter). */
export const ARTICLE_TYPE_LABELS = {
  explainer: 'Explainer',
  'how-to': 'How-to',
  'fact-check': 'Fact-check',
} as const;
export const ARTICLE_TYPES = keys(ARTICLE_TYPE_LABELS);

/** The "Kind of page" search filter: every article type, plus the entries and pages indexed on their own. */
export const PAGE_TYPE_LABELS = {
  ...ARTICLE_TYPE_LABELS,
  timeline: 'Timeline event',
  glossary: 'Glossary term',
  question: 'Question',
  about: 'About this site',
} as const;
export type PageType = keyof typeof PAGE_TYPE_LABELS;

/** Source `kind` in content/sources.yaml, and its badge in reference lists and on the sources page. */
export const SOURCE_KIND_LABELS = {
  official: 'Meta statement',
  news: 'News report',
  analysis: 'Analysis',
  regulator: 'Regulator',
} as const;
export const SOURCE_KINDS = keys(SOURCE_KIND_LABELS);

/** Source `reliability` (optional), and its badge. Unreliable sources never carry a url. */
export const RELIABILITY_LABELS = {
  low: 'Low reliability',
  unreliable: 'Unreliable',
} as const;
export const RELIABILITIES = keys(RELIABILITY_LABELS);

/** "Am I affected?" rule `verdict`, and the label on its card and in the rules table. */
export const VERDICT_LABELS = {
  applies: 'Applies to you',
  partly: 'Partly',
  check: 'Worth checking',
  'does-not-apply': 'Does not apply to you',
  related: 'Related concern',
} as const;
export const VERDICTS = keys(VERDICT_LABELS);

/**
 * The checker's answers. `choice` labels the option in the form; `inSentence` is how the rules
 * table says it ("If you live in the European Union…", "your WhatsApp is not linked…").
 */
export const REGION_LABELS = {
  us: { choice: 'United States', inSentence: 'the United States' },
  eu: { choice: 'European Union', inSentence: 'the European Union' },
  uk: { choice: 'United Kingdom', inSentence: 'the United Kingdom' },
  'south-korea': { choice: 'South Korea', inSentence: 'South Korea' },
  elsewhere: { choice: 'Somewhere else', inSentence: 'somewhere else' },
} as const;
export type Region = keyof typeof REGION_LABELS;
export const REGIONS = keys(REGION_LABELS);

/** How the reader uses Meta AI (checker `metaAi`). */
export const META_AI_LABELS = {
  text: { choice: 'I type to it', inSentence: 'typing to Meta AI' },
  voice: { choice: 'I talk to it', inSentence: 'talking to Meta AI' },
  glasses: { choice: 'On Ray-Ban Meta glasses', inSentence: 'Meta AI on Ray-Ban Meta glasses' },
} as const;
export type MetaAiUse = keyof typeof META_AI_LABELS;
export const META_AI_USES = keys(META_AI_LABELS);

/** Whether the reader's WhatsApp is linked in Accounts Center (checker `whatsappLinked`). */
export const WHATSAPP_LINK_LABELS = {
  yes: { choice: 'Yes', inSentence: 'is' },
  no: { choice: 'No', inSentence: 'is not' },
  'not-sure': { choice: 'Not sure / no WhatsApp', inSentence: 'may or may not be' },
} as const;
export type WhatsappLink = keyof typeof WHATSAPP_LINK_LABELS;
export const WHATSAPP_LINKS = keys(WHATSAPP_LINK_LABELS);
/** The form's preselected answer, and the answer when none is given. */
export const DEFAULT_WHATSAPP_LINK: WhatsappLink = 'not-sure';

/** The keys of a label map as a non-empty tuple, in their written order (what z.enum takes). */
function keys<K extends string>(labels: Record<K, unknown>): [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

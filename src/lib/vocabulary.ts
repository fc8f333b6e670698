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
export const ARTICLE_TYPES = /* @__PURE__ */ keys(ARTICLE_TYPE_LABELS);

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
export const SOURCE_KINDS = /* @__PURE__ */ keys(SOURCE_KIND_LABELS);

/** Source `reliability` (optional), and its badge. Unreliable sources never carry a url. */
export const RELIABILITY_LABELS = {
  low: 'Low reliability',
  unreliable: 'Unreliable',
} as const;
export const RELIABILITIES = /* @__PURE__ */ keys(RELIABILITY_LABELS);

/**
 * "Am I affected?" rule `verdict`, and the label on its card and in the rules table. The first
 * four take a side on the change itself (STANCES); the rest give advice or context and never
 * disagree with anything.
 */
export const VERDICT_LABELS = {
  applies: 'Applies to you',
  partly: 'Partly',
  'does-not-apply': 'Does not apply to you',
  'not-confirmed': 'Not confirmed',
  limit: 'What Meta leaves out',
  check: 'Worth checking',
  related: 'Related concern',
} as const;
export type Verdict = keyof typeof VERDICT_LABELS;
export const VERDICTS = /* @__PURE__ */ keys(VERDICT_LABELS);

/** The verdicts a reader can get as the one answer, in order of precedence (strongest first). */
export const STANCES = ['not-confirmed', 'does-not-apply', 'applies', 'partly'] as const satisfies readonly Verdict[];
export type Stance = (typeof STANCES)[number];

/**
 * The one answer at the top of the checker: its words, a text symbol for the icon (read out
 * through the words, never alone) and a short sentence for the rules table's legend.
 */
export const STANCE_LABELS = {
  applies: { answer: 'Yes, it applies to you', symbol: '✓' },
  partly: { answer: 'Partly', symbol: '◐' },
  'does-not-apply': { answer: 'No, it does not apply to you', symbol: '–' },
  'not-confirmed': { answer: 'Not confirmed', symbol: '?' },
} as const satisfies Record<Stance, { answer: string; symbol: string }>;

/**
 * The checker's answers. `choice` labels the option in the form; `inSentence` is how the rules
 * table says it ("If you live in the European Union…"); `tile` names it in the region diagram.
 * "Somewhere else" means every place not listed: Norway, Iceland, Liechtenstein and Switzerland
 * have their own answer because no source states their status.
 */
export const REGION_LABELS = {
  us: { choice: 'United States', inSentence: 'the United States', tile: 'United States' },
  eu: { choice: 'European Union', inSentence: 'the European Union', tile: 'European Union' },
  uk: { choice: 'United Kingdom', inSentence: 'the United Kingdom', tile: 'United Kingdom' },
  'south-korea': { choice: 'South Korea', inSentence: 'South Korea', tile: 'South Korea' },
  'eea-efta': {
    choice: 'Norway, Iceland or Liechtenstein',
    inSentence: 'Norway, Iceland or Liechtenstein',
    tile: 'Norway, Iceland, Liechtenstein',
  },
  switzerland: { choice: 'Switzerland', inSentence: 'Switzerland', tile: 'Switzerland' },
  elsewhere: {
    choice: 'Somewhere else',
    inSentence: 'somewhere not listed above',
    tile: 'Everywhere else',
  },
} as const;
export type Region = keyof typeof REGION_LABELS;
export const REGIONS = /* @__PURE__ */ keys(REGION_LABELS);

/** A region's status for the change, as the region diagram and the checker give it. */
export const REGION_STATUS_LABELS = {
  applies: 'Applies',
  'does-not-apply': 'Left out at launch',
  'not-confirmed': 'Not confirmed',
} as const;
export type RegionStatus = keyof typeof REGION_STATUS_LABELS;

/** How the reader talks to Meta AI (checker `metaAiBy`). Where they use it is a platform id (`metaAiIn`). */
export const META_AI_LABELS = {
  text: { choice: 'I type', inSentence: 'type to Meta AI' },
  voice: { choice: 'I talk to it', inSentence: 'talk to Meta AI' },
} as const;
export type MetaAiUse = keyof typeof META_AI_LABELS;
export const META_AI_USES = /* @__PURE__ */ keys(META_AI_LABELS);

/** Whether the reader's WhatsApp is linked in Accounts Center (checker `whatsappLinked`). */
export const WHATSAPP_LINK_LABELS = {
  yes: { choice: 'Yes, it is linked', inSentence: 'is' },
  no: { choice: 'No, it is not', inSentence: 'is not' },
  'not-sure': { choice: 'Not sure', inSentence: 'may or may not be' },
} as const;
export type WhatsappLink = keyof typeof WHATSAPP_LINK_LABELS;
export const WHATSAPP_LINKS = /* @__PURE__ */ keys(WHATSAPP_LINK_LABELS);
/** The form's preselected answer, and the answer when none is given. */
export const DEFAULT_WHATSAPP_LINK: WhatsappLink = 'not-sure';

/**
 * Each app's section in the "what you can do" article (article:what-you-can-do#<anchor>): the
 * checker's next steps link there. The build fails if a heading is renamed and an anchor breaks.
 */
export const APP_STEP_ANCHORS: Record<string, string> = {
  facebook: 'facebook',
  instagram: 'instagram',
  messenger: 'messenger',
  whatsapp: 'whatsapp',
  'meta-ai-app': 'the-meta-ai-app',
  glasses: 'ray-ban-meta-glasses',
};
export const STEPS_ARTICLE = 'what-you-can-do';

/** "Where do you use Meta AI?": each app as a place. */
export const META_AI_PLACE_LABELS: Record<string, string> = {
  facebook: 'In Facebook',
  instagram: 'In Instagram',
  messenger: 'In Messenger',
  whatsapp: 'In WhatsApp',
  'meta-ai-app': 'In the Meta AI app',
  glasses: 'On Ray-Ban Meta glasses',
};

/** The keys of a label map as a non-empty tuple, in their written order (what z.enum takes). */
function keys<K extends string>(labels: Record<K, unknown>): [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

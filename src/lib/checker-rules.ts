/**
 * "Am I affected?": the reader's answers, the rule conditions from content/checker.yaml, and
 * the one function that decides which rules apply. Pure, shared by the build (static table,
 * tests) and the browser (live answers).
 */
export const REGIONS = ['us', 'eu', 'uk', 'south-korea', 'elsewhere'] as const;
export const META_AI_USES = ['text', 'voice', 'glasses'] as const;
export const WHATSAPP_LINK = ['yes', 'no', 'not-sure'] as const;
export const VERDICTS = ['applies', 'partly', 'check', 'does-not-apply', 'related'] as const;

export type Region = (typeof REGIONS)[number];
export type MetaAiUse = (typeof META_AI_USES)[number];
export type WhatsappLink = (typeof WHATSAPP_LINK)[number];
export type Verdict = (typeof VERDICTS)[number];

export const REGION_LABELS: Record<Region, string> = {
  us: 'the United States',
  eu: 'the European Union',
  uk: 'the United Kingdom',
  'south-korea': 'South Korea',
  elsewhere: 'somewhere else',
};
export const META_AI_LABELS: Record<MetaAiUse, string> = {
  text: 'typing to Meta AI',
  voice: 'talking to Meta AI',
  glasses: 'Meta AI on Ray-Ban Meta glasses',
};
export const VERDICT_LABELS: Record<Verdict, string> = {
  applies: 'Applies to you',
  partly: 'Partly',
  check: 'Worth checking',
  'does-not-apply': 'Does not apply to you',
  related: 'Related concern',
};

export interface Answers {
  region: Region;
  apps: string[];
  metaAi: MetaAiUse[];
  whatsappLinked: WhatsappLink;
}

/** Every listed condition must hold; a list means "any of these". */
export interface Condition {
  region?: Region[];
  apps?: string[];
  metaAi?: MetaAiUse[];
  usesMetaAi?: boolean;
  whatsappLinked?: WhatsappLink[];
}

export function ruleApplies(when: Condition, answers: Answers): boolean {
  const anyOf = <T>(allowed: readonly T[] | undefined, given: readonly T[]) =>
    allowed === undefined || allowed.some((v) => given.includes(v));
  return (
    anyOf(when.region, [answers.region]) &&
    anyOf(when.apps, answers.apps) &&
    anyOf(when.metaAi, answers.metaAi) &&
    (when.usesMetaAi === undefined || when.usesMetaAi === answers.metaAi.length > 0) &&
    anyOf(when.whatsappLinked, [answers.whatsappLinked])
  );
}

export function applicableRules<R extends { when: Condition }>(rules: readonly R[], answers: Answers): R[] {
  return rules.filter((r) => ruleApplies(r.when, answers));
}

/** The condition in words, for the static table: "you live in the EU or the UK, and you use WhatsApp". */
export function describeCondition(when: Condition, platformLabel: (id: string) => string): string {
  const or = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
  const parts: string[] = [];
  if (when.region) parts.push(`you live in ${or(when.region.map((r) => REGION_LABELS[r]))}`);
  if (when.usesMetaAi === true) parts.push('you use Meta AI');
  if (when.usesMetaAi === false) parts.push('you do not use Meta AI');
  if (when.metaAi) parts.push(`you use ${or(when.metaAi.map((m) => META_AI_LABELS[m]))}`);
  if (when.apps) parts.push(`you use ${or(when.apps.map(platformLabel))}`);
  if (when.whatsappLinked) {
    const words = { yes: 'is', no: 'is not', 'not-sure': 'may or may not be' } as const;
    parts.push(`your WhatsApp ${or(when.whatsappLinked.map((w) => words[w]))} linked in Accounts Center`);
  }
  return parts.length ? `If ${parts.join(', and ')}` : 'Always';
}

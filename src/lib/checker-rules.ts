/**
 * "Am I affected?": the reader's answers, the rule conditions from content/checker.yaml, and
 * the one function that decides which rules apply. Pure, shared by the build (static table,
 * tests) and the browser (live answers). The answers' values and labels are in vocabulary.ts.
 */
import {
  META_AI_LABELS,
  REGION_LABELS,
  WHATSAPP_LINK_LABELS,
  type MetaAiUse,
  type Region,
  type WhatsappLink,
} from './vocabulary.ts';

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

/** The condition in words, for the static table: "you live in the EU or the UK, and you use WhatsApp". */
export function describeCondition(when: Condition, platformLabel: (id: string) => string): string {
  const or = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
  const parts: string[] = [];
  if (when.region) parts.push(`you live in ${or(when.region.map((r) => REGION_LABELS[r].inSentence))}`);
  if (when.usesMetaAi === true) parts.push('you use Meta AI');
  if (when.usesMetaAi === false) parts.push('you do not use Meta AI');
  if (when.metaAi) parts.push(`you use ${or(when.metaAi.map((m) => META_AI_LABELS[m].inSentence))}`);
  if (when.apps) parts.push(`you use ${or(when.apps.map(platformLabel))}`);
  if (when.whatsappLinked) {
    parts.push(
      `your WhatsApp ${or(when.whatsappLinked.map((w) => WHATSAPP_LINK_LABELS[w].inSentence))} linked in Accounts Center`,
    );
  }
  return parts.length ? `If ${parts.join(', and ')}` : 'Always';
}

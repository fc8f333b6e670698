/**
 * "Am I affected?": the reader's answers, the rule conditions from content/checker.yaml, and the
 * pure functions that decide which rules apply and what the one verdict is. Shared by the build
 * (rules table, diagrams), the browser (live answers) and the tests (every combination of
 * answers). The answers' values and labels are in vocabulary.ts.
 */
import {
  APP_STEP_ANCHORS,
  META_AI_LABELS,
  REGIONS,
  REGION_LABELS,
  STANCES,
  WHATSAPP_LINK_LABELS,
  type MetaAiUse,
  type Region,
  type RegionStatus,
  type Stance,
  type Verdict,
  type WhatsappLink,
} from './vocabulary.ts';

export interface Answers {
  region: Region;
  /** The apps and devices the reader uses (platform ids). */
  apps: string[];
  /** Where the reader uses Meta AI (platform ids); empty if they never do. */
  metaAiIn: string[];
  /** How: typing, talking. */
  metaAiBy: MetaAiUse[];
  whatsappLinked: WhatsappLink;
}

/** Every listed condition must hold; a list means "any of these". */
export interface Condition {
  region?: Region[];
  apps?: string[];
  metaAiIn?: string[];
  metaAiBy?: MetaAiUse[];
  usesMetaAi?: boolean;
  chatsCount?: boolean;
  whatsappLinked?: WhatsappLink[];
}

/** What the functions here need of a rule (content/checker.yaml entries carry more). */
export interface RuleLike {
  id: string;
  verdict: Verdict;
  role?: 'region-status' | 'exclusions' | undefined;
  when: Condition;
}

/**
 * The answers as the rules read them: using Meta AI in an app means using the app; how you talk
 * to Meta AI only matters if you use it somewhere; the Accounts Center answer only matters if
 * you use Meta AI in WhatsApp (otherwise it is "not sure", the form's default).
 */
export function normalize(a: Answers): Answers {
  const apps = [...new Set([...a.apps, ...a.metaAiIn])];
  const usesInWhatsapp = a.metaAiIn.includes('whatsapp');
  return {
    region: a.region,
    apps,
    metaAiIn: [...new Set(a.metaAiIn)],
    metaAiBy: a.metaAiIn.length ? [...new Set(a.metaAiBy)] : [],
    whatsappLinked: usesInWhatsapp ? a.whatsappLinked : 'not-sure',
  };
}

/** Meta said WhatsApp's Meta AI chats count on its other apps only if WhatsApp is linked in Accounts Center. */
export function chatsCount(a: Answers): boolean {
  return a.metaAiIn.some((p) => p !== 'whatsapp') || (a.metaAiIn.includes('whatsapp') && a.whatsappLinked === 'yes');
}

export function ruleApplies(when: Condition, answers: Answers): boolean {
  return matches(when, normalize(answers));
}

/** ruleApplies on answers already normalized. */
function matches(when: Condition, a: Answers): boolean {
  const anyOf = <T>(allowed: readonly T[] | undefined, given: readonly T[]) =>
    allowed === undefined || allowed.some((v) => given.includes(v));
  return (
    anyOf(when.region, [a.region]) &&
    anyOf(when.apps, a.apps) &&
    anyOf(when.metaAiIn, a.metaAiIn) &&
    anyOf(when.metaAiBy, a.metaAiBy) &&
    (when.usesMetaAi === undefined || when.usesMetaAi === a.metaAiIn.length > 0) &&
    (when.chatsCount === undefined || when.chatsCount === chatsCount(a)) &&
    anyOf(when.whatsappLinked, [a.whatsappLinked])
  );
}

export function isStance(v: Verdict): v is Stance {
  return (STANCES as readonly Verdict[]).includes(v);
}

/** Cards are shown stances first (strongest first), then limits, checks and related concerns. */
const CARD_ORDER: Verdict[] = [...STANCES, 'limit', 'check', 'related'];

export interface NextStep {
  app: string;
  /** article:what-you-can-do#<anchor> */
  anchor: string;
  reason: string;
}

export interface Result<R extends RuleLike> {
  /** The one answer, or null if no rule takes a side (the every-combination test forbids that). */
  verdict: Stance | null;
  /** The rule whose title sums up the verdict: the first card that gives it. */
  lead: R | null;
  /** The matching rules, in the order they are shown. */
  cards: R[];
  /** The reader's apps, most important first, each linking to its steps. */
  steps: NextStep[];
}

/**
 * The verdict is derived from the matching rules by precedence: a region whose status is not
 * confirmed, then "does not apply" (a region left out at launch, or no Meta AI use), then
 * "applies", then "partly". The content is written so that one result never holds two stances
 * that disagree; tests/unit/checker-rules.test.ts checks every combination of answers.
 */
export function verdictFor<R extends RuleLike>(answers: Answers, rules: readonly R[], appOrder?: string[]): Result<R> {
  const a = normalize(answers);
  const matching = rules.filter((r) => matches(r.when, a));
  const cards = CARD_ORDER.flatMap((v) => matching.filter((r) => r.verdict === v));
  const verdict = STANCES.find((s) => cards.some((r) => r.verdict === s)) ?? null;
  const lead = verdict ? (cards.find((r) => r.verdict === verdict) ?? null) : null;
  return { verdict, lead, cards, steps: nextSteps(a, verdict, appOrder) };
}

export const STEP_REASONS = {
  chats: 'You use Meta AI here, so your chats there count.',
  link: 'You use Meta AI here: check whether WhatsApp is in your Accounts Center.',
  unlinked: 'You use Meta AI here; keep WhatsApp out of Accounts Center if you want it to stay separate.',
  app: 'Settings worth knowing for this app.',
} as const;

/**
 * The next steps: apps whose Meta AI chats count come first (where the change applies), then
 * WhatsApp when its Accounts Center link decides, then the other apps the reader uses.
 */
export function nextSteps(
  answers: Answers,
  verdict: Stance | null,
  appOrder = Object.keys(APP_STEP_ANCHORS),
): NextStep[] {
  const a = normalize(answers);
  const live = verdict === 'applies' || verdict === 'partly';
  const rank = (app: string): [number, string] => {
    if (live && a.metaAiIn.includes(app)) {
      if (app !== 'whatsapp' || a.whatsappLinked === 'yes') return [0, STEP_REASONS.chats];
      return a.whatsappLinked === 'not-sure' ? [1, STEP_REASONS.link] : [1, STEP_REASONS.unlinked];
    }
    return [2, STEP_REASONS.app];
  };
  return appOrder
    .filter((app) => a.apps.includes(app) && APP_STEP_ANCHORS[app])
    .map((app) => ({ app, rank: rank(app) }))
    .sort((x, y) => x.rank[0] - y.rank[0])
    .map(({ app, rank }) => ({ app, anchor: APP_STEP_ANCHORS[app]!, reason: rank[1] }));
}

/** Each region's status, read off the rules marked `role: region-status` (the region diagram draws these). */
export function regionStatuses<R extends RuleLike>(
  rules: readonly R[],
): { region: Region; status: RegionStatus; rule: R }[] {
  return REGIONS.map((region) => {
    const found = rules.filter((r) => r.role === 'region-status' && r.when.region?.includes(region));
    if (found.length !== 1) {
      throw new Error(
        `content/checker.yaml: region "${region}" needs exactly one rule with role: region-status (found ${found.length})`,
      );
    }
    const rule = found[0]!;
    if (rule.verdict !== 'applies' && rule.verdict !== 'does-not-apply' && rule.verdict !== 'not-confirmed') {
      throw new Error(
        `content/checker.yaml (rule "${rule.id}"): a region-status rule's verdict must be a region status`,
      );
    }
    return { region, status: rule.verdict, rule };
  });
}

/** The rule whose points list what Meta says it leaves out (the signal diagram draws these). */
export function exclusionsRule<R extends RuleLike>(rules: readonly R[]): R {
  const found = rules.filter((r) => r.role === 'exclusions');
  if (found.length !== 1) throw new Error('content/checker.yaml: exactly one rule needs role: exclusions');
  return found[0]!;
}

/** The condition in words, for the static table: "you live in the EU or the UK, and you use WhatsApp". */
export function describeCondition(when: Condition, platformLabel: (id: string) => string): string {
  const or = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
  const parts: string[] = [];
  if (when.region) parts.push(`you live in ${or(when.region.map((r) => REGION_LABELS[r].inSentence))}`);
  if (when.usesMetaAi === true) parts.push('you use Meta AI');
  if (when.usesMetaAi === false) parts.push('you do not use Meta AI');
  if (when.chatsCount === true) {
    parts.push('you use Meta AI outside WhatsApp, or in a WhatsApp linked in Accounts Center');
  }
  if (when.chatsCount === false) parts.push('WhatsApp is the only place you use Meta AI');
  if (when.metaAiIn) parts.push(`you use Meta AI in ${or(when.metaAiIn.map(platformLabel))}`);
  if (when.metaAiBy) parts.push(`you ${or(when.metaAiBy.map((m) => META_AI_LABELS[m].inSentence))}`);
  if (when.apps) parts.push(`you use ${or(when.apps.map(platformLabel))}`);
  if (when.whatsappLinked) {
    parts.push(
      `your WhatsApp ${or(when.whatsappLinked.map((w) => WHATSAPP_LINK_LABELS[w].inSentence))} linked in Accounts Center`,
    );
  }
  return parts.length ? `If ${parts.join(', and ')}` : 'Always';
}

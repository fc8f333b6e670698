import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  chatsCount,
  describeCondition,
  exclusionsRule,
  normalize,
  regionStatuses,
  ruleApplies,
  verdictFor,
  type Answers,
} from '../../src/lib/checker-rules.ts';
import { checkerRuleSchema } from '../../src/schemas/checker.ts';
import {
  APP_STEP_ANCHORS,
  META_AI_USES,
  REGIONS,
  WHATSAPP_LINKS,
  type Region,
  type Stance,
} from '../../src/lib/vocabulary.ts';

/** The real rules from content/, validated by the real schema. */
const rules = (parse(readFileSync('content/checker.yaml', 'utf8')) as { id: string }[]).map((r) => ({
  id: r.id,
  ...checkerRuleSchema.parse(r),
}));
type Rule = (typeof rules)[number];
const platforms = Object.keys(parse(readFileSync('content/platforms.yaml', 'utf8')) as Record<string, unknown>);

/** The rules the checker shows for these answers, in the order it shows them. */
const ids = (answers: Answers) => verdictFor(answers, rules).cards.map((r) => r.id);
const reader = (overrides: Partial<Answers>): Answers => ({
  region: 'us',
  apps: [],
  metaAiIn: [],
  metaAiBy: [],
  whatsappLinked: 'not-sure',
  ...overrides,
});

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

/**
 * Every answer the form can give, as the rules read it: 7 regions × each set of apps × each set of
 * places where Meta AI is used among them (3^6 pairs) × 4 ways of talking to it × 3 link answers.
 * Meta AI in an app the reader did not tick counts as ticking it (normalize; tested below), so
 * these cover every other answer too.
 */
function* everyAnswer(): Generator<Answers> {
  const appSets = subsets(platforms);
  const bySets = subsets(META_AI_USES);
  for (const region of REGIONS)
    for (const apps of appSets)
      for (const metaAiIn of subsets(apps))
        for (const metaAiBy of bySets)
          for (const whatsappLinked of WHATSAPP_LINKS) yield { region, apps, metaAiIn, metaAiBy, whatsappLinked };
}

/** Which stances may stand together: an "applies" result may hold a "partly" card (WhatsApp's own answer), nothing else mixes. */
const ALLOWED_STANCE_SETS = ['applies', 'applies+partly', 'partly', 'does-not-apply', 'not-confirmed'];

/**
 * The verdict as a reader should get it, written from the sources independently of the rules:
 * the region's status first; then no Meta AI; then whether any chat counts (WhatsApp only when
 * linked); an unlinked or unsure WhatsApp as the only place is "partly".
 */
function expectedVerdict(answers: Answers): Stance {
  const a = normalize(answers);
  const status: Record<Region, Stance> = {
    us: 'applies',
    elsewhere: 'applies',
    eu: 'does-not-apply',
    uk: 'does-not-apply',
    'south-korea': 'does-not-apply',
    'eea-efta': 'not-confirmed',
    switzerland: 'not-confirmed',
  };
  if (status[a.region] !== 'applies') return status[a.region];
  if (a.metaAiIn.length === 0) return 'does-not-apply';
  return chatsCount(a) ? 'applies' : 'partly';
}

describe('"Am I affected?" never contradicts itself', () => {
  it('every combination of answers gets one verdict, agreeing with its cards and with the sources', () => {
    const problems: string[] = [];
    let count = 0;
    for (const answers of everyAnswer()) {
      count++;
      const a = normalize(answers);
      const { verdict, lead, cards, steps } = verdictFor(answers, rules);
      const where = JSON.stringify(answers);
      const stances = [
        ...new Set(
          cards
            .map((r) => r.verdict)
            .filter((v) => ['applies', 'partly', 'does-not-apply', 'not-confirmed'].includes(v)),
        ),
      ].sort();
      const fail = (what: string) => problems.length < 20 && problems.push(`${where}: ${what}`);
      if (!verdict || !lead) fail('no verdict');
      if (!ALLOWED_STANCE_SETS.includes(stances.join('+'))) fail(`cards disagree: ${stances.join(' and ')}`);
      if (verdict !== expectedVerdict(answers)) fail(`verdict ${verdict}, expected ${expectedVerdict(answers)}`);
      if (lead && lead.verdict !== verdict) fail(`the lead card says ${lead.verdict}, the verdict ${verdict}`);
      if (cards[0] !== lead) fail('the lead card is not shown first');
      for (const r of cards) {
        // A card about WhatsApp's Accounts Center only for readers who use Meta AI in WhatsApp where the change applies.
        if (
          r.when.whatsappLinked &&
          !(
            a.metaAiIn.includes('whatsapp') &&
            expectedVerdict(reader({ region: a.region, metaAiIn: ['facebook'] })) === 'applies'
          )
        )
          fail(`card ${r.id} asks about Accounts Center`);
        if (r.when.apps && !r.when.apps.some((p) => a.apps.includes(p))) fail(`card ${r.id} is about an app not used`);
      }
      // Every ticked app does something: a card about it, or at least its steps.
      for (const app of a.apps) if (!steps.some((s) => s.app === app)) fail(`no step for ${app}`);
      if (
        a.apps.includes('glasses') &&
        !cards.some((r) => r.when.apps?.includes('glasses') || r.when.metaAiIn?.includes('glasses'))
      )
        fail('ticking the glasses does nothing');
    }
    expect(count).toBe(7 * 3 ** 6 * 4 * 3);
    expect(problems).toEqual([]);
  });
});

describe('"Am I affected?" rules, case by case (the defects the review found)', () => {
  it('Meta AI used in an app the reader did not tick counts as using that app', () => {
    for (const metaAiIn of subsets(platforms)) {
      const raw = reader({ apps: ['facebook'], metaAiIn, metaAiBy: ['voice'], whatsappLinked: 'no' });
      const ticked = reader({ ...raw, apps: [...new Set(['facebook', ...metaAiIn])] });
      expect(ids(raw)).toEqual(ids(ticked));
    }
  });

  it('every rule parses, has a unique id and names known apps', () => {
    expect(rules.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules)
      for (const p of [...(r.when.apps ?? []), ...(r.when.metaAiIn ?? [])]) expect(platforms).toContain(p);
    expect(Object.keys(APP_STEP_ANCHORS).sort()).toEqual([...platforms].sort());
  });

  it('the Accounts Center card never shows in the EU, the UK or South Korea', () => {
    for (const region of ['eu', 'uk', 'south-korea'] as const) {
      const got = ids(reader({ region, apps: ['whatsapp'], metaAiIn: ['whatsapp'], whatsappLinked: 'not-sure' }));
      expect(got).not.toContain('whatsapp-check-link');
      expect(verdictFor(reader({ region, metaAiIn: ['whatsapp'] }), rules).verdict).toBe('does-not-apply');
    }
  });

  it('Meta AI only in an unlinked WhatsApp is "partly": not on other apps, unknown inside WhatsApp', () => {
    const result = verdictFor(reader({ metaAiIn: ['whatsapp'], whatsappLinked: 'no' }), rules);
    expect(result.verdict).toBe('partly');
    expect(result.lead?.id).toBe('whatsapp-unlinked');
    expect(result.cards.map((r) => r.id)).not.toContain('chats-shape-ads');
    // Linked, the same chats count.
    expect(verdictFor(reader({ metaAiIn: ['whatsapp'], whatsappLinked: 'yes' }), rules).verdict).toBe('applies');
  });

  it('ticking the glasses shows a glasses card and their steps, wherever the reader lives', () => {
    for (const region of REGIONS) {
      const result = verdictFor(reader({ region, apps: ['glasses'] }), rules);
      expect(result.cards.map((r) => r.id)).toContain('glasses-recordings');
      expect(result.steps.map((s) => s.anchor)).toEqual(['ray-ban-meta-glasses']);
    }
    expect(ids(reader({ metaAiIn: ['glasses'] }))).toContain('glasses-covered');
  });

  it('Norway, Iceland, Liechtenstein and Switzerland are "not confirmed", not "somewhere else"', () => {
    for (const region of ['eea-efta', 'switzerland'] as const) {
      expect(verdictFor(reader({ region, metaAiIn: ['facebook'] }), rules).verdict).toBe('not-confirmed');
    }
    expect(verdictFor(reader({ region: 'elsewhere', metaAiIn: ['facebook'] }), rules).verdict).toBe('applies');
  });

  it('next steps put the apps whose chats count first', () => {
    const steps = verdictFor(
      reader({
        apps: ['facebook', 'whatsapp', 'glasses'],
        metaAiIn: ['glasses', 'whatsapp'],
        whatsappLinked: 'not-sure',
      }),
      rules,
    ).steps.map((s) => s.app);
    expect(steps).toEqual(['glasses', 'whatsapp', 'facebook']);
  });
});

describe('the diagrams read the same rules', () => {
  it('each region has exactly one status rule', () => {
    const statuses = Object.fromEntries(regionStatuses(rules).map((s) => [s.region, s.status]));
    expect(statuses).toEqual({
      us: 'applies',
      eu: 'does-not-apply',
      uk: 'does-not-apply',
      'south-korea': 'does-not-apply',
      'eea-efta': 'not-confirmed',
      switzerland: 'not-confirmed',
      elsewhere: 'applies',
    });
    const broken: Rule[] = rules.map((r) =>
      r.id === 'region-left-out' ? { ...r, when: { region: ['eu', 'uk'] } } : r,
    );
    expect(() => regionStatuses(broken)).toThrow(/south-korea/);
  });
  it('the exclusions rule lists three cited points', () => {
    const rule = exclusionsRule(rules);
    expect(rule.points?.length).toBe(3);
    for (const p of rule.points ?? []) expect(p.sources.length).toBeGreaterThan(0);
  });
});

describe('rule conditions', () => {
  it('treats every listed condition as AND and each list as OR', () => {
    const when = { region: ['us' as const, 'elsewhere' as const], apps: ['whatsapp', 'messenger'] };
    expect(ruleApplies(when, reader({ apps: ['messenger'] }))).toBe(true);
    expect(ruleApplies(when, reader({ region: 'eu', apps: ['messenger'] }))).toBe(false);
    expect(ruleApplies(when, reader({ apps: ['facebook'] }))).toBe(false);
    // Using Meta AI in an app means using the app.
    expect(ruleApplies(when, reader({ metaAiIn: ['whatsapp'] }))).toBe(true);
    expect(ruleApplies({}, reader({}))).toBe(true);
  });
  it('reads as a sentence in the static table', () => {
    expect(
      describeCondition({ region: ['eu', 'uk'], apps: ['whatsapp'] }, (id) => (id === 'whatsapp' ? 'WhatsApp' : id)),
    ).toBe('If you live in the European Union or the United Kingdom, and you use WhatsApp');
    expect(describeCondition({ usesMetaAi: false }, (id) => id)).toBe('If you do not use Meta AI');
  });
});

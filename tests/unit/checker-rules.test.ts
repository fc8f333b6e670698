import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeCondition, ruleApplies, type Answers } from '../../src/lib/checker-rules.ts';
import { checkerRuleSchema } from '../../src/schemas/checker.ts';

/** The real rules from content/, validated by the real schema. */
const rules = (parse(readFileSync('content/checker.yaml', 'utf8')) as { id: string }[]).map((r) => ({
  id: r.id,
  ...checkerRuleSchema.parse(r),
}));
/** The rules the checker shows for these answers, as the browser script picks them. */
const ids = (answers: Answers) => rules.filter((r) => ruleApplies(r.when, answers)).map((r) => r.id);

const reader = (overrides: Partial<Answers>): Answers => ({
  region: 'us',
  apps: [],
  metaAi: [],
  whatsappLinked: 'not-sure',
  ...overrides,
});

describe('"Am I affected?" rules, case by case', () => {
  it('every rule parses and has a unique id', () => {
    expect(rules.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('US reader who types to Meta AI on Facebook and Instagram: the change applies, no switch, camera roll worth checking', () => {
    const got = ids(reader({ apps: ['facebook', 'instagram'], metaAi: ['text'] }));
    expect(got).toEqual(expect.arrayContaining(['chats-shape-ads', 'no-switch', 'sensitive-topics', 'camera-roll']));
    expect(got).not.toContain('region-left-out');
    expect(got).not.toContain('no-meta-ai');
    expect(got).not.toContain('voice-counts');
  });

  it('EU reader who uses Meta AI: left out at launch, AI-training objection and the ad choice instead', () => {
    const got = ids(reader({ region: 'eu', apps: ['facebook'], metaAi: ['text', 'voice'] }));
    expect(got).toEqual(expect.arrayContaining(['region-left-out', 'eu-ai-training', 'eu-ad-choice']));
    expect(got).not.toContain('chats-shape-ads');
    expect(got).not.toContain('voice-counts');
    expect(got).not.toContain('uk-ai-training');
  });

  it('UK and South Korea readers are left out at launch; only the UK gets the UK training note', () => {
    expect(ids(reader({ region: 'uk', metaAi: ['text'] }))).toEqual(
      expect.arrayContaining(['region-left-out', 'uk-ai-training']),
    );
    const korea = ids(reader({ region: 'south-korea', metaAi: ['text'] }));
    expect(korea).toContain('region-left-out');
    expect(korea).not.toContain('uk-ai-training');
    expect(korea).not.toContain('chats-shape-ads');
  });

  it('a reader elsewhere is treated like the US ("most regions")', () => {
    expect(ids(reader({ region: 'elsewhere', metaAi: ['text'] }))).toContain('chats-shape-ads');
  });

  it('a reader who never uses Meta AI: nothing to use, and the change rules stay silent', () => {
    const got = ids(reader({ apps: ['instagram'], metaAi: [] }));
    expect(got).toContain('no-meta-ai');
    expect(got).not.toContain('chats-shape-ads');
    expect(got).not.toContain('no-switch');
  });

  it('voice users get the voice rule; glasses users get the glasses rule', () => {
    expect(ids(reader({ metaAi: ['voice'] }))).toContain('voice-counts');
    expect(ids(reader({ metaAi: ['voice'] }))).not.toContain('glasses-covered');
    expect(ids(reader({ metaAi: ['glasses'] }))).toContain('glasses-covered');
    // The phone's microphone light says nothing about the glasses, so that rule stays with voice.
    expect(ids(reader({ metaAi: ['glasses'] }))).not.toContain('voice-counts');
  });

  it('WhatsApp: linked, unlinked and not sure each give their own answer; the button note always shows', () => {
    const linked = ids(reader({ apps: ['whatsapp'], metaAi: ['text'], whatsappLinked: 'yes' }));
    expect(linked).toEqual(expect.arrayContaining(['whatsapp-linked', 'whatsapp-button']));
    expect(linked).not.toContain('whatsapp-unlinked');
    const unlinked = ids(reader({ apps: ['whatsapp'], metaAi: ['text'], whatsappLinked: 'no' }));
    expect(unlinked).toContain('whatsapp-unlinked');
    expect(unlinked).not.toContain('whatsapp-linked');
    const unsure = ids(reader({ apps: ['whatsapp'], metaAi: ['text'], whatsappLinked: 'not-sure' }));
    expect(unsure).toEqual(expect.arrayContaining(['whatsapp-check-link', 'whatsapp-button']));
    expect(ids(reader({ region: 'eu', apps: ['whatsapp'], metaAi: ['text'], whatsappLinked: 'yes' }))).not.toContain(
      'whatsapp-linked',
    );
  });

  it('Meta AI app users get the public-feed warning', () => {
    expect(ids(reader({ apps: ['meta-ai-app'] }))).toContain('meta-ai-app-public');
    expect(ids(reader({ apps: ['facebook'] }))).not.toContain('meta-ai-app-public');
  });
});

describe('rule conditions', () => {
  it('treats every listed condition as AND and each list as OR', () => {
    const when = { region: ['us' as const, 'elsewhere' as const], apps: ['whatsapp', 'messenger'] };
    expect(ruleApplies(when, reader({ apps: ['messenger'] }))).toBe(true);
    expect(ruleApplies(when, reader({ region: 'eu', apps: ['messenger'] }))).toBe(false);
    expect(ruleApplies(when, reader({ apps: ['facebook'] }))).toBe(false);
    expect(ruleApplies({}, reader({}))).toBe(true);
  });
  it('reads as a sentence in the static table', () => {
    expect(
      describeCondition({ region: ['eu', 'uk'], apps: ['whatsapp'] }, (id) => (id === 'whatsapp' ? 'WhatsApp' : id)),
    ).toBe('If you live in the European Union or the United Kingdom, and you use WhatsApp');
    expect(describeCondition({ usesMetaAi: false }, (id) => id)).toBe('If you do not use Meta AI');
  });
});

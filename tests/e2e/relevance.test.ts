import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { SEARCH_RANKING, type SearchData } from '../../src/lib/search-query.ts';
import { answerQuery, type ResultData, type Searcher } from '../../src/lib/search-engine.ts';

/**
 * Realistic reader queries. `first` is the one question, section or page that must come first;
 * `also` lists answers that are acceptable in the top 3. Written before any tuning (issue 13);
 * never tune by adding a query's words to a page. Targets are written without the base path.
 */
const QUERIES: { query: string; first: string; also?: string[] }[] = [
  // The 25 queries search was first tuned on.
  { query: 'opt out', first: 'questions/#can-i-opt-out', also: ['articles/can-you-opt-out/'] },
  // Two readings of one worry, both answered: there is no opt-out, and Meta is not reading private messages.
  {
    query: 'how do i stop meta reading my chats',
    first: 'questions/#can-i-opt-out',
    also: [
      'articles/can-you-opt-out/',
      'questions/#is-meta-reading-my-messages',
      'articles/related-concerns/#will-meta-read-my-private-messages',
      'articles/whatsapp-and-meta-ai/#is-meta-ai-reading-all-your-group-chats',
    ],
  },
  { query: 'is there a way to opt out', first: 'questions/#can-i-opt-out', also: ['articles/can-you-opt-out/'] },
  {
    query: 'camera roll',
    first: 'articles/camera-roll-cloud-processing/',
    also: ['glossary/#camera-roll', 'questions/#does-facebook-upload-my-camera-roll'],
  },
  {
    query: 'turn off cloud processing on facebook',
    first: 'questions/#turn-off-camera-roll-cloud-processing',
    also: ['articles/what-you-can-do/#facebook', 'articles/what-you-can-do/#turn-off-camera-roll-cloud-processing'],
  },
  {
    query: 'does this touch my whatsapp',
    first: 'questions/#does-it-affect-whatsapp',
    also: ['articles/whatsapp-and-meta-ai/'],
  },
  {
    query: 'remove meta ai from whatsapp',
    first: 'questions/#can-i-remove-meta-ai-from-whatsapp',
    also: ['articles/whatsapp-and-meta-ai/#can-you-remove-the-meta-ai-button'],
  },
  {
    query: 'advanced chat privacy',
    first: 'questions/#what-does-advanced-chat-privacy-do',
    also: ['articles/whatsapp-and-meta-ai/#what-does-advanced-chat-privacy-do', 'glossary/#advanced-chat-privacy'],
  },
  {
    query: 'is the microphone listening',
    first: 'questions/#does-the-microphone-light-mean-listening',
    also: ['articles/can-you-opt-out/#does-the-microphone-light-show-when-my-chats-are-used'],
  },
  {
    query: 'does it apply in the uk',
    first: 'questions/#does-it-apply-in-uk-eu',
    also: ['articles/what-meta-announced/#does-it-apply-where-i-live'],
  },
  // The timeline event that says the EU, the UK and South Korea were left out at launch answers it too.
  {
    query: 'europe',
    first: 'questions/#does-it-apply-in-uk-eu',
    also: [
      'articles/what-meta-announced/#does-it-apply-where-i-live',
      'articles/related-concerns/',
      'timeline/#2025-10-01-reporters-say-the-eu-uk-and-south-korea-are-left-out-at-launch',
    ],
  },
  {
    query: 'delete my meta ai chats',
    first: 'questions/#will-deleting-chats-help',
    also: ['articles/can-you-opt-out/#does-deleting-your-chats-help'],
  },
  {
    query: 'voice',
    first: 'questions/#are-voice-chats-used',
    also: ['articles/what-meta-announced/#does-it-include-what-i-say-out-loud'],
  },
  {
    query: 'ray-ban glasses',
    first: 'questions/#do-glasses-conversations-count',
    also: ['articles/related-concerns/', 'glossary/#ray-ban-meta', 'articles/what-you-can-do/#ray-ban-meta-glasses'],
  },
  {
    query: 'health religion ads',
    first: 'questions/#health-or-religion-chats',
    also: ['articles/what-meta-announced/#which-topics-does-meta-say-it-wont-use-for-ads'],
  },
  {
    query: 'are my prompts public',
    first: 'questions/#is-my-meta-ai-app-chat-public',
    also: ['articles/related-concerns/#were-meta-ai-app-prompts-made-public'],
  },
  {
    query: 'object to ai training',
    first: 'questions/#can-i-object-to-ai-training',
    also: ['articles/what-you-can-do/#objecting-to-ai-training-eu-uk-south-korea'],
  },
  {
    query: 'incognito chat',
    first: 'questions/#what-is-incognito-chat',
    also: ['articles/whatsapp-and-meta-ai/#what-is-incognito-chat', 'glossary/#incognito-chat'],
  },
  {
    query: 'ftc complaint',
    first: 'articles/related-concerns/#did-consumer-groups-ask-the-ftc-to-stop-the-ad-change',
    also: ['questions/#is-anyone-challenging-this'],
  },
  {
    query: 'accounts center',
    first: 'glossary/#accounts-center',
    also: [
      'articles/what-you-can-do/#keep-whatsapp-out-of-accounts-center',
      'questions/#does-not-linking-whatsapp-help',
    ],
  },
  {
    query: 'ads inside meta ai',
    first: 'questions/#ads-inside-meta-ai',
    also: ['articles/since-then-2026/#no-ads-inside-meta-ai-as-far-as-we-could-find'],
  },
  {
    query: 'was the news accurate',
    first: 'questions/#was-early-coverage-accurate',
    also: ['articles/fact-check-early-coverage/'],
  },
  {
    query: 'what changed in 2026',
    first: 'articles/since-then-2026/',
    also: ['questions/#what-has-changed-since-december'],
  },
  {
    query: 'italy investigation whatsapp',
    first: 'questions/#are-regulators-investigating-whatsapp',
    also: [
      'articles/whatsapp-and-meta-ai/#which-regulators-are-investigating-meta-ai-in-whatsapp',
      'timeline/#2025-07-30-italys-competition-authority-investigates-meta-ai-in-whatsapp',
    ],
  },
  {
    query: 'old chats before december',
    first: 'questions/#are-old-chats-used',
    also: ['articles/can-you-opt-out/#who-can-avoid-it'],
  },

  // Issue 13's examples, as readers typed them.
  {
    query: 'do they use what i say to my smart glasses',
    first: 'questions/#do-glasses-conversations-count',
    also: [
      'articles/related-concerns/#do-the-glasses-count-for-the-ad-change',
      'articles/related-concerns/#do-ray-ban-meta-glasses-keep-my-voice-recordings',
    ],
  },
  { query: 'will my old messages from last year be used', first: 'questions/#are-old-chats-used' },
  {
    query: 'disable camera roll sharing on facebook',
    first: 'questions/#turn-off-camera-roll-cloud-processing',
    also: [
      'articles/what-you-can-do/#turn-off-camera-roll-cloud-processing',
      'articles/camera-roll-cloud-processing/#how-do-i-check-whether-cloud-processing-is-on',
    ],
  },
  {
    query: 'turn off meta ai in whatsapp',
    first: 'questions/#can-i-remove-meta-ai-from-whatsapp',
    also: ['articles/whatsapp-and-meta-ai/#can-you-remove-the-meta-ai-button'],
  },
  {
    query: 'am i affected in the uk',
    first: 'questions/#does-it-apply-in-uk-eu',
    also: ['articles/what-meta-announced/#does-it-apply-where-i-live', 'checker/'],
  },
  {
    query: 'can meta read my whatsapp messages',
    first: 'questions/#is-meta-reading-my-messages',
    also: [
      'articles/whatsapp-and-meta-ai/#what-can-meta-ai-in-whatsapp-read',
      'articles/related-concerns/#will-meta-read-my-private-messages',
      'questions/#does-it-affect-whatsapp',
    ],
  },

  // Typos.
  { query: 'whatsap', first: 'articles/whatsapp-and-meta-ai/', also: ['questions/#does-it-affect-whatsapp'] },
  { query: 'optout', first: 'questions/#can-i-opt-out', also: ['articles/can-you-opt-out/'] },
  { query: 'instagarm', first: 'articles/what-you-can-do/#instagram' },
  {
    query: 'camra roll',
    first: 'articles/camera-roll-cloud-processing/',
    also: ['glossary/#camera-roll', 'questions/#does-facebook-upload-my-camera-roll'],
  },

  // One word or one term.
  { query: 'whatsapp', first: 'articles/whatsapp-and-meta-ai/', also: ['questions/#does-it-affect-whatsapp'] },
  { query: 'instagram', first: 'articles/what-you-can-do/#instagram' },
  { query: 'messenger', first: 'articles/what-you-can-do/#messenger' },
  {
    query: 'glasses',
    first: 'questions/#do-glasses-conversations-count',
    also: ['glossary/#ray-ban-meta', 'articles/related-concerns/#do-ray-ban-meta-glasses-keep-my-voice-recordings'],
  },
  { query: 'encryption', first: 'glossary/#end-to-end-encryption' },
  { query: 'metadata', first: 'glossary/#metadata' },
  {
    query: 'regulators',
    first: 'questions/#is-anyone-challenging-this',
    also: [
      'questions/#are-regulators-investigating-whatsapp',
      'articles/whatsapp-and-meta-ai/#which-regulators-are-investigating-meta-ai-in-whatsapp',
    ],
  },
  {
    query: 'private processing',
    first: 'articles/whatsapp-and-meta-ai/#what-is-private-processing-and-who-has-checked-it',
    also: ['glossary/#private-processing'],
  },
  {
    query: 'discover feed',
    first: 'glossary/#discover-feed',
    also: [
      'articles/related-concerns/#were-meta-ai-app-prompts-made-public',
      'questions/#is-my-meta-ai-app-chat-public',
    ],
  },
  { query: 'hey meta', first: 'glossary/#hey-meta' },
  { query: 'muse spark', first: 'glossary/#muse-spark' },
  { query: 'message summaries', first: 'glossary/#message-summaries' },
  { query: 'cnet', first: 'articles/can-you-opt-out/#what-did-cnet-report-about-opting-out' },
  {
    query: 'south korea',
    first: 'questions/#does-it-apply-in-uk-eu',
    also: ['articles/what-you-can-do/#south-korea', 'articles/what-meta-announced/#does-it-apply-where-i-live'],
  },

  // Question phrasings.
  { query: 'when did this start', first: 'articles/what-meta-announced/#when-did-this-start' },
  {
    query: 'what did meta announce',
    first: 'questions/#what-did-meta-announce',
    also: ['articles/what-meta-announced/'],
  },
  {
    query: 'which apps are covered',
    first: 'questions/#which-apps-are-covered',
    also: ['articles/what-meta-announced/#which-apps-and-devices-are-covered'],
  },
  { query: 'why is meta doing this', first: 'articles/what-meta-announced/#why-is-meta-doing-this' },
  { query: 'how many people use meta ai', first: 'articles/what-meta-announced/#how-many-people-use-meta-ai' },
  { query: 'was the notice clear', first: 'articles/what-meta-announced/#was-metas-notice-clear' },
  {
    query: 'did meta already have my chats',
    first: 'questions/#did-meta-already-have-my-chats',
  },
  {
    query: 'what can i do to protect my chats',
    first: 'questions/#what-can-i-do',
    also: ['articles/what-you-can-do/'],
  },
  {
    query: 'why was it not offered in illinois',
    first: 'articles/camera-roll-cloud-processing/#why-was-it-not-offered-in-illinois-and-texas',
  },
  {
    query: 'does facebook upload my photos',
    first: 'questions/#does-facebook-upload-my-camera-roll',
    also: ['articles/camera-roll-cloud-processing/'],
  },

  // Paraphrases that share few words with the page.
  {
    query: 'does changing ad settings help',
    first: 'questions/#does-ads-preferences-stop-it',
    also: ['articles/can-you-opt-out/#will-changing-my-ad-preferences-help'],
  },
  {
    query: 'erase my conversations with meta ai',
    first: 'questions/#will-deleting-chats-help',
    also: ['articles/can-you-opt-out/#does-deleting-your-chats-help'],
  },
  {
    query: 'are my pictures used to train ai',
    first: 'questions/#camera-roll-ads-and-training',
    also: ['articles/camera-roll-cloud-processing/#would-meta-use-your-camera-roll-to-train-its-ai'],
  },
  {
    query: 'is meta ai reading my group chat',
    first: 'questions/#is-meta-ai-reading-group-chats',
    also: ['articles/whatsapp-and-meta-ai/#is-meta-ai-reading-all-your-group-chats'],
  },
  {
    query: 'unlink whatsapp from facebook',
    first: 'questions/#does-not-linking-whatsapp-help',
    also: ['articles/what-you-can-do/#keep-whatsapp-out-of-accounts-center', 'glossary/#accounts-center'],
  },
  {
    query: 'get rid of the meta ai button',
    first: 'questions/#can-i-remove-meta-ai-from-whatsapp',
    also: ['articles/whatsapp-and-meta-ai/#can-you-remove-the-meta-ai-button'],
  },
  {
    query: 'government action against the ad change',
    first: 'questions/#is-anyone-challenging-this',
    also: ['articles/since-then-2026/#no-lawsuit-or-regulator-order-aimed-at-the-ad-change'],
  },
  {
    query: 'is the mic always on',
    first: 'questions/#does-the-microphone-light-mean-listening',
    also: ['glossary/#microphone-indicator'],
  },
  {
    query: 'ai training on my facebook posts',
    first: 'questions/#can-i-object-to-ai-training',
    also: ['articles/related-concerns/#is-meta-training-its-ai-on-europeans-posts'],
  },
  {
    query: 'chatbot gave out a stranger phone number',
    first: 'articles/whatsapp-and-meta-ai/#has-meta-ai-in-whatsapp-given-out-a-strangers-number',
  },
  {
    query: 'adverts based on what i tell the assistant',
    first: 'questions/#what-did-meta-announce',
    also: ['articles/what-meta-announced/#what-do-my-chats-change', 'questions/#can-i-opt-out'],
  },
  {
    query: 'personalised ads choice in the eu',
    first: 'articles/related-concerns/#do-people-in-the-eu-get-a-choice-about-personalised-ads',
  },
  // Added on 1 December 2026, before any tuning: the worry asked about "it", as a reader who has
  // just heard the news would ask. "It" is the ad change, not the camera-roll feature.
  { query: 'can i turn it off', first: 'questions/#can-i-opt-out', also: ['articles/can-you-opt-out/'] },
  { query: 'how do i stop this', first: 'questions/#can-i-opt-out', also: ['articles/can-you-opt-out/'] },
  { query: 'can i switch it off', first: 'questions/#can-i-opt-out', also: ['articles/can-you-opt-out/'] },
  { query: 'how do i turn this off', first: 'questions/#can-i-opt-out', also: ['articles/can-you-opt-out/'] },
  {
    query: 'will i see adverts in the chatbot',
    first: 'questions/#ads-inside-meta-ai',
    also: ['articles/since-then-2026/#no-ads-inside-meta-ai-as-far-as-we-could-find'],
  },
];

/** The share of queries whose named answer must come first (see the test at the end). */
const RANK1_FLOOR = 0.9;

interface Hit {
  url: string;
  subs: string[];
}

/**
 * "articles/x/" matches any result on that page; "articles/x/#y" needs that section, as the
 * result itself or one of the sub-results shown under it.
 */
function matches(hit: Hit, target: string, base: string): boolean {
  const strip = (u: string) => u.replace(/\?[^#]*/, '');
  const [path, fragment] = (base + target).split('#');
  const urls = [hit.url, ...hit.subs].map(strip);
  if (!fragment) return urls.some((u) => u.split('#')[0] === path);
  return urls.some((u) => u === `${path}#${fragment}`);
}

/**
 * The top 3 results for `query`, ranked by the search modal's own code (src/lib/search-engine.ts)
 * over the built index, with the build's synonyms: each Pagefind search runs in the browser.
 */
async function topThree(page: Page, base: string, query: string, data: SearchData): Promise<Hit[]> {
  const searcher: Searcher = {
    async search(term) {
      // A string, not a function: the test runner would rewrite a dynamic import() inside a function.
      const found = (await page.evaluate(`(async () => {
        const pf = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
        if (!window.__ranked) { await pf.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} }); window.__ranked = true; }
        window.__results ??= {};
        const search = await pf.search(${JSON.stringify(term)});
        return search.results.map((r) => { window.__results[${JSON.stringify(term)} + '|' + r.id] = r; return { id: r.id, score: r.score }; });
      })()`)) as { id: string; score: number }[];
      return found.map((r) => ({
        ...r,
        data: async () =>
          (await page.evaluate(`(async () => {
            const d = await window.__results[${JSON.stringify(`${term}|${r.id}`)}].data();
            return { url: d.url, meta: { title: d.meta.title }, excerpt: d.excerpt, sub_results: d.sub_results.map((s) => ({ url: s.url, title: s.title, excerpt: s.excerpt, locations: s.locations })) };
          })()`)) as ResultData,
      }));
    },
  };
  const outcome = await answerQuery(searcher, query, data);
  // The answer card, when there is one, is the first thing the reader sees.
  const card = outcome.answer ? [{ url: base + outcome.answer.url, subs: [] }] : [];
  return [...card, ...outcome.results.map((r) => ({ url: r.url, subs: r.subs.map((s) => s.url) }))].slice(0, 3);
}

it('has at least 60 queries of every kind, each naming a target that exists in the build', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(60);
  expect(
    QUERIES.filter((q) => /^(how|can|does|do|is|are|what|was|will|when|which|why|did)\b/.test(q.query)).length,
  ).toBeGreaterThanOrEqual(15);
  expect(QUERIES.filter((q) => !q.query.includes(' ')).length).toBeGreaterThanOrEqual(8);
  const dist = TARGETS[0]!.dist;
  for (const { query, first, also = [] } of QUERIES) {
    for (const target of [first, ...also]) {
      const [path, fragment] = target.split('#');
      const file = join(dist, path!, 'index.html');
      expect(existsSync(file), `${query}: ${target}`).toBe(true);
      if (fragment) expect(readFileSync(file, 'utf8'), `${query}: ${target}`).toContain(`id="${fragment}"`);
    }
  }
});

describe.each(TARGETS)('search relevance ($name build)', (target) => {
  const site = serveToChromium(target);
  const results = new Map<string, Hit[]>();

  beforeAll(async () => {
    const page: Page = await (await site.browser.newContext()).newPage();
    await page.goto(site.server.url);
    const data = JSON.parse(readFileSync(join(target.dist, 'search-data.json'), 'utf8')) as SearchData;
    for (const { query } of QUERIES) results.set(query, await topThree(page, target.base, query, data));
    const rank1 = QUERIES.filter((q) =>
      matches(results.get(q.query)![0] ?? { url: '', subs: [] }, q.first, target.base),
    );
    const top3 = QUERIES.filter((q) =>
      results.get(q.query)!.some((hit) => [q.first, ...(q.also ?? [])].some((t) => matches(hit, t, target.base))),
    );
    const pct = (n: number) => `${((100 * n) / QUERIES.length).toFixed(1)}%`;
    console.log(
      `relevance (${target.name}): rank 1 ${rank1.length}/${QUERIES.length} (${pct(rank1.length)}), top 3 ${top3.length}/${QUERIES.length} (${pct(top3.length)})`,
    );
  }, 300_000);

  it.each(QUERIES)('"$query" finds what it should in the top 3', ({ query, first, also = [] }) => {
    const top = results.get(query)!;
    const found = top.some((hit) => [first, ...also].some((t) => matches(hit, t, target.base)));
    expect(found, `top 3 for "${query}": ${JSON.stringify(top.map((h) => h.url))}`).toBe(true);
  });

  // Issue 13's gate: 90% at rank 1 and 100% in the top 3. Reached: 66/72 (91.7%) at rank 1 and
  // 72/72 in the top 3 at both builds (from 28/72, then 53/72, at rank 1); with the four "it"
  // queries of 1 December 2026, 70/76 (92.1%) and 76/76. The floor may only go up.
  it(`puts the named answer first for at least ${RANK1_FLOOR * 100}% of the queries`, () => {
    const missed = QUERIES.filter(
      (q) => !matches(results.get(q.query)![0] ?? { url: '', subs: [] }, q.first, target.base),
    );
    const detail = missed.map(
      (q) => `"${q.query}" → ${results.get(q.query)![0]?.url ?? 'nothing'} (wanted ${q.first})`,
    );
    expect(1 - missed.length / QUERIES.length, detail.join('\n')).toBeGreaterThanOrEqual(RANK1_FLOOR);
  });
});

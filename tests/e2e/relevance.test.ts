import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { SEARCH_RANKING, searchTerms } from '../../src/lib/search-query.ts';

/**
 * Relevance you can measure: realistic reader queries, each with the pages (and, where it
 * matters, the sections) of which at least one must be among the top 3 results. Queries go
 * through `searchTerms` first and use the site's ranking, exactly as the search UI does. A target
 * "articles/x/" matches any result on that page; "articles/x/#y" needs that section, as the
 * result itself or one of its sub-results. Targets are written without the base path.
 */
const QUERIES: { query: string; expect: string[] }[] = [
  { query: 'opt out', expect: ['articles/can-you-opt-out/', 'questions/#can-i-opt-out'] },
  // Two readings of one worry, both answered: there is no opt-out, and Meta is not reading private messages.
  {
    query: 'how do i stop meta reading my chats',
    expect: [
      'articles/can-you-opt-out/',
      'questions/#can-i-opt-out',
      'questions/#is-meta-reading-my-messages',
      'articles/related-concerns/#will-meta-read-my-private-messages',
      'articles/whatsapp-and-meta-ai/#is-meta-ai-reading-all-your-group-chats',
    ],
  },
  { query: 'is there a way to opt out', expect: ['articles/can-you-opt-out/', 'questions/#can-i-opt-out'] },
  { query: 'camera roll', expect: ['articles/camera-roll-cloud-processing/'] },
  {
    query: 'turn off cloud processing on facebook',
    expect: ['articles/what-you-can-do/#facebook', 'questions/#turn-off-camera-roll-cloud-processing'],
  },
  {
    query: 'does this touch my whatsapp',
    expect: ['questions/#does-it-affect-whatsapp', 'articles/whatsapp-and-meta-ai/'],
  },
  {
    query: 'remove meta ai from whatsapp',
    expect: [
      'articles/whatsapp-and-meta-ai/#can-you-remove-the-meta-ai-button',
      'questions/#can-i-remove-meta-ai-from-whatsapp',
    ],
  },
  {
    query: 'advanced chat privacy',
    expect: [
      'articles/whatsapp-and-meta-ai/#what-does-advanced-chat-privacy-do',
      'questions/#what-does-advanced-chat-privacy-do',
      'glossary/#advanced-chat-privacy',
    ],
  },
  {
    query: 'is the microphone listening',
    expect: [
      'articles/can-you-opt-out/#does-the-microphone-light-show-when-my-chats-are-used',
      'questions/#does-the-microphone-light-mean-listening',
    ],
  },
  {
    query: 'does it apply in the uk',
    expect: ['articles/what-meta-announced/#does-it-apply-where-i-live', 'questions/#does-it-apply-in-uk-eu'],
  },
  // The timeline event that says the EU, the UK and South Korea were left out at launch answers it too.
  {
    query: 'europe',
    expect: [
      'articles/what-meta-announced/#does-it-apply-where-i-live',
      'questions/#does-it-apply-in-uk-eu',
      'articles/related-concerns/',
      'timeline/#2025-10-01-reporters-say-the-eu-uk-and-south-korea-are-left-out-at-launch',
    ],
  },
  {
    query: 'delete my meta ai chats',
    expect: ['articles/can-you-opt-out/#does-deleting-your-chats-help', 'questions/#will-deleting-chats-help'],
  },
  {
    query: 'voice',
    expect: ['questions/#are-voice-chats-used', 'articles/what-meta-announced/#does-it-include-what-i-say-out-loud'],
  },
  { query: 'ray-ban glasses', expect: ['articles/related-concerns/', 'questions/#do-glasses-conversations-count'] },
  {
    query: 'health religion ads',
    expect: [
      'articles/what-meta-announced/#which-topics-does-meta-say-it-wont-use-for-ads',
      'questions/#health-or-religion-chats',
    ],
  },
  {
    query: 'are my prompts public',
    expect: [
      'articles/related-concerns/#were-meta-ai-app-prompts-made-public',
      'questions/#is-my-meta-ai-app-chat-public',
    ],
  },
  {
    query: 'object to ai training',
    expect: [
      'articles/what-you-can-do/#objecting-to-ai-training-eu-uk-south-korea',
      'questions/#can-i-object-to-ai-training',
    ],
  },
  {
    query: 'incognito chat',
    expect: [
      'questions/#what-is-incognito-chat',
      'articles/whatsapp-and-meta-ai/#what-is-incognito-chat',
      'glossary/#incognito-chat',
    ],
  },
  {
    query: 'ftc complaint',
    expect: [
      'articles/related-concerns/#did-consumer-groups-ask-the-ftc-to-stop-the-ad-change',
      'questions/#is-anyone-challenging-this',
    ],
  },
  {
    query: 'accounts center',
    expect: [
      'glossary/#accounts-center',
      'articles/what-you-can-do/#keep-whatsapp-out-of-accounts-center',
      'questions/#does-not-linking-whatsapp-help',
    ],
  },
  {
    query: 'ads inside meta ai',
    expect: [
      'articles/since-then-2026/#no-ads-inside-meta-ai-as-far-as-we-could-find',
      'questions/#ads-inside-meta-ai',
    ],
  },
  {
    query: 'was the news accurate',
    expect: ['articles/fact-check-early-coverage/', 'questions/#was-early-coverage-accurate'],
  },
  {
    query: 'what changed in 2026',
    expect: ['articles/since-then-2026/', 'questions/#what-has-changed-since-december'],
  },
  {
    query: 'italy investigation whatsapp',
    expect: [
      'articles/whatsapp-and-meta-ai/#which-regulators-are-investigating-meta-ai-in-whatsapp',
      'questions/#are-regulators-investigating-whatsapp',
      'timeline/#2025-07-30-italys-competition-authority-investigates-meta-ai-in-whatsapp',
    ],
  },
  {
    query: 'old chats before december',
    expect: ['questions/#are-old-chats-used', 'articles/can-you-opt-out/#who-can-avoid-it'],
  },
];

interface Hit {
  url: string;
  subs: string[];
}

function matches(hit: Hit, target: string, base: string): boolean {
  const strip = (u: string) => u.replace(/\?[^#]*/, '');
  const [path, fragment] = (base + target).split('#');
  const urls = [hit.url, ...hit.subs].map(strip);
  if (!fragment) return urls.some((u) => u.split('#')[0] === path);
  return urls.some((u) => u === `${path}#${fragment}`);
}

describe.each(TARGETS)('search relevance ($name build)', (target) => {
  const site = serveToChromium(target);
  let page: Page;

  beforeAll(async () => {
    page = await (await site.browser.newContext()).newPage();
    await page.goto(site.server.url);
  });

  it('has at least 20 queries, question phrasing among them', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(20);
    expect(QUERIES.filter((q) => /^(how|can|does|is|are|what|was)\b/.test(q.query)).length).toBeGreaterThanOrEqual(5);
  });

  it.each(QUERIES)('"$query" finds what it should in the top 3', async ({ query, expect: targets }) => {
    // A string, not a function: the test runner would rewrite a dynamic import() inside a function.
    const top = (await page.evaluate(`(async () => {
      const pf = await import(${JSON.stringify(`${target.base}pagefind/pagefind.js`)});
      await pf.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
      const search = await pf.search(${JSON.stringify(searchTerms(query))});
      const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
      // The sub-results the UI shows: the three with the most matches.
      return data.map((d) => ({ url: d.url, subs: [...d.sub_results].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3).map((s) => s.url) }));
    })()`)) as Hit[];
    const found = top.some((hit) => targets.some((t) => matches(hit, t, target.base)));
    expect(found, `top 3 for "${query}": ${JSON.stringify(top.map((h) => h.url))}`).toBe(true);
  });
});

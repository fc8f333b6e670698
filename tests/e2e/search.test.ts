import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { builtArticles } from '../support/site-files.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MODAL, modalInput, openSearch, searchFor, searchForNothing, summaryText } from '../support/search-modal.ts';
import { parseInternalLink } from '../../src/lib/internal-links.ts';

describe.each(TARGETS)('search ($name build)', (target) => {
  const site = serveToChromium(target);

  async function freshPage(javaScriptEnabled = true): Promise<{ page: Page; fetched: string[] }> {
    const page = await (await site.browser.newContext({ javaScriptEnabled })).newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    return { page, fetched };
  }

  it('ordinary pages fetch no search code or index until the reader opens search', async () => {
    const { page, fetched } = await freshPage();
    await page.goto(site.server.origin + builtArticles(target)[0]!.path);
    await page.locator('[data-search-trigger]').waitFor();
    expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  });

  it('the shortcut Ctrl+K opens the modal with focus in the input; arrows move through results; a sub-result lands on its highlighted section', async () => {
    const { page, fetched } = await freshPage();
    await page.goto(`${site.server.url}articles/`);
    await openSearch(page, 'Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    expect(fetched.some((p) => p === `${target.base}pagefind/pagefind.js`)).toBe(true);
    await searchFor(page, 'advanced chat privacy');
    await page.keyboard.press('ArrowDown');
    const firstHref = await page.evaluate(() =>
      (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'),
    );
    expect(firstHref?.startsWith(target.base)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const secondHref = await page.evaluate(() =>
      (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'),
    );
    expect(secondHref).not.toBe(firstHref);
    // Open a sub-result (a link to a #section) and land on that section with the words highlighted.
    const sub = page.locator(`${MODAL} pagefind-results a[href*="#"]`).first();
    const href = (await sub.getAttribute('href'))!;
    expect(href).toMatch(/highlight=/);
    await sub.click();
    await page.waitForURL((u) => u.hash.length > 1);
    const hash = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${decodeURIComponent(hash)}"]`).count()).toBe(1);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('"/" and a click on the header trigger open the modal too; Escape closes it and focus returns', async () => {
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await openSearch(page, '/');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(MODAL).count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger')))
      .toBe(true);
    await openSearch(page);
  });

  it('a query that finds nothing offers the question index and topics instead of an empty box', async () => {
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await openSearch(page);
    const help = await searchForNothing(page);
    expect(await help.locator(`a[href="${target.base}questions/"]`).count()).toBe(1);
  });

  // Which page "camera roll" finds is tests/e2e/relevance.test.ts's to say.
  it('/search/?q=camera%20roll shows results at once, all under the base, and the platform filter narrows them', async () => {
    const { page } = await freshPage();
    await page.goto(`${site.server.url}search/?q=camera%20roll`);
    const results = page.locator('main pagefind-results a[href]');
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h.startsWith(target.base)).toBe(true);
    const input = page.getByRole('searchbox', { name: 'Search the site' });
    expect(await input.inputValue()).toBe('camera roll');
    // Each result says what kind of thing it is; no stray "#", no doubled punctuation.
    const kinds = await page.locator('main .search-result .search-kind').allTextContents();
    expect(kinds.length).toBe(await page.locator('main .search-result').count());
    for (const k of kinds) expect(k).toMatch(/^(Question|Article section|Timeline event|Glossary term|Page)$/);
    const text = (await page.locator('main pagefind-results').textContent()) ?? '';
    expect(text).not.toMatch(/[?!.]\s*\./);
    expect(text).not.toMatch(/(^|\s)#\s/);

    await input.fill('meta ai');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('meta ai');
    const countText = () => summaryText(page, 'main');
    await expect.poll(countText, { timeout: 15_000 }).toMatch(/\d+ results? for meta ai/);
    const before = Number(/(\d+) result/.exec(await countText())![1]);
    // With nothing chosen there is nothing to clear.
    const clear = page.getByRole('button', { name: 'Clear filters' });
    expect(await clear.isVisible()).toBe(false);
    const platform = page.locator('[data-search-filters] [data-filter="platform"]');
    await platform.locator('summary').click();
    await platform
      .getByRole('checkbox', { name: /WhatsApp/ })
      .first()
      .check();
    await expect
      .poll(async () => Number(/(\d+) result/.exec(await countText())?.[1] ?? NaN), { timeout: 15_000 })
      .toBeLessThan(before);
    expect(await clear.isVisible()).toBe(true);
    await clear.click();
    await expect
      .poll(async () => Number(/(\d+) result/.exec(await countText())?.[1] ?? NaN), { timeout: 15_000 })
      .toBe(before);
    expect(await clear.isVisible()).toBe(false);
  });

  it('"Show more" ranks and appends the next results, past the first batch, and arrows reach them', async () => {
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await openSearch(page);
    await searchFor(page, 'meta');
    const links = page.locator(`${MODAL} pagefind-results .search-result-link`);
    const total = Number(/(\d+) results? for/.exec(await summaryText(page))![1]);
    const answer = await page.locator(`${MODAL} [data-search-answer] .search-answer`).count();
    // More matches than the first batch the engine ranks (16), so all must come through "Show more".
    expect(total - answer).toBeGreaterThan(20);
    const first = await links.count();
    expect(first).toBe(10);
    // includeHidden: the loop below reads the button's state after the last page hides it, and a
    // role locator otherwise finds no hidden button (it would wait for one until it times out).
    const more = page.getByRole('button', { name: 'Show more results', includeHidden: true });
    await more.click();
    // Ranking the next page loads ten results' data: give it the time a search gets (searchFor).
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBe(20);
    // Focus moves to the first new result, and the arrows go on from there.
    await expect.poll(() => links.nth(first).evaluate((a) => a === document.activeElement)).toBe(true);
    const hrefOf = () =>
      page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    const at = await hrefOf();
    await page.keyboard.press('ArrowDown');
    expect(await hrefOf()).not.toBe(at);
    await page.keyboard.press('ArrowUp');
    expect(await hrefOf()).toBe(at);
    // Every match is reachable, each once.
    const settled = () => more.evaluate((b: HTMLButtonElement) => b.hidden || !b.disabled);
    for (;;) {
      // Each click ranks the next page; the button is disabled meanwhile, and hidden after the last.
      await expect.poll(settled, { timeout: 15_000, interval: 50 }).toBe(true);
      if (!(await more.isVisible())) break;
      await more.click();
    }
    await expect.poll(() => links.count()).toBe(total - answer);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
  }, 180_000);

  it('a second search in the same modal draws its own first page, from its best result, whatever the first one showed', async () => {
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await openSearch(page);
    const links = page.locator(`${MODAL} pagefind-results .search-result-link`);
    const firstPageOf = async (query: string) => {
      await modalInput(page).fill('');
      await searchFor(page, query);
      const total = Number(/(\d+) results? for/.exec(await summaryText(page))![1]);
      const answer = await page.locator(`${MODAL} [data-search-answer] .search-answer`).count();
      return { hrefs: await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), total, answer };
    };
    // A fresh page's first page for "whatsapp" is what the modal must show after any other search.
    const fresh = await firstPageOf('whatsapp');
    expect(fresh.hrefs.length).toBe(Math.min(10, fresh.total - fresh.answer));
    await firstPageOf('meta');
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.click();
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBe(20);
    const again = await firstPageOf('whatsapp');
    expect(again.hrefs).toEqual(fresh.hrefs);
  });

  it('on a large site a quick first look among the short records comes first; the whole results replace it, unless the reader has touched it', async () => {
    const { page } = await freshPage();
    // The real index, with the search data saying the site is large (src/scripts/search-view.ts, LARGE_SITE).
    await page.route('**/search-data.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), articles: 10_000 } });
    });
    await page.goto(site.server.url);
    await openSearch(page);
    // For each query, what its first drawing showed; for "microphone", the reader focuses its first result at once.
    await page.evaluate(() => {
      const dialog = document.querySelector('dialog[data-search-dialog]')!;
      const w = window as unknown as {
        firstLook: Record<string, { status: string; kinds: string[]; hrefs: string[] }>;
      };
      w.firstLook = {};
      dialog.addEventListener('site-shown', (e) => {
        const q = (e as CustomEvent<string>).detail;
        if (w.firstLook[q]) return;
        const links = [...dialog.querySelectorAll<HTMLAnchorElement>('pagefind-results .search-result-link')];
        w.firstLook[q] = {
          status: dialog.querySelector('[data-search-status]')!.textContent ?? '',
          kinds: [...dialog.querySelectorAll('pagefind-results .search-kind')].map((k) => k.textContent ?? ''),
          hrefs: links.map((a) => a.getAttribute('href') ?? ''),
        };
        if (q === 'microphone') links[0]?.focus();
      });
    });
    const firstLook = (q: string) =>
      page.evaluate(
        (q) =>
          (window as unknown as { firstLook: Record<string, { status: string; kinds: string[]; hrefs: string[] }> })
            .firstLook[q]!,
        q,
      );
    const links = page.locator(`${MODAL} pagefind-results .search-result-link`);
    const kinds = page.locator(`${MODAL} pagefind-results .search-kind`);

    await searchFor(page, 'whatsapp');
    const quick = await firstLook('whatsapp');
    expect(quick.status).toBe('First matches for whatsapp; searching every page…');
    expect(quick.kinds.length).toBeGreaterThan(0);
    for (const kind of quick.kinds) expect(['Question', 'Glossary term', 'Timeline event']).toContain(kind);
    // The whole results replaced it: they include the articles.
    expect((await kinds.allTextContents()).some((k) => k === 'Page' || k === 'Article section')).toBe(true);

    await modalInput(page).fill('');
    await searchFor(page, 'microphone');
    const touched = await firstLook('microphone');
    expect(touched.status).toMatch(/^First matches for microphone/);
    // The reader was on the first look's results: they stay, in their order, the rest after them.
    const after = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(after.slice(0, touched.hrefs.length)).toEqual(touched.hrefs);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(touched.hrefs[0]);
  });

  it('falls back to the closest matches, labelled, when no page has every word', async () => {
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await openSearch(page);
    const results = await searchFor(page, 'whatsapp kumquat');
    expect(await results.count()).toBeGreaterThan(0);
    expect(await summaryText(page)).toContain('No page has all your words; closest matches');
  });

  it('applies the synonyms: words no page has find the pages that use their synonyms', async () => {
    for (const word of ['erase', 'adverts']) {
      const pages = builtArticles(target).map((a) =>
        readFileSync(join(target.dist, a.path.slice(target.base.length), 'index.html'), 'utf8'),
      );
      expect(pages.some((html) => new RegExp(`\\b${word}\\b`, 'i').test(html))).toBe(false);
    }
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await openSearch(page);
    // Neither word is on any page ("erase" and "adverts" are not how the site says it), yet every word
    // is matched through its synonyms (delete, ads): full matches, not the fallback, and the top
    // result is about deleting.
    const results = await searchFor(page, 'erase adverts');
    expect(await results.count()).toBeGreaterThan(0);
    expect(await page.locator(`${MODAL} pagefind-results .search-result`).first().textContent()).toMatch(/delet/i);
    expect(await summaryText(page)).not.toContain('No page has all your words');
  });

  it('puts the cited short answer on top when a query asks a question of the concern index, and offers the checker', async () => {
    const questions = parse(readFileSync(join('content', 'questions.yaml'), 'utf8')) as {
      id: string;
      question: string;
      link: string;
    }[];
    const q = questions[0]!;
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await openSearch(page);
    await searchFor(page, q.question.replace(/\?$/, ''));
    const card = page.locator(`${MODAL} [data-search-answer] .search-answer`).first();
    await card.waitFor();
    expect(await card.locator('a').first().textContent()).toBe(q.question);
    const more = card.getByRole('link', { name: 'Read the full section' });
    expect((await more.getAttribute('href'))!.replace(/\?[^#]*/, '')).toBe(
      target.base + parseInternalLink(q.link)!.path,
    );
    expect(await card.locator('.search-answer-sources').textContent()).toMatch(/^Sources: \S/);

    await modalInput(page).fill('');
    await searchFor(page, 'am i affected in the uk');
    await expect
      .poll(() => page.locator(`${MODAL} [data-search-answer] a[href="${target.base}checker/"]`).count())
      .toBe(1);
  });

  it('a result lands on the section whose heading the reader asked, and says what kind of result it is', async () => {
    const article = builtArticles(target)[0]!;
    const html = readFileSync(join(target.dist, article.path.slice(target.base.length), 'index.html'), 'utf8');
    const [, id, heading] = /<h2 id="([^"]+)"[^>]*>([^<]+\?)/.exec(html)!;
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await openSearch(page);
    await searchFor(page, heading!.replace(/\?$/, ''));
    const link = page.locator(`${MODAL} pagefind-results .search-result-link[href*="#${id}"]`).first();
    await link.waitFor();
    const item = link.locator('xpath=..');
    expect(await item.locator('.search-kind').textContent()).toBe('Article section');
    // No stray "#" and no doubled punctuation in what is shown.
    const text = (await page.locator(`${MODAL} pagefind-results`).textContent()) ?? '';
    expect(text).not.toMatch(/[?!.]\s*\./);
    expect(text).not.toMatch(/(^|\s)#\s/);
  });

  it('highlights only the meaningful words typed, as whole words, and the reader can clear them', async () => {
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await openSearch(page);
    await searchFor(page, 'can meta read my whatsapp messages');
    const link = page.locator(`${MODAL} pagefind-results .search-result-link[href*="highlight="]`).first();
    const href = (await link.getAttribute('href'))!;
    const words = new URL(href, site.server.origin).searchParams.getAll('highlight');
    expect(words).toContain('read');
    expect(words).toContain('whatsapp');
    // Not the filler, and not "meta", which is on every page.
    for (const w of ['can', 'my', 'meta']) expect(words).not.toContain(w);
    await link.click();
    await page.waitForURL((u) => u.searchParams.has('highlight'));
    const marks = page.locator('mark.pagefind-highlight');
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const marked = await marks.evaluateAll((ms) => ms.map((m) => (m.textContent ?? '').toLowerCase()));
    for (const m of marked) expect(words).toContain(m);
    await page.getByRole('button', { name: 'Clear highlights' }).click();
    await expect.poll(() => marks.count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
  });

  it("corrects a misspelt word from the site's own vocabulary", async () => {
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await openSearch(page);
    await modalInput(page).pressSequentially('instagarm');
    await expect
      .poll(() => summaryText(page), { timeout: 15_000 })
      .toMatch(/\d+ results? for instagram \(you typed instagarm\)/);
  });

  it('without JavaScript the search trigger leads to the question index', async () => {
    const { page } = await freshPage(false);
    await page.goto(`${site.server.url}articles/`);
    await page.locator('[data-search-trigger]').click();
    await page.waitForURL(`**${target.base}questions/`);
    expect(await page.locator('main section.question').count()).toBeGreaterThanOrEqual(20);
  });
});

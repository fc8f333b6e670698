import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { htmlFiles, pagePath } from '../support/site-files.ts';
import { checkerRuleSchema } from '../../src/schemas/checker.ts';
import { verdictFor, type Answers } from '../../src/lib/checker-rules.ts';
import { STANCE_LABELS } from '../../src/lib/vocabulary.ts';

/** The rules from content/, so the expected answers follow the content, never a copy of it. */
const rules = (parse(readFileSync('content/checker.yaml', 'utf8')) as { id: string }[]).map((r) => ({
  id: r.id,
  ...checkerRuleSchema.parse(r),
}));

describe.each(TARGETS)('"Am I affected?" in the browser ($name build)', (target) => {
  const site = serveToChromium(target, 'static');

  it('answers with one verdict first, in words and an icon, then the steps, then the matching cards', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.server.url}checker/`);
    const verdicts = page.locator('[data-checker-verdict] [data-stance]:visible');
    const cardTitles = () => page.locator('[data-checker-cards] > li:visible [data-rule-title]').allTextContents();
    const expectAnswer = async (answers: Answers) => {
      const want = verdictFor(answers, rules);
      await expect.poll(() => verdicts.allTextContents()).toEqual([STANCE_LABELS[want.verdict!].answer]);
      // The words come with the verdict's icon.
      expect(await verdicts.locator('svg.verdict-icon').count()).toBe(1);
      await expect.poll(cardTitles).toEqual(want.cards.map((r) => r.title));
      expect(await page.locator('[data-checker-lead]').textContent()).toBe(`${want.lead!.title}.`);
      const steps = await page
        .locator('[data-checker-steps] li:visible a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
      expect(steps).toEqual(want.steps.map((s) => s.anchor));
      // Verdict, then steps, then details, top to bottom.
      const top = async (sel: string) => (await page.locator(sel).boundingBox())?.y ?? -1;
      const [v, s, d] = [
        await top('[data-checker-verdict]'),
        await top('[data-checker-steps]'),
        await top('[data-checker-details]'),
      ];
      if (want.steps.length) expect(v).toBeLessThan(s);
      expect(v).toBeLessThan(d);
      return want;
    };

    // Before any answer: a prompt, no verdict; the Accounts Center question is not asked.
    await page.locator('[data-checker-form]').waitFor();
    expect(await verdicts.count()).toBe(0);
    await page.locator('input[name="region"][value="us"]').check();
    await page.locator('input[name="apps"][value="whatsapp"]').check();
    expect(await page.locator('input[name="whatsappLinked"]:visible').count()).toBe(0);
    await page.locator('input[name="metaAiIn"][value="whatsapp"]').check();
    // Asked now: Meta AI in WhatsApp, where the change applies.
    await page.locator('input[name="whatsappLinked"][value="no"]').check();
    const unlinked = await expectAnswer({
      region: 'us',
      apps: ['whatsapp'],
      metaAiIn: ['whatsapp'],
      metaAiBy: [],
      whatsappLinked: 'no',
    });
    expect(unlinked.verdict).toBe('partly');

    await page.locator('input[name="apps"][value="glasses"]').check();
    await page.locator('input[name="metaAiIn"][value="glasses"]').check();
    await page.locator('input[name="metaAiBy"][value="voice"]').check();
    const glasses = await expectAnswer({
      region: 'us',
      apps: ['whatsapp', 'glasses'],
      metaAiIn: ['whatsapp', 'glasses'],
      metaAiBy: ['voice'],
      whatsappLinked: 'no',
    });
    expect(glasses.verdict).toBe('applies');

    // Norway: not confirmed, and no Accounts Center question there.
    await page.locator('input[name="region"][value="eea-efta"]').check();
    await expect.poll(() => page.locator('input[name="whatsappLinked"]:visible').count()).toBe(0);
    const norway = await expectAnswer({
      region: 'eea-efta',
      apps: ['whatsapp', 'glasses'],
      metaAiIn: ['whatsapp', 'glasses'],
      metaAiBy: ['voice'],
      whatsappLinked: 'not-sure',
    });
    expect(norway.verdict).toBe('not-confirmed');

    // The button moves focus to the answer.
    await page.locator('[data-checker-form] button[type="submit"]').click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-checker-summary')))
      .toBe(true);
  });

  it("the home page's questions hand their answers to the checker page in the fragment, which no request carries", async () => {
    const page = await (await site.browser.newContext()).newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(site.server.url);
    // The home page asks; it does not carry the rule cards (the checker page does).
    expect(await page.locator('[data-rule-id]').count()).toBe(0);
    await page.locator('[data-checker-form]').waitFor();
    const answers: Answers = {
      region: 'us',
      apps: ['instagram', 'whatsapp'],
      metaAiIn: ['whatsapp'],
      metaAiBy: ['text'],
      whatsappLinked: 'yes',
    };
    await page.locator('input[name="region"][value="us"]').check();
    for (const app of answers.apps) await page.locator(`input[name="apps"][value="${app}"]`).check();
    await page.locator('input[name="metaAiIn"][value="whatsapp"]').check();
    await page.locator('input[name="metaAiBy"][value="text"]').check();
    await page.locator('input[name="whatsappLinked"][value="yes"]').check();
    await page.getByRole('button', { name: 'Show my answer' }).click();
    await page.waitForURL(/checker\/#region=us/);
    const want = verdictFor(answers, rules);
    await expect
      .poll(() => page.locator('[data-checker-verdict] [data-stance]:visible').allTextContents())
      .toEqual([STANCE_LABELS[want.verdict!].answer]);
    await expect
      .poll(() => page.locator('[data-checker-cards] > li:visible [data-rule-title]').allTextContents())
      .toEqual(want.cards.map((r) => r.title));
    // The answer is where the reader is: focus moved to it, and the form shows the choices made.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('checker-answer-heading');
    expect(await page.locator('input[name="whatsappLinked"][value="yes"]').isChecked()).toBe(true);
    expect(requested.filter((u) => /region=|apps=/.test(u.split('#')[0]!))).toEqual([]);
  });

  it('without JavaScript shows the rules table (and no form); with JavaScript the table is not shown twice', async () => {
    const noJs = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    await noJs.goto(`${site.server.url}checker/`);
    expect(await noJs.locator('[data-checker-form]').isVisible()).toBe(false);
    expect(await noJs.locator('table.checker-table tbody tr:visible').count()).toBe(rules.length);

    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.server.url}checker/`);
    await page.locator('[data-checker-form]').waitFor();
    await page.locator('input[name="region"][value="eu"]').check();
    await page.locator('[data-checker-verdict]').waitFor();
    await expect.poll(() => page.locator('table.checker-table').isVisible()).toBe(false);
    // Still there, one button away, and in print.
    const toggle = page.locator('[data-checker-rules-toggle]');
    await toggle.click();
    await expect.poll(() => page.locator('table.checker-table').isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('table.checker-table').isVisible()).toBe(true);
  });

  it('every diagram has an accessible name, and its facts are in its text alternative', async () => {
    const page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    const withDiagrams: string[] = [];
    for (const file of htmlFiles(target.dist)) {
      await page.goto(site.server.origin + pagePath(file, target.base));
      const figures = page.locator('figure.diagram');
      for (let i = 0; i < (await figures.count()); i++) {
        const figure = figures.nth(i);
        const svg = figure.locator('svg[role="img"]');
        expect(await svg.count(), file).toBe(1);
        const name = await svg.evaluate((el) =>
          (el.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' | '),
        );
        expect(name, file).toMatch(/\w+ \| \w+/);
        expect(await figure.locator('figcaption').textContent(), file).toContain(name.split(' | ')[0]);
        // Every word drawn in the picture is in the description and in the visible list.
        const drawn = await svg.evaluate((el) =>
          [...el.querySelectorAll('text')]
            .flatMap((t) => (t.children.length ? [...t.children].map((c) => c.textContent) : [t.textContent]))
            .join(' '),
        );
        const words = await figure
          .locator('.diagram-words')
          .evaluate((el) => [...el.querySelectorAll('li')].map((li) => li.textContent).join(' '));
        const desc = name.split(' | ')[1] ?? '';
        const key = (t: string) => new Set(t.toLowerCase().match(/[a-z]{4,}|\d{2,}/g) ?? []);
        for (const w of key(drawn)) {
          expect(key(desc).has(w), `${file}: "${w}" in the desc`).toBe(true);
          expect(key(words).has(w), `${file}: "${w}" in the list`).toBe(true);
        }
        withDiagrams.push(file);
      }
    }
    expect(withDiagrams.length).toBeGreaterThanOrEqual(3);
  });
});

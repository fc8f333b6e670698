import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/**
 * The search modal flow, written once for every suite that uses it: open the modal, type a
 * query, wait for its results (or for the no-results help). The modal is the site's own
 * (src/scripts/search-modal.ts): a <dialog> whose results list is <pagefind-results>.
 */
export const MODAL = 'dialog[data-search-dialog][open]';
export const modalInput = (page: Page): Locator => page.locator(`${MODAL} input[type="search"]`);
const modalResults = (page: Page): Locator => page.locator(`${MODAL} pagefind-results a[href]`);

/** Opens the modal with a key press ("Control+k", "/", "Enter" on a focused trigger) or, by default, a click on the header trigger. */
export async function openSearch(page: Page, key?: string): Promise<Locator> {
  if (key) await page.keyboard.press(key);
  else await page.locator('[data-search-trigger]').click();
  const input = modalInput(page);
  await input.waitFor();
  return input;
}

/** The "N results for …" line announced to screen readers (the modal's status, or Pagefind's summary on the search page). */
export const summaryText = async (page: Page, scope = MODAL): Promise<string> =>
  (await page.locator(`${scope} :is(pagefind-summary, [data-search-status])`).first().textContent()) ?? '';

/**
 * Types `query` key by key into the open modal and waits until the status announces results
 * for the whole query and the first result link is on screen. Returns the results.
 */
export async function searchFor(page: Page, query: string): Promise<Locator> {
  await modalInput(page).pressSequentially(query);
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect
    .poll(() => summaryText(page), { timeout: 15_000 })
    .toMatch(new RegExp(`\\d+ results? for ${escaped}`, 'i'));
  const results = modalResults(page);
  await results.first().waitFor({ timeout: 15_000 });
  return results;
}

/** Fills the open modal with a query that finds nothing and waits for the help shown instead. */
export async function searchForNothing(page: Page, query = 'kumquat'): Promise<Locator> {
  await modalInput(page).fill(query);
  const help = page.locator(`${MODAL} [data-search-help]`);
  await help.waitFor({ state: 'visible', timeout: 15_000 });
  return help;
}

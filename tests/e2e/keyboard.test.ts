import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { builtArticles } from '../support/site-files.ts';
import { MODAL, openSearch, searchFor } from '../support/search-modal.ts';
import { siteConfig } from '../../src/site.config.ts';

/**
 * A keyboard-only pass, in light and dark mode: Tab through the header (skip link → site name →
 * search trigger → Menu, which Enter opens → each nav link in it), open search with Enter, type, move through the results with
 * the arrow keys, close with Escape. At every step the focused element must show a focus
 * indicator: a computed outline or box-shadow that is not none, in the site's focus colour. In
 * the results, Pagefind draws that ring on the result card around the focused link.
 */
interface Focused {
  tag: string;
  text: string;
  href: string | null;
  search: boolean;
  /** Who draws the focus indicator: "self", or the class of the box around it that does. */
  indicator: string | null;
  /** The indicator's computed outline and box-shadow. */
  ring: string;
  /** The site's focus colour (--focus), as the browser computes it (rgb…). */
  focusColour: string;
  inViewport: boolean;
}

/**
 * The focused element (through shadow roots), and its focus indicator: its own computed outline
 * or box-shadow, or, for Pagefind's results, the ring Pagefind draws on the result card around
 * the focused link (`.pf-result-card:has(.pf-result-link:focus-visible)`).
 */
const focused = (page: Page): Promise<Focused | null> =>
  page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body) return null;
    const ringOf = (node: Element) => {
      const style = getComputedStyle(node);
      const outline =
        style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0
          ? ''
          : `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      const shadow = style.boxShadow === 'none' ? '' : `box-shadow ${style.boxShadow}`;
      return [outline, shadow].filter(Boolean).join('; ');
    };
    let indicator: string | null = null;
    let ring = ringOf(el);
    if (ring) indicator = 'self';
    else {
      const box = el.closest('.pf-result-card, .pf-heading-chip');
      if (box && ringOf(box)) {
        indicator = box.className;
        ring = ringOf(box);
      }
    }
    const probe = document.createElement('span');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: el.getAttribute('href'),
      search: el.hasAttribute('data-search-trigger'),
      indicator,
      ring,
      focusColour,
      inViewport: rect.bottom > 0 && rect.top < innerHeight && rect.width > 0 && rect.height > 0,
    };
  });

/** Fails with what was focused when the focus indicator is missing or is not in the focus colour. */
function expectVisibleFocus(f: Focused | null, step: string, own = true): asserts f is Focused {
  expect(f, `${step}: nothing has focus`).not.toBeNull();
  const what = `${step}: <${f!.tag}> "${f!.text.slice(0, 60)}"`;
  expect(f!.indicator, `${what} has no visible focus indicator (outline and box-shadow are none)`).not.toBeNull();
  if (own) expect(f!.indicator, `${what}: the indicator should be on the element itself`).toBe('self');
  expect(f!.ring, `${what}: the focus ring should use the site's focus colour`).toContain(f!.focusColour);
  expect(f!.inViewport, `${what} is focused off screen`).toBe(true);
}

const target = TARGETS[0]!;

describe.each(['light', 'dark'] as const)('keyboard only, %s mode (root build)', (colorScheme) => {
  const site = serveToChromium(target, 'static');
  let page: Page;

  beforeAll(async () => {
    page = await (await site.browser.newContext({ colorScheme })).newPage();
  });

  it('the focus check fails on an element whose focus ring is removed', async () => {
    const p = await page.context().newPage();
    await p.setContent('<style>a:focus{outline:none}</style><a href="#x">plain</a>');
    await p.keyboard.press('Tab');
    const f = await focused(p);
    expect(f?.indicator).toBeNull();
    expect(() => expectVisibleFocus(f, 'bare link')).toThrow(/no visible focus indicator/);
    await p.close();
  });

  it('Tab goes skip link → site name → search trigger → Menu; Enter opens the menu and Tab walks its links, each with a visible focus ring', async () => {
    await page.goto(site.server.origin + builtArticles(target)[0]!.path);
    const tab = async (step: string, check: (f: Focused) => void) => {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expectVisibleFocus(f, step);
      check(f);
    };
    await tab('skip link', (f) => expect(f.text).toBe('Skip to content'));
    await tab('site name', (f) => expect([f.text, f.href]).toEqual([siteConfig.name, target.base]));
    await tab('search trigger', (f) => expect(f.search).toBe(true));
    await tab('menu', (f) => expect([f.tag, f.text]).toEqual(['summary', 'Menu']));
    const menu = page.locator('details[data-site-menu]');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    for (const item of siteConfig.nav) {
      await tab(`menu: ${item.label}`, (f) => expect([f.text, f.href]).toEqual([item.label, target.base + item.path]));
    }
    // Escape closes the menu and hands focus back to "Menu".
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await focused(page))?.tag).toBe('summary');
  });

  it('Enter on the trigger opens search; typing finds results; arrows move through them; Escape returns to the trigger', async () => {
    await page.goto(`${site.server.url}articles/`);
    // Skip link, site name, then the search trigger.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect((await focused(page))?.search).toBe(true);
    await openSearch(page, 'Enter');
    await expect.poll(async () => (await focused(page))?.tag).toBe('input');
    expectVisibleFocus(await focused(page), 'search input');

    await searchFor(page, 'camera roll');
    const seen: string[] = [];
    for (let i = 1; i <= 3; i++) {
      await page.keyboard.press('ArrowDown');
      // The card's ring fades in (a CSS transition); wait for it to settle in the focus colour.
      await expect
        .poll(
          async () => {
            const f = await focused(page);
            return !!f && f.ring.includes(f.focusColour);
          },
          { timeout: 3000 },
        )
        .toBe(true);
      const f = await focused(page);
      // Pagefind rings the result card around the focused link (in the site's focus colour).
      expectVisibleFocus(f, `result ${i}`, false);
      expect(f.tag).toBe('a');
      expect(f.href?.startsWith(target.base)).toBe(true);
      seen.push(f.href!);
    }
    expect(new Set(seen).size).toBe(3);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await focused(page))?.href).toBe(seen[1]);

    // Enter on a focused result opens it.
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname !== `${target.base}articles/`);
    expect(new URL(page.url()).pathname.startsWith(target.base)).toBe(true);

    // Back on a page, the modal opens again by keyboard and Escape hands focus back to the trigger.
    await page.goto(`${site.server.url}articles/`);
    await openSearch(page, 'Control+k');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(MODAL).count()).toBe(0);
    await expect.poll(async () => (await focused(page))?.search).toBe(true);
    expectVisibleFocus(await focused(page), 'trigger after closing search');
  });

  it('the skip link moves focus to the main content, which then shows where it is', async () => {
    await page.goto(`${site.server.url}articles/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    // The next Tab lands on the first link inside main, not back in the header.
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expectVisibleFocus(f, 'first link in main');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });
});

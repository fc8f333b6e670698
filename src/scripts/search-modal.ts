/**
 * The search modal, loaded only when the reader reaches for search (src/scripts/search-loader.ts).
 * Its results are the shared search view (src/scripts/search-view.ts): the site's ranking over
 * Pagefind's JS API, the first page drawn at once and more on demand. Each keystroke starts
 * loading the index chunks its words need, and a search: at once for a word of three letters or more on a small site, else 30 ms later (keystrokeDelay); a newer search cancels an older one, so stale results never show.
 */
import { keystrokeDelay, loadSearch, searchView } from './search-view.ts';
import type { SearchModal } from './search-loader.ts';

export function modalMarkup(questions: string): string {
  return `<dialog class="search-dialog" data-search-dialog aria-label="Search the site">
<div class="search-head"><label for="site-search-input" class="sr-only">Search the site</label>
<input id="site-search-input" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" placeholder="Ask or type a few words, e.g. opt out, camera roll">
<button type="button" data-search-close>Close</button></div>
<div class="search-body">
<p class="search-status" role="status" data-search-status></p>
<div data-search-answer></div>
<pagefind-results class="search-results" data-search-results></pagefind-results>
<button type="button" class="search-more mt-3" data-search-more hidden>Show more results</button>
<div class="search-help p-4 text-sm" data-search-help hidden><p class="font-semibold">Nothing matched those words.</p>
<p class="mt-1">Try fewer or plainer words, or start from <a href="${questions}">the questions readers ask most</a>, or <a href="${questions}#by-topic">browse them by topic</a>.</p></div>
</div></dialog>`;
}

export async function setUpModal(dialog: HTMLDialogElement, bundle: string, siteBase: string): Promise<void> {
  const { pf, data } = await loadSearch(bundle, siteBase);
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  const view = searchView(dialog, pf, data, siteBase);
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());

  let timer: number | undefined;
  input.addEventListener('input', () => {
    view.preload(input.value);
    window.clearTimeout(timer);
    const delay = keystrokeDelay(input.value, data);
    if (delay === 0) void view.run(input.value);
    else timer = window.setTimeout(() => void view.run(input.value), delay);
  });
  dialog.dataset.ready = '';
  // Arrow keys move between the input and every link of the answer and the results.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...dialog.querySelectorAll<HTMLAnchorElement>('[data-search-answer] a, [data-search-results] a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
    else if (at <= 0) input.focus();
    else links[at - 1]!.focus();
  });
}

// Loaded as a module script by search-loader.ts, which reads these from window.
(window as Window & { searchModal?: SearchModal }).searchModal = { modalMarkup, setUpModal };

/** Small helpers shared by the search modal and the search page, on top of Pagefind's Component UI. */
import { SEARCH_RANKING, searchTerms } from '../lib/search-query.ts';

interface PagefindInstance {
  searchTerm?: string;
  on(event: 'results', callback: (result: { results?: unknown[] }) => void): void;
  on(event: 'search', callback: (term: string) => void): void;
  triggerSearch(term: string): void;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name?: string): PagefindInstance };
  configureInstance(name: string, options: object): PagefindInstance;
}

/** The page's Pagefind instance, with the site's ranking applied (before its first search). */
export function pagefindInstance(): PagefindInstance | undefined {
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  return components?.configureInstance('default', { ranking: SEARCH_RANKING });
}

/**
 * Shows `panel` (the "no results" help: the question index and the topics) when a search
 * finds nothing, instead of an empty box; hides it otherwise.
 */
export function showHelpWhenEmpty(panel: HTMLElement, instance = pagefindInstance()): void {
  if (!instance) return;
  let term = '';
  instance.on('search', (t) => {
    term = t.trim();
    if (!term) panel.hidden = true;
  });
  instance.on('results', (r) => {
    panel.hidden = !(term && (r.results?.length ?? 0) === 0);
  });
}

/**
 * Lets readers type questions: every search goes through `searchTerms`, which drops filler
 * words that Pagefind would otherwise require on the page. Call once, before the first search.
 */
export function acceptQuestions(instance = pagefindInstance()): void {
  if (!instance) return;
  const original = instance.triggerSearch.bind(instance);
  instance.triggerSearch = (term: string) => original(searchTerms(term));
}

/**
 * Pagefind's filter dropdowns render their trigger as <button role="combobox">, and a combobox
 * takes no name from its text, so screen readers announce an unnamed control (axe: button-name).
 * Names each trigger by its visible label, also for dropdowns rendered later.
 */
export function nameFilterDropdowns(root: ParentNode & Node): void {
  const name = () => {
    for (const trigger of root.querySelectorAll<HTMLElement>(
      'pagefind-filter-dropdown .pf-dropdown-trigger:not([aria-labelledby])',
    )) {
      const label = trigger.querySelector<HTMLElement>('.pf-dropdown-trigger-label');
      if (!label || !trigger.id) continue;
      label.id ||= `${trigger.id}-label`;
      trigger.setAttribute('aria-labelledby', label.id);
    }
  };
  name();
  new MutationObserver(name).observe(root, { childList: true, subtree: true });
}

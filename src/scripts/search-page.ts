/**
 * The search page: loads Pagefind's Component UI, runs the search named in ?q= (so searches can
 * be linked and bookmarked), keeps ?q= in step with what the reader types, and shows the
 * question index and topics when nothing matches.
 */
import { acceptQuestions, nameFilterDropdowns, pagefindInstance, showHelpWhenEmpty } from './search-ui.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
const bundle = root?.dataset.bundlePath;

if (root && bundle) {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${bundle}pagefind-component-ui.css`;
  document.head.append(css);
  void (async () => {
    await import(/* @vite-ignore */ `${bundle}pagefind-component-ui.js`);
    await customElements.whenDefined('pagefind-input');
    nameFilterDropdowns(root);
    const instance = pagefindInstance();
    if (!instance) return;
    acceptQuestions(instance);
    const help = root.querySelector<HTMLElement>('[data-search-help]');
    if (help) showHelpWhenEmpty(help, instance);
    const input = () => root.querySelector<HTMLInputElement>('pagefind-input input');
    instance.on('search', (term) => {
      // Keep what the reader typed in the address, not the simplified terms actually searched.
      const typed = input()?.value.trim() || term.trim();
      const url = new URL(location.href);
      if (typed) url.searchParams.set('q', typed);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    });
    const q = new URLSearchParams(location.search).get('q')?.trim();
    if (q) {
      const field = input();
      if (field) field.value = q;
      instance.triggerSearch(q);
    }
  })();
}

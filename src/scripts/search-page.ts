/**
 * The search page's only eager script: it loads the page's search (src/scripts/search-page-app.ts,
 * the same engine and results as the modal) and the results' stylesheet (search-modal.css, named by the page), so the
 * page's script before search stays tiny. The search runs at once when the address names one
 * (?q=…). search-page-app.ts is built as one module of its own (?worker&url) and added as a module
 * script, not import()ed: Vite would wrap import() in its preload helper (about 1 KB gzip). It
 * hands over startSearchPage through window.
 */
import appCode from './search-page-app.ts?worker&url';

export type StartSearchPage = (root: HTMLElement, bundle: string) => Promise<void>;

const root = document.querySelector<HTMLElement>('[data-search-page]');
const bundle = root?.dataset.bundlePath;
// Named by the page, not imported here: an import shared with search-loader.ts would become a chunk
// of its own that every page loads.
const resultStyles = root?.dataset.resultStyles;

/** Adds a module script or a stylesheet to <head>; resolves once it has run or applies. */
const add = (el: HTMLScriptElement | HTMLLinkElement) =>
  new Promise<void>((resolve, reject) => {
    el.onload = () => resolve();
    el.onerror = () => reject(new Error('search did not load'));
    document.head.append(el);
  });

if (root && bundle && resultStyles)
  void Promise.all([
    add(Object.assign(document.createElement('script'), { type: 'module', src: appCode })),
    add(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: resultStyles })),
  ]).then(() => (window as Window & { startSearchPage?: StartSearchPage }).startSearchPage!(root, bundle));

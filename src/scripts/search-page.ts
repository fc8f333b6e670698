/**
 * The search page's only eager script: it loads the page's search (src/scripts/search-page-app.ts,
 * the same engine and results as the modal) on demand, so the page's script before search stays
 * tiny. The search runs at once when the address names one (?q=…).
 */
const root = document.querySelector<HTMLElement>('[data-search-page]');
const bundle = root?.dataset.bundlePath;

if (root && bundle) void import('./search-page-app.ts').then((app) => app.startSearchPage(root, bundle));

export {};

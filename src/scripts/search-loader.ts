/**
 * The only script every page loads (about 1 KB). It turns the header's search link into a
 * modal search, opened by click, Ctrl/⌘+K or "/". Nothing of search (its code, Pagefind's index
 * or wasm) is fetched until the reader reaches for it: the modal and Pagefind's entry files load
 * on intent (see `prefetch`), so a click opens a box that is ready at once. Without JavaScript
 * the link leads to the question index instead, which answers the same concerns in plain HTML.
 * On the search page itself the trigger and the shortcuts go to that page's search box.
 *
 * On a page opened from a search result (?highlight=…) it adds Pagefind's highlighter and
 * search-highlight.ts, which mark whole words only, with a button to clear the marks.
 */
// The modal's code is built as one self-contained module (search-modal.ts with what it imports,
// ?worker&url, astro.config.mjs) and its stylesheet as a file of its own; `add` puts both in the
// page at once. Not import(): Vite wraps every dynamic import in its preload helper (about 1 KB
// gzip), which every page would then download. The module hands over its functions through window.
import modalCode from './search-modal.ts?worker&url';
import modalStyles from '../styles/search-modal.css?url';
import highlightCode from './search-highlight.ts?worker&url';
import { HIGHLIGHT_PARAM } from '../lib/highlight-param.ts';

/** What search-modal.ts hands over when it runs (a module script has no exports to read). */
export interface SearchModal {
  modalMarkup(questions: string): string;
  setUpModal(dialog: HTMLDialogElement, bundle: string, siteBase: string): Promise<void>;
}
type Loaded = Window & { searchModal?: SearchModal; searchHighlight?: () => void };

/** Adds a module script or a stylesheet to <head>; resolves once it has run or applies. */
const add = (tag: 'script' | 'link', url: string) =>
  new Promise<void>((resolve, reject) => {
    const el = document.createElement(tag);
    if (el instanceof HTMLScriptElement) {
      el.type = 'module';
      el.src = url;
    } else {
      el.rel = 'stylesheet';
      el.href = url;
    }
    el.onload = () => resolve();
    el.onerror = () => {
      el.remove();
      reject(new Error(`${url} did not load`));
    };
    document.head.append(el);
  });
const styles = () =>
  document.querySelector(`link[href="${modalStyles}"]`) ? Promise.resolve() : add('link', modalStyles);

const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
const bundle = trigger?.dataset.bundlePath;
const siteBase = bundle?.replace(/pagefind\/$/, '');
let opening: Promise<HTMLDialogElement> | undefined;

/**
 * Loads the modal's code, builds it (closed) and sets up Pagefind: its script, entry file, wasm
 * and the site's search data, nothing that depends on a query. Runs once; after a failure the
 * next call tries again.
 */
const load = () =>
  (opening ??= (async () => {
    await Promise.all([add('script', modalCode), styles()]);
    const { modalMarkup, setUpModal } = (window as Loaded).searchModal!;
    const holder = document.createElement('div');
    holder.innerHTML = modalMarkup(trigger!.getAttribute('href') ?? '');
    const dialog = holder.querySelector('dialog')!;
    await setUpModal(dialog, bundle!, siteBase!);
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      trigger!.setAttribute('aria-expanded', 'false');
      trigger!.focus();
    });
    return dialog;
  })().catch((error: unknown) => {
    opening = undefined;
    throw error;
  }));

/**
 * Intent: the pointer on the trigger (hover, or a touch), keyboard focus on it, or Ctrl/⌘ going
 * down alone (the first key of Ctrl/⌘+K). It starts `load` so that search opens at once; errors
 * wait for the reader to open search. Not on the search page, which has its own box.
 */
const prefetch = () => {
  if (!document.querySelector('[data-search-page]')) load().catch(() => {});
};

async function openSearch(): Promise<void> {
  if (!trigger || !bundle || siteBase === undefined) return;
  if (document.querySelector('[data-search-page]')) {
    document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]')?.focus();
    return;
  }
  const dialog = await load();
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.focus();
  trigger.setAttribute('aria-expanded', 'true');
}

if (trigger && bundle) {
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.setAttribute('aria-expanded', 'false');
  for (const type of ['pointerenter', 'pointerdown', 'focus']) trigger.addEventListener(type, prefetch);
  trigger.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    void openSearch();
  });
  document.addEventListener('keydown', (event) => {
    if (/^(Control|Meta)$/.test(event.key) && !event.shiftKey && !event.altKey) prefetch();
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (!modK && !slash) return;
    if (document.querySelector('dialog[data-search-dialog][open]')) return;
    event.preventDefault();
    void openSearch();
  });
}

// Pagefind's highlighter (search-highlight.ts) loads only on a page opened from a search result.
if (bundle && new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void Promise.all([add('script', highlightCode), add('script', `${bundle}pagefind-highlight.js`), styles()]).then(() =>
    (window as Loaded).searchHighlight?.(),
  );
}

/**
 * The only script every page loads (about 1 KB). It turns the header's search link into a
 * modal search, opened by click, Ctrl/⌘+K or "/". Nothing of Pagefind (UI, index or wasm) is
 * fetched until the reader opens search. Without JavaScript the link leads to the question
 * index instead, which answers the same concerns in plain HTML.
 *
 * It also loads Pagefind's highlighter on a page opened from a search result (?highlight=…).
 */
import { acceptQuestions, showHelpWhenEmpty } from './search-ui.ts';

const HIGHLIGHT_PARAM = 'highlight';

const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
const bundle = trigger?.dataset.bundlePath;
let opening: Promise<void> | undefined;

/** Pagefind's modal, and the help shown when a search finds nothing (the question index). */
function modalMarkup(bundlePath: string, questions: string): string {
  return (
    `<pagefind-config bundle-path="${bundlePath}" highlight-param="${HIGHLIGHT_PARAM}"></pagefind-config>` +
    '<pagefind-modal reset-on-close><pagefind-modal-header>' +
    '<pagefind-input placeholder="Ask or type a few words, e.g. opt out, camera roll"></pagefind-input>' +
    '</pagefind-modal-header><pagefind-modal-body><pagefind-summary></pagefind-summary>' +
    '<pagefind-results max-sub-results="3"></pagefind-results>' +
    '<div class="search-help p-4 text-sm" data-search-help hidden><p class="font-semibold">Nothing matched those words.</p>' +
    `<p class="mt-1">Try fewer or plainer words, or start from <a href="${questions}">the questions readers ask most</a>, ` +
    `or <a href="${questions}#by-topic">browse them by topic</a>.</p></div>` +
    '</pagefind-modal-body><pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer></pagefind-modal>'
  );
}

function loadCss(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

async function openSearch(): Promise<void> {
  if (!trigger || !bundle) return;
  opening ??= (async () => {
    loadCss(`${bundle}pagefind-component-ui.css`);
    const holder = document.createElement('div');
    holder.innerHTML = modalMarkup(bundle, trigger.getAttribute('href') ?? '');
    document.body.append(...holder.childNodes);
    await import(/* @vite-ignore */ `${bundle}pagefind-component-ui.js`);
    await customElements.whenDefined('pagefind-modal');
    acceptQuestions();
    const help = document.querySelector<HTMLElement>('pagefind-modal [data-search-help]');
    if (help) showHelpWhenEmpty(help);
    const dialog = document.querySelector('pagefind-modal dialog');
    dialog?.addEventListener('close', () => {
      trigger.setAttribute('aria-expanded', 'false');
      trigger.focus();
    });
  })();
  await opening;
  const modal = document.querySelector<HTMLElement & { open(): void }>('pagefind-modal');
  modal?.open();
  trigger.setAttribute('aria-expanded', 'true');
}

if (trigger && bundle) {
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.setAttribute('aria-expanded', 'false');
  trigger.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    void openSearch();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (!modK && !slash) return;
    if (document.querySelector('pagefind-modal dialog[open]')) return;
    event.preventDefault();
    void openSearch();
  });
}

if (bundle && new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  // addStyles: false, because Pagefind would inject a <style> element, which the CSP forbids;
  // global.css styles mark.pagefind-highlight instead.
  type HighlightClass = new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  void import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`).then((mod: { default?: HighlightClass }) => {
    const Highlight = mod.default ?? (window as unknown as { PagefindHighlight?: HighlightClass }).PagefindHighlight;
    if (Highlight) new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  });
}

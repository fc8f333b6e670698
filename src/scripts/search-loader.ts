/**
 * The only script every page loads (about 1 KB). It turns the header's search link into a
 * modal search, opened by click, Ctrl/⌘+K or "/". Nothing of search (its code, Pagefind's index
 * or wasm) is fetched until the reader opens it. Without JavaScript the link leads to the question
 * index instead, which answers the same concerns in plain HTML. On the search page itself the
 * trigger and the shortcuts go to that page's search box.
 *
 * It also loads Pagefind's highlighter on a page opened from a search result (?highlight=…),
 * marking whole words only, with a button to clear the marks.
 */
const HIGHLIGHT_PARAM = 'highlight';

const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
const bundle = trigger?.dataset.bundlePath;
const siteBase = bundle?.replace(/pagefind\/$/, '');
let opening: Promise<HTMLDialogElement> | undefined;

async function openSearch(): Promise<void> {
  if (!trigger || !bundle || siteBase === undefined) return;
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  if (document.querySelector('[data-search-page]')) {
    pageInput?.focus();
    return;
  }
  opening ??= (async () => {
    const { modalMarkup, setUpModal } = await import('./search-modal.ts');
    const holder = document.createElement('div');
    holder.innerHTML = modalMarkup(trigger.getAttribute('href') ?? '');
    const dialog = holder.querySelector('dialog')!;
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      trigger.setAttribute('aria-expanded', 'false');
      trigger.focus();
    });
    await setUpModal(dialog, bundle, siteBase);
    return dialog;
  })();
  const dialog = await opening;
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.focus();
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
    if (document.querySelector('dialog[data-search-dialog][open]')) return;
    event.preventDefault();
    void openSearch();
  });
}

if (bundle && new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  // addStyles: false, because Pagefind would inject a <style> element, which the CSP forbids;
  // global.css styles mark.pagefind-highlight instead. accuracy "exactly": whole words only
  // (the search adds the stems it means), never "read" inside "already".
  type HighlightClass = new (options: {
    highlightParam: string;
    addStyles: boolean;
    markContext?: string;
    markOptions: object;
  }) => unknown;
  void import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`).then((mod: { default?: HighlightClass }) => {
    const Highlight = mod.default ?? (window as unknown as { PagefindHighlight?: HighlightClass }).PagefindHighlight;
    if (!Highlight) return;
    new Highlight({
      highlightParam: HIGHLIGHT_PARAM,
      addStyles: false,
      markOptions: {
        className: 'pagefind-highlight',
        accuracy: 'exactly',
        exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      },
    });
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'search-clear-highlights';
    clear.textContent = 'Clear highlights';
    clear.addEventListener('click', () => {
      for (const mark of document.querySelectorAll('mark.pagefind-highlight')) mark.replaceWith(...mark.childNodes);
      const url = new URL(location.href);
      url.searchParams.delete(HIGHLIGHT_PARAM);
      history.replaceState(history.state, '', url);
      clear.remove();
    });
    document.body.append(clear);
  });
}

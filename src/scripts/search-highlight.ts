/**
 * Pagefind's highlighter on a page opened from a search result (?highlight=…): marks whole words
 * only, with a button to clear the marks. Built as a module of its own (?worker&url) that
 * search-loader.ts adds only when the address asks for highlights, together with Pagefind's
 * pagefind-highlight.js and the modal's stylesheet (which styles the marks and the button);
 * it runs once all three are in, through window.searchHighlight, so no page pays for it otherwise.
 */
import { HIGHLIGHT_PARAM } from '../lib/highlight-param.ts';

type HighlightClass = new (options: { highlightParam: string; addStyles: boolean; markOptions: object }) => unknown;

(window as Window & { searchHighlight?: () => void }).searchHighlight = () => {
  const Highlight = (window as Window & { PagefindHighlight?: HighlightClass }).PagefindHighlight;
  if (!Highlight) return;
  // addStyles: false, because Pagefind would inject a <style> element, which the CSP forbids;
  // search-modal.css styles mark.pagefind-highlight instead. accuracy "exactly": whole words only
  // (the search adds the stems it means), never "read" inside "already".
  new Highlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      accuracy: 'exactly',
      // What the index leaves out: data-pagefind-ignore, and citation markers (src/integrations/pagefind.ts).
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '.cite', '.cite *'],
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
};

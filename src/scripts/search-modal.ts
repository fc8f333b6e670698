/**
 * The search modal, loaded only when the reader reaches for search (src/scripts/search-loader.ts).
 * It drives Pagefind's JS API (pagefind.js, its worker and wasm) through the site's own ranking
 * (src/lib/search-engine.ts) and renders a plain list of links: the answer that fits the query
 * on top, then results that say what kind of thing they are and open on their best section.
 * Searches run on every keystroke; a stale search never overwrites a newer one.
 */
import { answerQuery, highlightWords, type Answered, type RankedResult, type Searcher } from '../lib/search-engine.ts';
import { tokens, type SearchData } from '../lib/search-query.ts';
import { KIND_LABELS, asksIfAffected, plainText } from '../lib/search-text.ts';
import { SEARCH_RANKING } from '../lib/search-query.ts';
import type { SearchModal } from './search-loader.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{
    url: string;
    meta: { title?: string };
    excerpt: string;
    sub_results: { url: string; title: string; excerpt: string; locations: number[] }[];
  }>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init?(): Promise<void>;
  search(term: string | null): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE = 10;
export const HIGHLIGHT_PARAM = 'highlight';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** Pagefind excerpts are escaped text with <mark> around matches: keep only those marks. */
const safeExcerpt = (html: string) =>
  esc(plainText(html.replace(/<mark>/g, '\u0001').replace(/<\/mark>/g, '\u0002')))
    .replace(/\u0001/g, '<mark>')
    .replace(/\u0002/g, '</mark>');
/** No doubled punctuation where a title ending in "?" meets a sentence's full stop. */
const tidy = (s: string) => s.replace(/([?!.])\s*\./g, '$1').replace(/^#\s*/, '');

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
  const [pfModule, data] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    fetch(`${siteBase}search-data.json`).then((r) => r.json() as Promise<SearchData>),
  ]);
  const pf = pfModule;
  await pf.options({ ranking: SEARCH_RANKING });
  // Loads Pagefind's entry file, wasm and metadata now, not on the first search; not awaited, so
  // the box is ready for typing at once (a search waits for them itself).
  void pf.init?.();
  const searcher: Searcher = {
    async search(term) {
      const found = await pf.search(term);
      return found?.results ?? [];
    },
  };

  const input = dialog.querySelector<HTMLInputElement>('input')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const answerBox = dialog.querySelector<HTMLElement>('[data-search-answer]')!;
  const list = dialog.querySelector<HTMLElement>('[data-search-results]')!;
  const more = dialog.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const help = dialog.querySelector<HTMLElement>('[data-search-help]')!;
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());

  let seq = 0;
  let shown = 0;
  let current: Answered | undefined;
  let marks: string[] = [];

  const withHighlight = (url: string) => {
    const [path, hash] = url.split('#');
    const clean = path!.replace(/\?.*$/, '');
    const params = new URLSearchParams();
    for (const w of marks) params.append(HIGHLIGHT_PARAM, w);
    const q = params.toString();
    return `${clean}${q ? `?${q}` : ''}${hash ? `#${hash}` : ''}`;
  };
  const absolute = (sitePath: string) => siteBase + sitePath;

  function renderResult(r: RankedResult): string {
    const excerpt = tidy(safeExcerpt(r.excerpt));
    const title = tidy(esc(r.title));
    // The excerpt adds to the title: drop it when it only repeats the title.
    const sameAsTitle = plainText(excerpt)
      .trim()
      .toLowerCase()
      .startsWith(plainText(title).trim().toLowerCase().replace(/[?.]$/, ''));
    const subs = r.subs
      .map((s) => `<li><a href="${esc(withHighlight(s.url))}">${tidy(esc(s.title))}</a></li>`)
      .join('');
    return `<li class="search-result"><p class="search-kind">${KIND_LABELS[r.kind]}</p>
<a class="search-result-link" href="${esc(withHighlight(r.url))}">${title}</a>
${r.pageTitle ? `<p class="search-page">In: ${esc(r.pageTitle)}</p>` : ''}
${excerpt && !sameAsTitle ? `<p class="search-excerpt">${excerpt}</p>` : ''}
${subs ? `<ul class="search-subs" aria-label="Other sections">${subs}</ul>` : ''}</li>`;
  }

  function renderAnswer(outcome: Answered, raw: string): string {
    const parts: string[] = [];
    if (outcome.answer) {
      const a = outcome.answer;
      parts.push(`<section class="search-answer" aria-label="Answer"><p class="search-kind">${a.kind === 'question' ? 'Question' : 'Glossary term'}</p>
<a class="search-result-link" href="${esc(withHighlight(absolute(a.url)))}">${esc(a.title)}</a>
<p class="mt-1">${esc(a.text)}</p>
${a.sources.length ? `<p class="search-answer-sources">Sources: ${esc(a.sources.join(', '))}</p>` : ''}
<p class="mt-1"><a href="${esc(withHighlight(absolute(a.more)))}">Read the full section</a></p></section>`);
    }
    if (asksIfAffected(raw)) {
      parts.push(
        `<p class="search-answer"><a href="${esc(absolute('checker/'))}">Check whether it applies to you</a>: answer a few questions about where you live and which apps you use.</p>`,
      );
    }
    return parts.join('');
  }

  function showPage(): void {
    if (!current) return;
    const next = current.results.slice(shown, shown + PAGE);
    shown += next.length;
    let ol = list.querySelector('ol');
    if (!ol) {
      ol = document.createElement('ol');
      list.append(ol);
    }
    ol.insertAdjacentHTML('beforeend', next.map(renderResult).join(''));
    more.hidden = shown >= current.results.length;
  }

  async function run(raw: string): Promise<void> {
    const mine = ++seq;
    const q = raw.trim();
    // Announced for the benchmark (scripts/bench/browser.ts): a search starts, and its results are drawn.
    dialog.dispatchEvent(new CustomEvent('site-search', { detail: q }));
    if (!q) {
      status.textContent = '';
      answerBox.innerHTML = '';
      list.innerHTML = '';
      more.hidden = true;
      help.hidden = true;
      return;
    }
    const outcome = await answerQuery(searcher, q, data);
    if (mine !== seq) return; // A newer search has started: this one is stale.
    current = outcome;
    const everywhere = new Set<string>();
    if (outcome.units.length > 1) {
      // Words on most of the pages the query touches ("meta" on this site) are not worth marking.
      const counts = await Promise.all(outcome.units.map(async (u) => (await pf.search(u.typed))?.results.length ?? 0));
      if (mine !== seq) return;
      outcome.units.forEach(
        (u, i) => counts[i]! > outcome.found * 0.6 && tokens(u.typed).forEach((w) => everywhere.add(w)),
      );
    }
    marks = highlightWords(outcome.units, everywhere);
    shown = 0;
    list.innerHTML = '';
    const n = outcome.results.length + (outcome.answer ? 1 : 0);
    const shownQuery = outcome.corrected ?? q;
    let text = `${n} ${n === 1 ? 'result' : 'results'} for ${shownQuery}`;
    if (outcome.corrected) text += ` (you typed ${q})`;
    if (outcome.partial) text += '. No page has all your words; closest matches:';
    status.textContent = n ? text : '';
    answerBox.innerHTML = n ? renderAnswer(outcome, q) : '';
    help.hidden = n > 0;
    showPage();
    dialog.dispatchEvent(new CustomEvent('site-results', { detail: q }));
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 30);
  });
  more.addEventListener('click', () => {
    const before = shown;
    showPage();
    list.querySelectorAll<HTMLAnchorElement>('.search-result-link')[before]?.focus();
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

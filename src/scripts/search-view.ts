/**
 * The site's search results, drawn once for both places a reader searches: the modal
 * (src/scripts/search-modal.ts) and the search page (src/scripts/search-page-app.ts). It drives
 * Pagefind's JS API through the site's ranking (src/lib/search-engine.ts) and renders a plain
 * list of links: the answer that fits the query on top, then results that say what kind of thing
 * they are and open on their best section.
 *
 * Speed at any size: a search ranks only its best candidates and draws the first page of them;
 * "Show more" ranks and draws the next page of the remaining matches, without searching again.
 * A newer search cancels an older one at once (src/lib/latest-only.ts): what it waits for rejects,
 * its remaining Pagefind calls are refused and nothing of it is drawn. Every search, and every
 * "Show more", settles: drawn, cancelled, or failed with a message.
 */
import { HIGHLIGHT_PARAM } from '../lib/highlight-param.ts';
import {
  answerQuery,
  highlightWords,
  rankMore,
  type Answered,
  type MoreCandidates,
  type RankedResult,
  type Searcher,
  type SearcherResult,
} from '../lib/search-engine.ts';
import { latestOnly, Stale, type Run } from '../lib/latest-only.ts';
import { tokens, type SearchData } from '../lib/search-query.ts';
import { KIND_LABELS, asksIfAffected, plainText } from '../lib/search-text.ts';
import { SEARCH_RANKING } from '../lib/search-query.ts';

interface PagefindResult {
  id: string;
  score: number;
  /** Null once Pagefind's worker has released the result. */
  data(): Promise<{
    url: string;
    meta: { title?: string };
    excerpt: string;
    sub_results: { url: string; title: string; excerpt: string; locations: number[] }[];
  } | null>;
}
export type Filters = Record<string, string[]>;
export interface Pagefind {
  options(o: object): Promise<void>;
  init?(): Promise<void>;
  search(term: string | null, options?: { filters?: object }): Promise<{ results: PagefindResult[] } | null>;
  filters?(): Promise<Record<string, Record<string, number>>>;
}

/** Results drawn at once, and per "Show more". */
export const PAGE = 10;

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** Pagefind excerpts are escaped text with <mark> around matches: keep only those marks. */
const safeExcerpt = (html: string) =>
  esc(plainText(html.replace(/<mark>/g, '\u0001').replace(/<\/mark>/g, '\u0002')))
    .replace(/\u0001/g, '<mark>')
    .replace(/\u0002/g, '</mark>');
/** No doubled punctuation where a title ending in "?" meets a sentence's full stop, and no stray "#". */
const tidy = (s: string) => s.replace(/([?!.])\s*\./g, '$1').replace(/^#\s*/, '');

/** Pagefind and the site's search data, loaded once per page. */
export async function loadSearch(bundle: string, siteBase: string): Promise<{ pf: Pagefind; data: SearchData }> {
  const [pf, data] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    fetch(`${siteBase}search-data.json`).then((r) => r.json() as Promise<SearchData>),
  ]);
  await pf.options({ ranking: SEARCH_RANKING });
  // Loads Pagefind's entry file, wasm and metadata now, not on the first search; not awaited, so
  // the box is ready for typing at once (a search waits for them itself).
  void pf.init?.();
  return { pf, data };
}

export interface SearchView {
  /** Searches for `raw` (with `filters`, if any) and draws the first page; a newer call cancels it. */
  run(raw: string, filters?: Filters): Promise<void>;
  /** Ranks and draws the next page; focuses its first result when `focus` is set. */
  showMore(focus?: boolean): Promise<void>;
}

/**
 * The results view inside `root` (the modal's dialog or the search page), which holds its parts:
 * [data-search-status], -answer, -results, -more and -help. `root` also receives the
 * `site-search` and `site-results` events (the benchmark times them).
 */
export function searchView(root: HTMLElement, pf: Pagefind, data: SearchData, siteBase: string): SearchView {
  const part = <T extends HTMLElement = HTMLElement>(name: string) => root.querySelector<T>(`[data-search-${name}]`)!;
  const [status, answerBox, list, help] = ['status', 'answer', 'results', 'help'].map((n) => part(n));
  const more = part<HTMLButtonElement>('more');
  const runs = latestOnly();
  /** The search whose results are on screen (or on their way). */
  let current: Run | undefined;
  let shown = 0;
  let ranked: RankedResult[] = [];
  let pending: MoreCandidates | undefined;
  let answerUrl: string | undefined;
  let marks: string[] = [];
  /** The "Show more" in progress, if any: a second click waits for it rather than rank the same page twice. */
  let moreInFlight: Promise<void> | undefined;

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
    const out: string[] = [];
    if (outcome.answer) {
      const a = outcome.answer;
      out.push(`<section class="search-answer" aria-label="Answer"><p class="search-kind">${a.kind === 'question' ? 'Question' : 'Glossary term'}</p>
<a class="search-result-link" href="${esc(withHighlight(absolute(a.url)))}">${esc(a.title)}</a>
<p class="mt-1">${esc(a.text)}</p>
${a.sources.length ? `<p class="search-answer-sources">Sources: ${esc(a.sources.join(', '))}</p>` : ''}
<p class="mt-1"><a href="${esc(withHighlight(absolute(a.more)))}">Read the full section</a></p></section>`);
    }
    if (asksIfAffected(raw)) {
      out.push(
        `<p class="search-answer"><a href="${esc(absolute('checker/'))}">Check whether it applies to you</a>: answer a few questions about where you live and which apps you use.</p>`,
      );
    }
    return out.join('');
  }

  /** Draws up to a page of the ranked results not yet shown. */
  function drawPage(): number {
    const next = ranked.slice(shown, shown + PAGE);
    shown += next.length;
    let ol = list.querySelector('ol');
    if (!ol) {
      ol = document.createElement('ol');
      list.append(ol);
    }
    ol.insertAdjacentHTML('beforeend', next.map(renderResult).join(''));
    more.hidden = shown >= ranked.length && !pending?.candidates.length;
    return next.length;
  }

  /**
   * A searcher for one run: once a newer run starts, what its Pagefind calls (searches, data
   * loads) wait for rejects at once and further calls are refused.
   */
  function searcherFor(run: Run, filters: Filters): Searcher {
    const chosen = Object.entries(filters).filter(([, values]) => values.length > 0);
    const options = chosen.length
      ? { filters: Object.fromEntries(chosen.map(([name, values]) => [name, { any: values }])) }
      : undefined;
    return {
      async search(term) {
        const found = (await run.guard(() => pf.search(term, options)))?.results ?? [];
        // Each wrapper holds its Pagefind result, so the worker keeps the result's data while the
        // search may still rank it (Pagefind releases a result's data once the result is collected).
        return found.map((r): SearcherResult => ({ id: r.id, score: r.score, data: () => run.guard(() => r.data()) }));
      },
    };
  }

  function clear(): void {
    status.textContent = '';
    answerBox.innerHTML = '';
    list.innerHTML = '';
    more.hidden = true;
    help.hidden = true;
    shown = 0;
    ranked = [];
    pending = undefined;
  }

  /** A search that failed (not one that was cancelled): say so rather than leave the old results up. */
  function failed(error: unknown): void {
    console.error('Search failed:', error);
    clear();
    status.textContent = 'Search failed. Try again, or use the question index.';
    help.hidden = false;
  }

  async function run(raw: string, filters: Filters = {}): Promise<void> {
    const q = raw.trim();
    // Announced for the benchmark (scripts/bench/browser.ts): a search starts, and its results are drawn.
    root.dispatchEvent(new CustomEvent('site-search', { detail: q }));
    if (!q) {
      runs.cancel();
      current = undefined;
      clear();
      return;
    }
    const mine = runs.start();
    current = mine;
    let outcome: Answered;
    try {
      outcome = await answerQuery(searcherFor(mine, filters), q, data);
    } catch (error) {
      if (!(error instanceof Stale) && mine.live) failed(error);
      return;
    }
    if (!mine.live) return; // A newer search has started: this one is stale.
    // Words on most of the pages the query touches ("meta" on this site) are not worth marking.
    const everywhere = new Set<string>();
    if (outcome.units.length > 1 && outcome.unitMatches)
      outcome.units.forEach(
        (u, i) => outcome.unitMatches![i]! > outcome.found * 0.6 && tokens(u.typed).forEach((w) => everywhere.add(w)),
      );
    marks = highlightWords(outcome.units, everywhere);
    clear();
    ranked = outcome.results;
    pending = outcome.more;
    answerUrl = outcome.answer ? `/${outcome.answer.url}` : undefined;
    const n = outcome.results.length + (pending?.candidates.length ?? 0) + (outcome.answer ? 1 : 0);
    const shownQuery = outcome.corrected ?? q;
    let text = `${n} ${n === 1 ? 'result' : 'results'} for ${shownQuery}`;
    if (outcome.corrected) text += ` (you typed ${q})`;
    if (outcome.partial) text += '. No page has all your words; closest matches:';
    status.textContent = n ? text : '';
    answerBox.innerHTML = n ? renderAnswer(outcome, q) : '';
    help.hidden = n > 0;
    drawPage();
    root.dispatchEvent(new CustomEvent('site-results', { detail: q }));
  }

  function showMore(focus = false): Promise<void> {
    moreInFlight ??= nextPage(focus).finally(() => (moreInFlight = undefined));
    return moreInFlight;
  }

  async function nextPage(focus: boolean): Promise<void> {
    const mine = current;
    if (!mine?.live) return;
    const before = shown;
    if (shown + PAGE > ranked.length && pending?.candidates.length) {
      more.disabled = true;
      try {
        // The data loads go through the search's own searcher: a newer search cancels them too.
        const next = await rankMore(pending, PAGE);
        if (!mine.live) return;
        pending = next.more;
        ranked = [...ranked, ...next.results.filter((r) => !answerUrl || !r.url.endsWith(answerUrl))];
      } catch (error) {
        if (!(error instanceof Stale) && mine.live) failed(error);
        return;
      } finally {
        more.disabled = false;
      }
    }
    if (!mine.live) return;
    drawPage();
    if (focus) list.querySelectorAll<HTMLAnchorElement>('.search-result-link')[before]?.focus();
  }

  more.addEventListener('click', () => void showMore(true));
  return { run, showMore };
}

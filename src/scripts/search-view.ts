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
  quickAnswer,
  rankMore,
  type Answered,
  type MoreCandidates,
  type RankedResult,
  type Searcher,
  type SearcherResult,
} from '../lib/search-engine.ts';
import { latestOnly, Stale, type Run } from '../lib/latest-only.ts';
import { tokens, type SearchData } from '../lib/search-query.ts';
import { KIND_LABELS, asksIfAffected, plainText, queryUnits } from '../lib/search-text.ts';
import { PAGE_TYPE_LABELS } from '../lib/vocabulary.ts';
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
  preload?(term: string, options?: { filters?: object }): Promise<void>;
  filters?(): Promise<Record<string, Record<string, number>>>;
}

/** Results drawn at once, and per "Show more". */
export const PAGE = 10;
/**
 * From this many articles a search first draws a quick look among the short records, then runs
 * the whole search (see `run`). A word found on every page costs Pagefind time in proportion:
 * at 10,000 articles 0.1–0.35 s in its worker plus ~40 ms to hand the results over, per word and
 * synonym searched, and a search it has started cannot be cancelled.
 */
export const LARGE_SITE = 3000;
/**
 * How long after a keystroke a search starts: 30 ms, shorter than a reader's gap between keys but
 * longer than a burst of fast typing or a paste. Searching with no pause at all drew results for
 * every half-typed word and fetched their fragments: on a quiet machine a cold first search then
 * fetched 188 KB instead of about 160 (npm run bench), for results no one had time to read. On a
 * large site the pause also matters because a search already in Pagefind's worker runs to its end.
 */
export const KEYSTROKE_DELAY = 30;
/**
 * How long after this keystroke to search. On a site below LARGE_SITE, a query whose last word
 * already has three letters or more searches at once (a newer search cancels it): its results are
 * worth drawing, and the reader sees them without the pause. A word of one or two letters, or a
 * space just typed, waits KEYSTROKE_DELAY, so fast typing does not fetch fragments for "c" or
 * "can i". A large site always waits (see LARGE_SITE).
 */
export function keystrokeDelay(value: string, data: SearchData): number {
  if ((data.articles ?? 0) >= LARGE_SITE || /\s$/.test(value)) return KEYSTROKE_DELAY;
  return (value.trim().split(/\s+/).pop() ?? '').length >= 3 ? 0 : KEYSTROKE_DELAY;
}
/** How long the reader must pause before a large site's whole search starts (it cannot be cancelled). */
const WHOLE_SEARCH_DELAY = 250;
/** The search filter's kinds of short record (src/lib/search-records.ts): quick to search at any size. */
const SHORT_RECORDS = [PAGE_TYPE_LABELS.question, PAGE_TYPE_LABELS.glossary, PAGE_TYPE_LABELS.timeline];

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
  /** Starts loading the index chunks a search for `raw` needs (call it on every keystroke). */
  preload(raw: string): void;
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
  /** Whether the reader has scrolled, pointed at or focused the results since the search started. */
  let touched = false;

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

  /**
   * Puts a search's outcome on screen. A whole search that follows a quick first look replaces it
   * only while the reader has not touched the results; after that it keeps what is shown and
   * queues its other results behind it, for "Show more".
   */
  function draw(outcome: Answered, q: string, final: boolean, keep = false): void {
    // Words on most of the pages the query touches ("meta" on this site) are not worth marking.
    const everywhere = new Set<string>();
    if (outcome.units.length > 1 && outcome.unitMatches)
      outcome.units.forEach(
        (u, i) => outcome.unitMatches![i]! > outcome.found * 0.6 && tokens(u.typed).forEach((w) => everywhere.add(w)),
      );
    const n = outcome.results.length + (outcome.more?.candidates.length ?? 0) + (outcome.answer ? 1 : 0);
    const shownQuery = outcome.corrected ?? q;
    let text = `${n} ${n === 1 ? 'result' : 'results'} for ${shownQuery}`;
    if (outcome.corrected) text += ` (you typed ${q})`;
    if (outcome.partial) text += '. No page has all your words; closest matches:';
    if (!final) text = `First matches for ${q}; searching every page…`;
    if (keep && touched && shown > 0) {
      // Keep what the reader is looking at; the rest of the whole search comes with "Show more".
      const onScreen = new Set(ranked.slice(0, shown).map((r) => r.url));
      ranked = [...ranked.slice(0, shown), ...outcome.results.filter((r) => !onScreen.has(r.url))];
      pending = outcome.more;
      status.textContent = n ? text : status.textContent;
      more.hidden = shown >= ranked.length && !pending?.candidates.length;
      return;
    }
    marks = highlightWords(outcome.units, everywhere);
    clear();
    ranked = outcome.results;
    pending = outcome.more;
    answerUrl = outcome.answer ? `/${outcome.answer.url}` : undefined;
    status.textContent = n ? text : '';
    answerBox.innerHTML = n ? renderAnswer(outcome, q) : '';
    help.hidden = n > 0 || !final;
    drawPage();
    if (shown > 0 || outcome.answer) root.dispatchEvent(new CustomEvent('site-shown', { detail: q }));
  }

  async function run(raw: string, filters: Filters = {}): Promise<void> {
    const q = raw.trim();
    // Announced for the benchmark (scripts/bench/browser.ts): a search starts, its first results
    // are on screen (`site-shown`), and its whole results are drawn (`site-results`).
    root.dispatchEvent(new CustomEvent('site-search', { detail: q }));
    if (!q) {
      runs.cancel();
      current = undefined;
      clear();
      return;
    }
    const mine = runs.start();
    current = mine;
    touched = false;
    let outcome: Answered;
    let quickShown = false;
    try {
      // On a large site a whole search can take most of a second or more (Pagefind scores every
      // page that has a common word, in its worker, where it cannot be cancelled). A quick first look among
      // the short records (questions, glossary terms, timeline events) comes first, then, once the
      // reader pauses, the whole search. Not with filters: the reader chose what to search.
      if ((data.articles ?? 0) >= LARGE_SITE && Object.values(filters).every((v) => v.length === 0)) {
        const quick = await quickAnswer(searcherFor(mine, { type: SHORT_RECORDS }), q, data);
        if (!mine.live) return;
        if (quick.results.length > 0) {
          touched = false;
          draw(quick, q, false);
          quickShown = true;
        }
        await mine.guard(() => new Promise((resolve) => setTimeout(resolve, WHOLE_SEARCH_DELAY)));
      }
      outcome = await answerQuery(searcherFor(mine, filters), q, data);
    } catch (error) {
      if (!(error instanceof Stale) && mine.live) failed(error);
      return;
    }
    if (!mine.live) return; // A newer search has started: this one is stale.
    draw(outcome, q, true, quickShown);
    root.dispatchEvent(new CustomEvent('site-results', { detail: q }));
  }

  /**
   * Starts loading what a search for `raw` will need (the index chunks of the words typed), so
   * that the search itself, a moment later, finds them loaded. Called on every keystroke.
   */
  function preload(raw: string): void {
    // Not a word of one or two letters yet: as a prefix it spans much of a large index.
    const words = queryUnits(raw, data.synonyms)
      .map((u) => u.typed)
      .filter((w) => w.length >= 3)
      .join(' ');
    if (words) void pf.preload?.(words).catch(() => {});
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
  // Whether the reader has touched the results since they were drawn (see `draw`): pointed at,
  // focused or scrolled them, or asked for more.
  const touch = () => (touched = true);
  for (const el of [answerBox, list, more])
    for (const type of ['pointerdown', 'wheel', 'touchstart', 'focusin'])
      el.addEventListener(type, touch, { passive: true });
  root.addEventListener('scroll', touch, { capture: true, passive: true });
  window.addEventListener('scroll', touch, { passive: true });
  return { run, showMore, preload };
}

/**
 * The site's search results, drawn once for both places a reader searches: the modal
 * (src/scripts/search-modal.ts) and the search page (src/scripts/search-page-app.ts). It drives
 * Pagefind's JS API through the site's ranking (src/lib/search-engine.ts) and renders a plain
 * list of links: the answer that fits the query on top, then results that say what kind of thing
 * they are and open on their best section.
 *
 * Speed at any size: a search ranks only its best candidates and draws the first page of them;
 * "Show more" ranks and draws the next page of the remaining matches, without searching again.
 * A newer search cancels an older one: its remaining Pagefind calls are refused and nothing of
 * it is drawn.
 */
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
import { tokens, type SearchData } from '../lib/search-query.ts';
import { KIND_LABELS, asksIfAffected, plainText } from '../lib/search-text.ts';
import { SEARCH_RANKING } from '../lib/search-query.ts';

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
export type Filters = Record<string, string[]>;
export interface Pagefind {
  options(o: object): Promise<void>;
  init?(): Promise<void>;
  search(term: string | null, options?: { filters?: object }): Promise<{ results: PagefindResult[] } | null>;
  filters?(): Promise<Record<string, Record<string, number>>>;
}

/** Results drawn at once, and per "Show more". */
export const PAGE = 10;
export const HIGHLIGHT_PARAM = 'highlight';

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

/** Thrown inside a search that a newer one has replaced; never shown. */
class Stale extends Error {}

export interface ViewParts {
  /** Receives the `site-search` and `site-results` events (the benchmark times them). */
  root: HTMLElement;
  status: HTMLElement;
  answerBox: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  help: HTMLElement;
}

export interface SearchView {
  /** Searches for `raw` (with `filters`, if any) and draws the first page; a newer call cancels it. */
  run(raw: string, filters?: Filters): Promise<void>;
  /** Ranks and draws the next page; focuses its first result when `focus` is set. */
  showMore(focus?: boolean): Promise<void>;
}

export function searchView(parts: ViewParts, pf: Pagefind, data: SearchData, siteBase: string): SearchView {
  const { root, status, answerBox, list, more, help } = parts;
  let seq = 0;
  let shown = 0;
  let ranked: RankedResult[] = [];
  let pending: MoreCandidates | undefined;
  let answerUrl: string | undefined;
  let marks: string[] = [];
  let busy: Promise<void> = Promise.resolve();

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

  /** A searcher for one run: once a newer run starts, its Pagefind calls (searches, data loads) are refused. */
  function searcherFor(mine: number, filters: Filters): Searcher {
    const live = () => {
      if (mine !== seq) throw new Stale();
    };
    const chosen = Object.entries(filters).filter(([, values]) => values.length > 0);
    const options = chosen.length
      ? { filters: Object.fromEntries(chosen.map(([name, values]) => [name, { any: values }])) }
      : undefined;
    return {
      async search(term) {
        live();
        const found = (await pf.search(term, options))?.results ?? [];
        live();
        return found.map((r): SearcherResult => ({
          id: r.id,
          score: r.score,
          data: async () => {
            live();
            return r.data();
          },
        }));
      },
    };
  }

  function clear(): void {
    status.textContent = '';
    answerBox.innerHTML = '';
    list.innerHTML = '';
    more.hidden = true;
    help.hidden = true;
    ranked = [];
    pending = undefined;
  }

  async function run(raw: string, filters: Filters = {}): Promise<void> {
    const mine = ++seq;
    const q = raw.trim();
    // Announced for the benchmark (scripts/bench/browser.ts): a search starts, and its results are drawn.
    root.dispatchEvent(new CustomEvent('site-search', { detail: q }));
    if (!q) {
      clear();
      return;
    }
    // One search at a time: Pagefind's worker runs searches in turn, so wait for the one in flight
    // (a stale one stops at its next Pagefind call) rather than queue behind every keystroke.
    await busy;
    if (mine !== seq) return;
    let outcome: Answered;
    const searching = answerQuery(searcherFor(mine, filters), q, data);
    busy = searching.then(
      () => undefined,
      () => undefined,
    );
    try {
      outcome = await searching;
    } catch (error) {
      if (error instanceof Stale) return;
      throw error;
    }
    if (mine !== seq) return; // A newer search has started: this one is stale.
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

  async function showMore(focus = false): Promise<void> {
    const mine = seq;
    const before = shown;
    if (shown + PAGE > ranked.length && pending?.candidates.length) {
      more.disabled = true;
      try {
        const next = await rankMore(pending, PAGE);
        if (mine !== seq) return;
        pending = next.more;
        ranked = [...ranked, ...next.results.filter((r) => !answerUrl || !r.url.endsWith(answerUrl))];
      } catch (error) {
        if (error instanceof Stale) return;
        throw error;
      } finally {
        more.disabled = false;
      }
    }
    if (mine !== seq) return;
    drawPage();
    if (focus) list.querySelectorAll<HTMLAnchorElement>('.search-result-link')[before]?.focus();
  }

  more.addEventListener('click', () => void showMore(true));
  return { run, showMore };
}

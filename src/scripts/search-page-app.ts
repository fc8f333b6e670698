/**
 * The search page (/search/): the same search as the modal (src/scripts/search-view.ts), with
 * filters by topic, app or device and kind of page. It runs the search named in ?q= (so searches
 * can be linked and bookmarked) and keeps ?q= in step with what the reader types. Loaded by
 * src/scripts/search-page.ts as a module script of its own, which reads startSearchPage from window.
 */
import { keystrokeDelay, loadSearch, searchView, type Filters } from './search-view.ts';
import type { StartSearchPage } from './search-page.ts';

/** Pagefind's filters (data-pagefind-filter in the layouts), as the page names them. */
const FILTERS: [name: string, label: string][] = [
  ['topic', 'Topic'],
  ['platform', 'App or device'],
  ['type', 'Kind of page'],
];

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export async function startSearchPage(root: HTMLElement, bundle: string): Promise<void> {
  const siteBase = bundle.replace(/pagefind\/$/, '');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const form = input.form!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (q) input.value = q;
  else input.focus();

  const { pf, data } = await loadSearch(bundle, siteBase);
  const view = searchView(root, pf, data, siteBase);

  const chosen = (): Filters => {
    const out: Filters = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
      (out[box.name] ??= []).push(box.value);
    return out;
  };
  const search = () => {
    const typed = input.value.trim();
    const url = new URL(location.href);
    if (typed) url.searchParams.set('q', typed);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    return view.run(input.value, chosen());
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    view.preload(input.value);
    window.clearTimeout(timer);
    const delay = keystrokeDelay(input.value, data);
    if (delay === 0) void search();
    else timer = window.setTimeout(() => void search(), delay);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void search();
  });
  if (input.value.trim()) void search();

  // The filters: a group of checkboxes each, drawn from the index. A "Clear filters" button shows
  // only while a filter is chosen.
  const available = (await pf.filters?.()) ?? {};
  const groups = FILTERS.filter(([name]) => Object.keys(available[name] ?? {}).length > 0);
  if (groups.length === 0) return;
  filterBox.innerHTML = `${groups
    .map(([name, label]) => {
      const values = Object.keys(available[name]!).sort((a, b) => a.localeCompare(b));
      const boxes = values
        .map(
          (v, i) =>
            `<li><input type="checkbox" id="filter-${name}-${i}" name="${esc(name)}" value="${esc(v)}"><label for="filter-${name}-${i}">${esc(v)}</label></li>`,
        )
        .join('');
      return `<details class="search-filter" data-filter="${esc(name)}"><summary>${esc(label)}</summary><fieldset><legend class="sr-only">${esc(label)}</legend><ul>${boxes}</ul></fieldset></details>`;
    })
    .join('')}<button type="button" class="search-more" data-filters-clear hidden>Clear filters</button>`;
  filterBox.hidden = false;
  const clear = filterBox.querySelector<HTMLButtonElement>('[data-filters-clear]')!;
  filterBox.addEventListener('change', () => {
    clear.hidden = Object.keys(chosen()).length === 0;
    void search();
  });
  clear.addEventListener('click', () => {
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
    clear.hidden = true;
    input.focus();
    void search();
  });
}

(window as Window & { startSearchPage?: StartSearchPage }).startSearchPage = startSearchPage;

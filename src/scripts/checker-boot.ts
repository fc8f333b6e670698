/**
 * "Am I affected?", first step: shows the form (hidden without JavaScript), folds the no-JS rules
 * table behind its button so the rules are never on screen twice, and loads the checker itself
 * (checker.ts) on the reader's first touch of the form, so a page view that never answers costs
 * only this file. On the checker page, answers handed over from the home page's form
 * (#region=…&apps=…) load it at once, to show their answer. checker.ts is built as one module
 * of its own (?worker&url) and added as a module script, not import()ed: Vite would wrap
 * import() in its preload helper (about 1 KB gzip). It hands over wireChecker through window.
 */
import checkerCode from './checker.ts?worker&url';

export type WireChecker = (root: HTMLElement) => void;
for (const root of document.querySelectorAll<HTMLElement>('[data-checker]')) {
  const form = root.querySelector<HTMLFormElement>('[data-checker-form]');
  const results = root.querySelector<HTMLElement>('[data-checker-results]');
  if (!form) continue;
  form.hidden = false;
  if (results) results.hidden = false;
  let loading = false;
  const load = (event?: Event) => {
    if (event?.type === 'submit') event.preventDefault();
    if (loading) return;
    loading = true;
    const script = Object.assign(document.createElement('script'), { type: 'module', src: checkerCode });
    script.onload = () => {
      (window as Window & { wireChecker?: WireChecker }).wireChecker!(root);
      if (event?.type === 'submit') form.requestSubmit();
    };
    document.head.append(script);
  };
  for (const type of ['focusin', 'pointerdown', 'change', 'submit'])
    form.addEventListener(type, load, { once: type !== 'submit' });
  if (results && /(^#|&)region=/.test(location.hash)) load();
}

// The table of every rule is for readers without JavaScript (and for print): fold it away.
const table = document.querySelector<HTMLElement>('[data-checker-rules]');
const toggle = document.querySelector<HTMLButtonElement>('[data-checker-rules-toggle]');
if (table && toggle && document.querySelector('[data-checker-form]')) {
  // A class, not `hidden`: print shows the table whatever the screen does (checker.css).
  table.classList.add('is-folded');
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const folded = table.classList.toggle('is-folded');
    toggle.setAttribute('aria-expanded', String(!folded));
  });
}

/**
 * "Am I affected?" in the browser, loaded by checker-boot.ts on the reader's first touch of the
 * form: reads the form, asks the shared verdictFor() for the one
 * verdict, the next steps and the matching rules, and shows those (rendered, with their sources,
 * at build time). Questions appear only when they matter. A form with `data-checker-handoff`
 * (the home page) only asks: its answers go to the checker page in the address's fragment, which
 * is never sent to the server, and the checker page answers them on arrival. */
import { verdictFor, type Answers, type Condition, type RuleLike } from '../lib/checker-rules.ts';
import {
  DEFAULT_WHATSAPP_LINK,
  type MetaAiUse,
  type Region,
  type Verdict,
  type WhatsappLink,
} from '../lib/vocabulary.ts';

const show = (el: Element | null | undefined, on: boolean) => {
  if (el instanceof HTMLElement) el.hidden = !on;
};

/** Shows only the questions that matter for the answers so far, and returns those answers. */
function askWhatMatters(root: HTMLElement, form: HTMLFormElement) {
  const ask = (name: string) => root.querySelector<HTMLElement>(`[data-checker-ask="${name}"]`);
  // The Accounts Center question is asked only where the change applies (listed on it).
  const linkRegions = (ask('whatsappLinked')?.dataset.regions ?? '').split(' ');
  const data = new FormData(form);
  const region = data.get('region') as Region | null;
  const apps = data.getAll('apps') as string[];
  // Ask where Meta AI is used only among the apps ticked; how, only if somewhere.
  for (const label of form.querySelectorAll<HTMLElement>('[data-app]')) {
    const on = apps.includes(label.dataset.app ?? '');
    show(label, on);
    if (!on) label.querySelector('input')!.checked = false;
  }
  show(ask('metaAiIn'), apps.length > 0);
  const metaAiIn = (new FormData(form).getAll('metaAiIn') as string[]).filter((p) => apps.includes(p));
  show(ask('metaAiBy'), metaAiIn.length > 0);
  show(ask('whatsappLinked'), metaAiIn.includes('whatsapp') && !!region && linkRegions.includes(region));
  return { data, region, apps, metaAiIn };
}

/** The answers as an address fragment ("region=uk&apps=facebook…"), and back into the form. */
const toFragment = (form: HTMLFormElement): string =>
  new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])).toString();
function fillFrom(form: HTMLFormElement, fragment: string): boolean {
  const given = new URLSearchParams(fragment);
  if (!given.has('region')) return false;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
    const values = given.getAll(input.name);
    // The Accounts Center question keeps its default unless the answers say otherwise.
    if (values.length || input.type === 'checkbox') input.checked = values.includes(input.value);
  }
  return true;
}

export function wireChecker(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-checker-form]');
  if (form?.dataset.checkerHandoff !== undefined) return wireHandoff(root, form);
  const results = root.querySelector<HTMLElement>('[data-checker-results]');
  const summary = root.querySelector<HTMLElement>('[data-checker-summary]');
  const list = root.querySelector<HTMLElement>('[data-checker-cards]');
  if (!form || !results || !summary || !list) return;
  const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const cards = new Map(
    [...root.querySelectorAll<HTMLElement>('[data-rule-id]')].map((c) => [c.dataset.ruleId ?? '', c] as const),
  );
  const rules: RuleLike[] = [...cards].map(([id, c]) => ({
    id,
    verdict: c.dataset.verdict as Verdict,
    when: JSON.parse(c.dataset.when ?? '{}') as Condition,
  }));

  const update = () => {
    const { data, region, apps, metaAiIn } = askWhatMatters(root, form);

    show(q('[data-checker-prompt]'), !region);
    for (const part of ['verdict', 'steps', 'details']) show(q(`[data-checker-${part}]`), !!region);
    if (!region) return;
    const answers: Answers = {
      region,
      apps,
      metaAiIn,
      metaAiBy: data.getAll('metaAiBy') as MetaAiUse[],
      whatsappLinked: (data.get('whatsappLinked') as WhatsappLink | null) ?? DEFAULT_WHATSAPP_LINK,
    };
    const result = verdictFor(answers, rules);

    for (const p of root.querySelectorAll<HTMLElement>('[data-stance]')) show(p, p.dataset.stance === result.verdict);
    const lead = result.lead && cards.get(result.lead.id)?.querySelector('[data-rule-title]')?.textContent;
    q('[data-checker-lead]')!.textContent = lead ? `${lead}.` : '';

    const stepList = q('[data-checker-steps] ol')!;
    for (const li of stepList.querySelectorAll<HTMLElement>('[data-step]')) li.hidden = true;
    for (const step of result.steps) {
      const li = stepList.querySelector<HTMLElement>(`[data-step="${step.app}"]`);
      if (!li) continue;
      li.querySelector('[data-step-reason]')!.textContent = step.reason;
      li.hidden = false;
      stepList.append(li);
    }
    show(q('[data-checker-steps]'), result.steps.length > 0);

    for (const card of cards.values()) card.hidden = true;
    for (const rule of result.cards) {
      const card = cards.get(rule.id)!;
      card.hidden = false;
      list.append(card);
    }
  };

  form.addEventListener('change', update);
  // Answers update as the reader chooses; the button is for those who expect one, and moves
  // focus to the answer so that keyboard and screen-reader users land on it.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
    summary.focus();
  });
  // Answers handed over from the home page's questions: their answer shows at once.
  const handedOver = fillFrom(form, location.hash.slice(1));
  update();
  if (handedOver) {
    // On a phone the answer would sit below the form: bring it to the top of the screen.
    summary.focus({ preventScroll: true });
    results.scrollIntoView({ block: 'start' });
  }
}

/** The home page's questions: asked as on the checker page, answered there. */
function wireHandoff(root: HTMLElement, form: HTMLFormElement): void {
  const update = () => askWhatMatters(root, form);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.assign(`${form.action}#${toFragment(form)}`);
  });
  update();
}

// Loaded as a module script by checker-boot.ts, which reads this from window.
(window as Window & { wireChecker?: typeof wireChecker }).wireChecker = wireChecker;

/**
 * "Am I affected?" in the browser, loaded by checker-boot.ts on the reader's first touch of the
 * form: reads the form, asks the shared verdictFor() for the one
 * verdict, the next steps and the matching rules, and shows those (rendered, with their sources,
 * at build time). Questions appear only when they matter. */
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

export function wireChecker(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-checker-form]');
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
  const ask = (name: string) => q(`[data-checker-ask="${name}"]`);
  const linkRegions = (ask('whatsappLinked')?.dataset.regions ?? '').split(' ');

  const update = () => {
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
  update();
}

// Loaded as a module script by checker-boot.ts, which reads this from window.
(window as Window & { wireChecker?: typeof wireChecker }).wireChecker = wireChecker;

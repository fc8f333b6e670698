/**
 * "Am I affected?" in the browser: reads the form, asks the shared rule function which rules
 * apply and shows those cards (rendered, with their sources, at build time).
 */
import { ruleApplies, type Answers, type Condition } from '../lib/checker-rules.ts';
import { DEFAULT_WHATSAPP_LINK, type MetaAiUse, type Region, type WhatsappLink } from '../lib/vocabulary.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-checker]')) {
  const form = root.querySelector<HTMLFormElement>('[data-checker-form]');
  const results = root.querySelector<HTMLElement>('[data-checker-results]');
  const prompt = root.querySelector<HTMLElement>('[data-checker-prompt]');
  const summary = root.querySelector<HTMLElement>('[data-checker-summary]');
  const cards = [...root.querySelectorAll<HTMLElement>('[data-when]')];
  if (!form || !results || !prompt || !summary) continue;

  const update = () => {
    const data = new FormData(form);
    const region = data.get('region') as Region | null;
    if (!region) {
      prompt.hidden = false;
      for (const card of cards) card.hidden = true;
      return;
    }
    const answers: Answers = {
      region,
      apps: data.getAll('apps') as string[],
      metaAi: data.getAll('metaAi') as MetaAiUse[],
      whatsappLinked: (data.get('whatsappLinked') as WhatsappLink | null) ?? DEFAULT_WHATSAPP_LINK,
    };
    let shown = 0;
    for (const card of cards) {
      const applies = ruleApplies(JSON.parse(card.dataset.when ?? '{}') as Condition, answers);
      card.hidden = !applies;
      if (applies) shown++;
    }
    prompt.hidden = true;
    summary.textContent = `${shown} ${shown === 1 ? 'point applies' : 'points apply'} to your answers`;
  };

  form.hidden = false;
  results.hidden = false;
  form.addEventListener('change', update);
  // Answers update as the reader chooses; the button is for those who expect one, and moves
  // focus to the answers so that keyboard and screen-reader users land on them.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
    summary.focus();
  });
  update();
}

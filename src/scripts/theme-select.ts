/** Wires the footer's theme <select>: System / Light / Dark, remembered in localStorage("theme"). */
const KEY = 'theme';
const label = document.querySelector<HTMLElement>('[data-theme-select]');
const select = label?.querySelector('select');

function stored(): string {
  try {
    return localStorage.getItem(KEY) ?? 'system';
  } catch {
    return 'system';
  }
}

if (label && select) {
  select.value = stored();
  // Its space is held from the first paint (src/styles/base.css); showing it moves nothing.
  label.dataset.ready = '';
  select.addEventListener('change', () => {
    const choice = select.value;
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      /* storage blocked: the choice lasts for this page only */
    }
    if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
    else delete document.documentElement.dataset.theme;
  });
}

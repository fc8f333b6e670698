/** The header's Menu (a <details>): Escape closes it and returns focus to "Menu"; so does a click outside it. */
const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
if (menu) {
  const close = (refocus: boolean) => {
    if (!menu.open) return;
    menu.open = false;
    if (refocus) menu.querySelector('summary')?.focus();
  };
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close(true);
  });
  document.addEventListener('click', (e) => {
    if (!menu.contains(e.target as Node)) close(false);
  });
}

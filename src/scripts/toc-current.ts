/**
 * The article's contents list marks the section being read (aria-current="true" on its link),
 * and the phone bar's "On this page" link opens the contents it jumps to. Without this script
 * nothing is marked and the links still work.
 */
const toc = document.querySelector<HTMLElement>('nav.toc');
const links = [...(toc?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])].filter((a) => a.hash.length > 1);
const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));

function mark(): void {
  const line = innerHeight * 0.3;
  let current = -1;
  targets.forEach((t, i) => {
    if (t && t.getBoundingClientRect().top < line) current = i;
  });
  links.forEach((a, i) => {
    if (i === current) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  });
}

if (toc && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -70% 0px' });
  for (const t of targets) if (t) observer.observe(t);
}

const details = toc?.querySelector('details');
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href="#on-this-page"]')) {
  a.addEventListener('click', () => {
    if (details) details.open = true;
  });
}

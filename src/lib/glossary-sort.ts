/**
 * The glossary's A to Z: terms sort and file under their first letter or digit, ignoring
 * quotation marks and other leading punctuation ("“Hey Meta”" under H, "/reset-ai" under R)
 * and accents (É under E). Pure, for the glossary page and its unit test.
 */

/** The term as it sorts: leading punctuation and symbols removed. */
export function sortKey(term: string): string {
  return term.replace(/^[^\p{L}\p{N}]+/u, '');
}

/** The letter a term is filed under ("#" for a digit), upper case, without accents. */
export function indexLetter(term: string): string {
  const first = sortKey(term).charAt(0);
  if (/\p{N}/u.test(first)) return '#';
  return first.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase() || '#';
}

export function compareTerms(a: string, b: string): number {
  return sortKey(a).localeCompare(sortKey(b), 'en', { sensitivity: 'base', numeric: true }) || a.localeCompare(b, 'en');
}

/** Items grouped by index letter, letters and items in A to Z order. */
export function byLetter<T>(items: readonly T[], termOf: (item: T) => string): { letter: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => compareTerms(termOf(a), termOf(b)));
  const groups: { letter: string; items: T[] }[] = [];
  for (const item of sorted) {
    const letter = indexLetter(termOf(item));
    const last = groups.at(-1);
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}

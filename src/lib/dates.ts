/** Date helpers for the content's "YYYY-MM-DD" / "YYYY-MM" strings. Pure: no Astro imports. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** True for "2025-02-28" and "2025-02", false for "2025-02-30", "2025-13" or "25-1-1". */
export function isRealCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** "2025-12-16" → "16 December 2025"; "2025-10" → "October 2025". */
export function formatDate(text: string): string {
  if (!isRealCalendarDate(text)) throw new Error(`Not a date: "${text}"`);
  const [y, m, d] = text.split('-');
  const month = MONTHS[Number(m) - 1];
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** Sort key that puts "2025-10" before "2025-10-01" and both before "2025-11". */
export function compareDates(a: string, b: string): number {
  return a.localeCompare(b);
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A date as a Date at UTC midnight (for feeds and JSON-LD). */
export function toUtcDate(text: string): Date {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

/** Today's date in UTC as "YYYY-MM-DD". */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

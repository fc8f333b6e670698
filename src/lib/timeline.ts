/**
 * Timeline order and the key dates, derived from content/timeline.yaml. Pure: no Astro imports.
 */

interface EventLike {
  id: string;
  data: { date: string; sources: string[]; key?: boolean; topics: string[] };
}

/**
 * Oldest first. On the same date Meta's own word comes first: events whose lead source is
 * official (Meta's statement), then events that cite an official source further down their list,
 * then the rest; within each group key events first, then the incoming order. Derived from the
 * sources, never hand-ordered.
 */
export function orderTimeline<T extends EventLike>(
  events: readonly T[],
  isOfficial: (sourceId: string) => boolean,
): T[] {
  const officialRank = (e: T) => {
    const at = e.data.sources.findIndex(isOfficial);
    return at === -1 ? 2 : at === 0 ? 0 : 1;
  };
  return events
    .map((e, i) => ({ e, i, rank: officialRank(e), key: e.data.key ? 0 : 1 }))
    .sort((a, b) => a.e.data.date.localeCompare(b.e.data.date) || a.rank - b.rank || a.key - b.key || a.i - b.i)
    .map(({ e }) => e);
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-12-16" → "16 Dec 2025"; "2025-01" → "Jan 2025" (the strip's compact dates). */
export function shortDate(text: string): string {
  const [y, m, d] = text.split('-');
  const month = SHORT_MONTHS[Number(m) - 1];
  if (!y || !month) throw new Error(`Not a date: "${text}"`);
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** Splits a label into at most two lines of about equal length, at a space. */
export function twoLines(label: string): string[] {
  const words = label.split(' ');
  if (label.length <= 18 || words.length < 2) return [label];
  let best = [label];
  let bestDiff = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const diff = Math.abs(a.length - b.length);
    if (diff < bestDiff) [best, bestDiff] = [[a, b], diff];
  }
  return best;
}

/** The topics that have at least one event, in the order of content/topics.yaml. */
export function timelineTopics(events: readonly EventLike[], topicOrder: readonly string[]): string[] {
  const used = new Set(events.flatMap((e) => e.data.topics));
  return topicOrder.filter((t) => used.has(t));
}

/** Site-relative path of one topic's timeline page. */
export function timelineTopicPath(topic: string): string {
  return `timeline/topic/${topic}/`;
}

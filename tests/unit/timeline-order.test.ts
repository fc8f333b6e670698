import { describe, expect, it } from 'vitest';
import { orderTimeline, shortDate, twoLines } from '../../src/lib/timeline.ts';

const event = (id: string, date: string, sources: string[], key = false) => ({
  id,
  data: { date, sources, key, topics: ['x'] },
});
const official = (s: string) => s.startsWith('M-');

describe('timeline order', () => {
  it('puts Meta’s own statement first on a day, then events citing it, then the rest; dates stay oldest first', () => {
    const events = [
      event('a-blog-asks', '2025-10-01', ['N-1', 'M-1']),
      event('b-reporters', '2025-10-01', ['N-2']),
      event('c-later', '2025-12-16', ['M-2']),
      event('m-meta-announces', '2025-10-01', ['M-1', 'N-2'], true),
      event('n-meta-also-says', '2025-10-01', ['M-1']),
      event('earlier', '2025-06', ['N-3']),
    ];
    expect(orderTimeline(events, official).map((e) => e.id)).toEqual([
      'earlier',
      'm-meta-announces',
      'n-meta-also-says',
      'a-blog-asks',
      'b-reporters',
      'c-later',
    ]);
  });

  it('writes compact dates and splits long labels in two', () => {
    expect(shortDate('2025-12-16')).toBe('16 Dec 2025');
    expect(shortDate('2025-01')).toBe('Jan 2025');
    expect(twoLines('WhatsApp can join Accounts Center')).toEqual(['WhatsApp can join', 'Accounts Center']);
    expect(twoLines('Short one')).toEqual(['Short one']);
  });
});

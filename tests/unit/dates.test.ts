import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, isRealCalendarDate } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('accepts real dates with day or month precision', () => {
    expect(isRealCalendarDate('2025-12-16')).toBe(true);
    expect(isRealCalendarDate('2024-02-29')).toBe(true);
    expect(isRealCalendarDate('2025-10')).toBe(true);
  });
  it('rejects impossible or malformed dates', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-00', '25-10-01', '2025-1-1', '16 Dec 2025', '']) {
      expect(isRealCalendarDate(bad), bad).toBe(false);
    }
  });
  it('formats for readers', () => {
    expect(formatDate('2025-12-16')).toBe('16 December 2025');
    expect(formatDate('2025-10')).toBe('October 2025');
    expect(() => formatDate('2025-02-30')).toThrow();
  });
  it('counts days', () => {
    expect(daysBetween('2025-12-16', '2026-01-15')).toBe(30);
  });
});

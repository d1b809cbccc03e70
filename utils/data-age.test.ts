import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDataStale } from './data-age';

describe('isDataStale', () => {
  afterEach(() => vi.useRealTimers());

  it('is fresh within 12 months and stale after', () => {
    expect(isDataStale('2026-11-01', new Date(2026, 10, 1))).toBe(false);
    expect(isDataStale('2026-11-01', new Date(2027, 9, 30))).toBe(false);
    expect(isDataStale('2026-11-01', new Date(2027, 10, 1, 23, 59))).toBe(false);
    expect(isDataStale('2026-11-01', new Date(2027, 10, 2))).toBe(true);
    expect(isDataStale('2026-11-01', new Date(2030, 0, 1))).toBe(true);
  });

  it('reads month-only dates as the first of the month', () => {
    expect(isDataStale('2026-11', new Date(2027, 10, 1))).toBe(false);
    expect(isDataStale('2026-11', new Date(2027, 10, 2))).toBe(true);
  });

  it('uses the clock when no date is given (fake timers)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2028, 0, 15));
    expect(isDataStale('2026-11-01')).toBe(true);
    vi.setSystemTime(new Date(2027, 0, 15));
    expect(isDataStale('2026-11-01')).toBe(false);
  });

  it('treats an unreadable date as stale', () => {
    expect(isDataStale('soon', new Date(2026, 10, 1))).toBe(true);
  });
});

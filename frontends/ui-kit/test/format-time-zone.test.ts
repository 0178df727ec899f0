// The browser of a user travelling in New York: the portal still shows the bank's (Beijing) clock.
process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import { bankTimeZone, date, dateTime } from '../src/index';

describe('dates and times in the bank’s time zone', () => {
  it('runs in New York (the test’s premise)', () => {
    expect(new Date('2025-03-31T01:05:00Z').getTimezoneOffset()).toBe(240); // EDT, UTC−4
    expect(new Date('2025-03-31T01:05:00Z').getHours()).toBe(21);
  });

  it('shows an instant as Beijing time, not the browser’s', () => {
    expect(bankTimeZone).toBe('Asia/Shanghai');
    // 01:05 UTC = 09:05 in Beijing (New York: 21:05 the day before)
    expect(dateTime('2025-03-31T01:05:00Z')).toBe('2025-03-31 09:05');
    expect(dateTime('2025-03-31T01:05:07.000Z', true)).toBe('2025-03-31 09:05:07');
    expect(date('2025-03-31T01:05:00Z')).toBe('2025-03-31');
    // 20:00 UTC is already the next day in Beijing
    expect(date('2025-03-30T20:00:00Z')).toBe('2025-03-31');
    expect(dateTime(new Date(Date.UTC(2025, 11, 31, 16, 0)))).toBe('2026-01-01 00:00');
  });

  it('keeps a calendar date as it is, and says — for nothing', () => {
    expect(date('1985-06-01')).toBe('1985-06-01');
    expect(date(null)).toBe('—');
    expect(dateTime(undefined)).toBe('—');
    expect(dateTime('not a date')).toBe('—');
  });
});

import { bankTimeZone } from '@crm/ui-kit';

// Scorecard months (YYYY-MM) on the bank's calendar: the month a Beijing clock shows, whatever the
// browser's time zone (a month starts at Beijing midnight).

const beijingMonth = new Intl.DateTimeFormat('en-CA', { timeZone: bankTimeZone, year: 'numeric', month: '2-digit' });

/** This month on the bank's calendar, YYYY-MM. */
export function currentPeriod(now: Date = new Date()): string {
  const parts = Object.fromEntries(beijingMonth.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}`;
}

/** The month `n` months before a YYYY-MM month. */
export function monthsBefore(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number);
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last `count` months, newest first, ending with this month. */
export function recentPeriods(count = 12, now: Date = new Date()): string[] {
  const current = currentPeriod(now);
  return Array.from({ length: count }, (_, i) => monthsBefore(current, i));
}

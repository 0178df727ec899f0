import { date } from '@crm/ui-kit';

/**
 * Days and months on the bank's calendar (Beijing), whatever the browser's zone: "today" is the day
 * the subgraph calls today (tasks overdue, due today), and a scorecard's month is a Beijing month.
 */
export const bankToday = (now: Date = new Date()): string => date(now);

/** A calendar day moved by whole days: '2025-03-31' + 1 → '2025-04-01' (no time zone: a day is a day). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The Beijing month of a day, 'YYYY-MM'. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The month and the `count - 1` before it, newest first: '2025-03', '2025-02', … */
export function recentMonths(current: string, count: number): string[] {
  const [y, m] = current.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return d.toISOString().slice(0, 7);
  });
}

// The seed's clock: an "as of" instant fixed by the options (never the wall clock), the 12-month
// history window before it, Beijing-time days and months, and the retail calendar's seasons.
export const DAY = 86_400_000;
/** Beijing is UTC+8 all year */
export const BEIJING = 8 * 3_600_000;

/** The default as-of date: the day after the last day a seeded customer can have joined. */
export const DEFAULT_AS_OF = '2026-01-01';

/** Beijing day number (days since 1970-01-01 in Beijing time) of an instant. */
export const dayOf = (ms: number) => Math.floor((ms + BEIJING) / DAY);
/** The instant of a Beijing day at `seconds` after local midnight. */
export const instant = (day: number, seconds: number) => day * DAY - BEIJING + seconds * 1000;
/** YYYY-MM-DD of a Beijing day number. */
export const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export interface Month {
  /** first day (Beijing day number) */
  first: number;
  /** first day of the next month, or the as-of day for the current month (exclusive) */
  end: number;
  /** YYYY-MM-01 */
  label: string;
  /** 1–12 */
  month: number;
  year: number;
}

export interface Clock {
  /** ms: the moment the data describes (exclusive end of history): midnight Beijing of the as-of date */
  asOf: number;
  /** Beijing day number of the as-of date (exclusive) */
  asOfDay: number;
  /** first day of the history: the first of the month, 12 months before the as-of date's month */
  startDay: number;
  months: Month[];
  /** month index of a day in the window (or -1) */
  monthOf(day: number): number;
  /** relative spending intensity of a day (1 = ordinary) */
  season(day: number): number;
}

/** Spring Festival (春节, first day of the lunar year) */
const SPRING_FESTIVAL: Record<number, string> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

export function makeClock(asOfDate: string = DEFAULT_AS_OF): Clock {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOfDate) || Number.isNaN(Date.parse(asOfDate)))
    throw new Error(`as-of must be a date YYYY-MM-DD, got "${asOfDate}"`);
  if (asOfDate < DEFAULT_AS_OF || asOfDate > '2030-12-31')
    throw new Error(`as-of must be from ${DEFAULT_AS_OF} (after the last seeded customer joined) to 2030-12-31, got ${asOfDate}`);
  const asOfDay = Math.floor(Date.parse(asOfDate) / DAY);
  const d = new Date(asOfDay * DAY);
  const startDay = Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 12, 1) / DAY);
  const months: Month[] = [];
  for (let i = 0; ; i++) {
    const first = Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 12 + i, 1) / DAY);
    if (first >= asOfDay) break;
    const next = Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 11 + i, 1) / DAY);
    const f = new Date(first * DAY);
    months.push({ first, end: Math.min(next, asOfDay), label: isoDay(first), month: f.getUTCMonth() + 1, year: f.getUTCFullYear() });
  }
  const festivals = Object.values(SPRING_FESTIVAL).map((x) => Math.floor(Date.parse(x) / DAY));
  // a lookup table of the season over the window
  const seasons = new Float64Array(asOfDay - startDay);
  for (let day = startDay; day < asOfDay; day++) {
    const date = new Date(day * DAY);
    const m = date.getUTCMonth() + 1,
      dom = date.getUTCDate(),
      dow = date.getUTCDay();
    let s = dow === 0 || dow === 6 ? 1.25 : 0.95;
    if (m === 11) s *= dom >= 1 && dom <= 11 ? 1.9 : 1.25; // 双十一 (Singles' Day) presales up to the 11th
    if (m === 12) s *= dom === 12 ? 1.8 : 1.3; // 双十二, year-end shopping
    if (m === 6 && dom <= 18) s *= 1.3; // 618
    for (const f of festivals) {
      const k = day - f;
      if (k >= -21 && k < 0)
        s *= 1.5 + (21 + k) / 21; // 年货: the three weeks before Spring Festival, rising
      else if (k >= 0 && k < 7) s *= 1.2; // the holiday week
    }
    seasons[day - startDay] = s;
  }
  return {
    asOf: asOfDay * DAY - BEIJING,
    asOfDay,
    startDay,
    months,
    monthOf(day: number) {
      if (day < startDay || day >= asOfDay) return -1;
      let lo = 0,
        hi = months.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (months[mid].first <= day) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    season: (day: number) => seasons[day - startDay] ?? 1,
  };
}

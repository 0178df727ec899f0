/**
 * Numbers as the portal shows them, once for every remote: the user's language picks the locale
 * (zh-CN or en-US) and so the separators and the currency sign (¥ / CN¥).
 */
export const numberLocale = (language: string) => (language === 'en' ? 'en-US' : 'zh-CN');

const nf = (language: string, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(numberLocale(language), options);

/** An amount in CNY to the fen: ¥1,234.56 (zh) / CN¥1,234.56 (en); the 360, lists, details. */
export const money = (v: number | null | undefined, language: string): string =>
  v == null ? '—' : nf(language, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 }).format(v);

/**
 * A large amount in the bank's units, for dashboards that compare orders of magnitude:
 * 1.25亿元 / 3,500万元 in Chinese, ¥125M / ¥1.25B in English (at most two decimals, with separators);
 * below 1万 (zh) or 1 million (en) the amount in whole yuan.
 */
export function moneyCompact(v: number | null | undefined, language: string): string {
  if (v == null) return '—';
  const a = Math.abs(v);
  const scaled = (d: number) => nf(language, { maximumFractionDigits: 2 }).format(v / d);
  if (language === 'en') {
    if (a >= 1e9) return `¥${scaled(1e9)}B`;
    if (a >= 1e6) return `¥${scaled(1e6)}M`;
  } else {
    if (a >= 1e8) return `${scaled(1e8)}亿元`;
    if (a >= 1e4) return `${scaled(1e4)}万元`;
  }
  return nf(language, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }).format(v);
}

/** An amount in a table whose column title names the unit: 万元 (zh) or millions of CNY (en), two decimals. */
export function moneyInUnits(v: number | null | undefined, language: string): string {
  if (v == null) return '—';
  return nf(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(language === 'en' ? v / 1e6 : v / 1e4);
}

/** A count with separators: 12,345. */
export const count = (v: number | null | undefined, language: string): string => (v == null ? '—' : nf(language).format(v));

/** A score or rate with fixed decimals: 78.5. */
export const decimal = (v: number | null | undefined, digits: number): string => (v == null ? '—' : v.toFixed(digits));

/** An org unit as the API gives it, named in the user's language (the English name when there is one). */
export interface OrgUnitName {
  id: string;
  name: string;
  nameEn?: string | null;
}
export const unitName = (u: OrgUnitName | null | undefined, language: string): string => nameIn(u, language);

/** Anything the API names in Chinese (`name`) with an optional English name beside it (`nameEn`): org units, tier policies. */
export interface BilingualName {
  name: string;
  nameEn?: string | null;
}
/** The name in the user's language: the English one in English when there is one, else the Chinese one; — for nothing. */
export const nameIn = (x: BilingualName | null | undefined, language: string): string =>
  !x ? '—' : language === 'en' && x.nameEn ? x.nameEn : x.name;

/** The bank's time zone: every date and time of day the portal shows is Beijing time, whatever the browser's zone. */
export const bankTimeZone = 'Asia/Shanghai';

const bankClock = new Intl.DateTimeFormat('en-US', {
  timeZone: bankTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An instant's fields on the bank's clock; null for a value that is not a date. */
function bankParts(value: string | number | Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> | null {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  const parts = Object.fromEntries(bankClock.formatToParts(d).map((p) => [p.type, p.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/**
 * The day of an instant in the bank's calendar: 2025-03-31. A calendar date the API gives as
 * 'YYYY-MM-DD' (a birthday, an as-of date) is a day already, shown as it is.
 */
export function date(value: string | number | Date | null | undefined): string {
  if (value == null || value === '') return '—';
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) return value;
  const p = bankParts(value);
  return p ? `${p.year}-${p.month}-${p.day}` : '—';
}

/** An instant as Beijing time to the minute (2025-03-31 09:05), or to the second with `seconds`. */
export function dateTime(value: string | number | Date | null | undefined, seconds = false): string {
  if (value == null || value === '') return '—';
  const p = bankParts(value);
  if (!p) return '—';
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${seconds ? `:${p.second}` : ''}`;
}

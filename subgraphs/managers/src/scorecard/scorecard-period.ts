import { BadUserInputError } from '@crm/kit';

/**
 * A scorecard period is a calendar month of the Beijing calendar, written 'YYYY-MM' — the grain of the
 * month-end balances the stock measures stand on (customers_api.balance_monthly). Stored as its first day.
 */
export interface Period {
  /** 'YYYY-MM' */
  label: string;
  /** 'YYYY-MM-01' */
  first: string;
  /** 'YYYY-MM-DD', the month's last day */
  last: string;
}

const BANK_TIME_ZONE = 'Asia/Shanghai';

export function parsePeriod(value: string, field = 'period'): Period {
  const m = /^(\d{4})-(\d{2})$/.exec(value?.trim() ?? '');
  const year = m ? Number(m[1]) : NaN;
  const month = m ? Number(m[2]) : NaN;
  if (!m || year < 2000 || year > 2199 || month < 1 || month > 12) {
    throw new BadUserInputError(`${field} must be a month YYYY-MM (e.g. 2026-03)`, field);
  }
  return periodOf(year, month);
}

function periodOf(year: number, month: number): Period {
  const mm = String(month).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { label: `${year}-${mm}`, first: `${year}-${mm}-01`, last: `${year}-${mm}-${String(lastDay).padStart(2, '0')}` };
}

/** The month it is now in Beijing. */
export function currentPeriod(now = new Date()): Period {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: BANK_TIME_ZONE, year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number);
  return periodOf(year, month);
}

/** 'YYYY-MM-DD' (a date column) → 'YYYY-MM'. */
export const periodLabel = (firstDay: string | Date): string =>
  (typeof firstDay === 'string' ? firstDay : firstDay.toISOString()).slice(0, 7);

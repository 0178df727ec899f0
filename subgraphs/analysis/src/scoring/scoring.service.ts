import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, calendarDate } from '@crm/kit';
import { SCORE_SQL, SCORING_CONSTANTS } from './scoring.sql';

/**
 * Scores every (non-merged) customer whose id is in [lo, hi] as of `asOf`: ONE statement, whatever the
 * number of customers. Returns how many were scored. Tiers are not touched here (applyTierPolicy).
 */
export async function scoreCustomerRange(em: EntityManager, asOf: string, lo: number, hi: number): Promise<number> {
  return em.transactional(async (tx) => {
    // JIT compiling this wide statement costs more (~1.5 s) than it saves on a chunk
    await tx.execute('set local jit = off');
    const rows = await tx.execute<{ customer_id: number }[]>(SCORE_SQL, [asOf, lo, hi]);
    return rows.length;
  });
}

/** Today in the bank's calendar (Beijing), YYYY-MM-DD. */
export function bankToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: SCORING_CONSTANTS.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `asOf` given by a caller: a real date, not in the future (nothing to score there yet). */
export function checkAsOf(asOf: string): string {
  calendarDate(asOf, 'asOf');
  if (asOf > bankToday()) throw new BadUserInputError('asOf must not be in the future', 'asOf');
  return asOf;
}

/**
 * The default as-of of a recompute: the last day of the latest COMPLETE month that has balance data
 * (never the running month, never a day after today) — month-end balances are what the value degree
 * and the trends stand on, so a partial month would skew them. Null when there is no balance data.
 * (One pass over the monthly balances: fine once per batch job.)
 */
export async function defaultRecomputeAsOf(em: EntityManager): Promise<string | null> {
  const [row] = await em.getConnection().execute<{ as_of: string | null }[]>(
    `select to_char((max(month) + interval '1 month' - interval '1 day')::date, 'YYYY-MM-DD') as as_of
     from customers_api.balance_monthly where month < date_trunc('month', (now() at time zone ?))::date`,
    [SCORING_CONSTANTS.timeZone],
  );
  return row?.as_of ?? null;
}

/**
 * The latest date scores exist for ('YYYY-MM-DD', index-only), or null before the first recompute.
 * Runs in whatever transaction `em` is in (tier policy approval re-tiers at this date in its own).
 */
export async function latestScoredAsOf(em: EntityManager): Promise<string | null> {
  const [row] = await em.execute<{ as_of: string | null }[]>(
    `select to_char(max(as_of), 'YYYY-MM-DD') as as_of from analysis.customer_score`,
  );
  return row?.as_of ?? null;
}

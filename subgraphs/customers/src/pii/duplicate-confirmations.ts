import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, RateLimitedError, type RequestContext } from '@crm/kit';
import { PiiField } from './pii.types';

/**
 * "Already exists" answers confirm a full ID or account number, so each is written to the PII access
 * log (action DUPLICATE, one row per customer) and each staff member may be told at most this many per
 * hour. Counted from the log itself, in PostgreSQL, so every replica sees the same count.
 */
export const DUPLICATES_PER_HOUR = 20;

/** One value a create or an import is about to confirm: the customer it belongs to, and which value. */
export interface Confirmation {
  customerId: number;
  field: PiiField.ID_NUMBER | PiiField.ACCOUNT_NUMBERS;
}

// one lock per staff member: two imports of the same person cannot both spend the last confirmations
const LOCK = `select pg_advisory_xact_lock(hashtext('customers.duplicate-confirmations'), ?)`;

async function used(em: EntityManager, staffId: number): Promise<{ used: number; retryAfterSeconds: number }> {
  const [row] = await em.execute<{ used: number; retry: number }[]>(
    `select coalesce(sum(customer_count), 0)::int as used,
            coalesce(ceil(extract(epoch from min(at) + interval '1 hour' - now())), 0)::int as retry
     from customers.pii_access_log where staff_id = ? and action = 'DUPLICATE' and at > now() - interval '1 hour'`,
    [staffId],
  );
  return { used: row.used, retryAfterSeconds: Math.max(1, row.retry) };
}

const exhausted = (retryAfterSeconds: number) =>
  new RateLimitedError(
    `You have been told about ${DUPLICATES_PER_HOUR} existing ID or account numbers in the last hour, the most allowed: ` +
      `nothing can be registered or imported by you until ${Math.ceil(retryAfterSeconds / 60)} min from now (every such answer is in the PII access log)`,
    retryAfterSeconds,
  );

/**
 * Refuses every create and import once the hour's budget is spent — not only the duplicates:
 * refusing only those would itself be the answer.
 */
export async function requireDuplicateBudget(ctx: RequestContext): Promise<void> {
  const { used: n, retryAfterSeconds } = await used(ctx.em.fork(), Number(ctx.user.sub));
  if (n >= DUPLICATES_PER_HOUR) throw exhausted(retryAfterSeconds);
}

/**
 * Writes the confirmations to the log in their own transaction (committed before the answer goes out,
 * even when the create or import itself rolls back), or — when they would overrun the budget — spends
 * what is left of it, logs the refusal and throws RATE_LIMITED without naming any duplicate.
 */
export async function confirmDuplicates(ctx: RequestContext, confirmations: readonly Confirmation[], purpose: string): Promise<void> {
  if (!confirmations.length) return;
  const staffId = Number(ctx.user.sub);
  const who = [staffId, ctx.user.username, Number(ctx.user.orgUnitId), ctx.user.orgPath];
  const refusedAfter = await ctx.em.fork().transactional(async (tx) => {
    await tx.execute(LOCK, [staffId]);
    const { used: n, retryAfterSeconds } = await used(tx, staffId);
    if (n + confirmations.length > DUPLICATES_PER_HOUR) {
      // a refusal costs the rest of the hour: otherwise "too many" would be a free answer to "are there many?"
      await tx.execute(
        `insert into customers.pii_access_log (staff_id, staff_username, org_unit_id, org_path, action, customer_id, customer_count, fields, purpose)
         values (?, ?, ?, ?, 'DUPLICATE', null, ?, '{}', ?)`,
        [...who, Math.max(0, DUPLICATES_PER_HOUR - n), `${purpose} (refused: over ${DUPLICATES_PER_HOUR} per hour)`],
      );
      return n > 0 ? retryAfterSeconds : 3600; // the window frees up as its oldest entry ages out
    }
    await tx.execute(
      `insert into customers.pii_access_log (staff_id, staff_username, org_unit_id, org_path, action, customer_id, customer_count, fields, purpose)
       select ?, ?, ?, ?, 'DUPLICATE', c.customer_id, 1, array[c.field], ?
       from unnest(?::int[], ?::text[]) as c(customer_id, field)`,
      [...who, purpose, pgArray(confirmations.map((c) => c.customerId)), pgArray(confirmations.map((c) => c.field))],
    );
    return null;
  });
  if (refusedAfter != null) {
    throw new RateLimitedError(
      `This would tell you about more existing ID or account numbers than you may still learn this hour (at most ${DUPLICATES_PER_HOUR} per staff member): ` +
        `nothing was saved and no duplicate is named; try again in ${Math.ceil(refusedAfter / 60)} min`,
      refusedAfter,
    );
  }
}

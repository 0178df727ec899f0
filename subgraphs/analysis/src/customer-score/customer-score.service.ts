import {
  byKeys,
  NotFoundError,
  pageWindow,
  parseId,
  pgArray,
  requirePermission,
  type PageInput,
  type RequestContext,
  customerInScopeLoader,
} from '@crm/kit';
import { CustomerScore } from './customer-score.entity';
import { checkAsOf, defaultRecomputeAsOf, latestScoredAsOf, scoreCustomerRange } from '../scoring/scoring.service';
import { applyTierPolicy } from '../tier-policy/tier-assignment.service';

const mapRows = (ctx: RequestContext, rows: Record<string, unknown>[]) => rows.map((r) => ctx.em.map(CustomerScore, r));

/**
 * Scores of a batch of customers at `asOf` (or each one's latest), in the caller's scope — ONE query
 * per batch; a customer outside the scope or never scored gets null.
 */
export const customerScoreLoader = (ctx: RequestContext, asOf: string | null) =>
  ctx.loaders.get<number, CustomerScore>(`analysis.CustomerScore#${asOf ?? 'latest'}`, async (ids) => {
    const scope = ctx.scope.sql('s.home_org_path');
    const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
      asOf
        ? `select s.* from analysis.customer_score s where s.customer_id = any(?::int[]) and s.as_of = ?::date and ${scope.sql}`
        : `select distinct on (s.customer_id) s.* from analysis.customer_score s
           where s.customer_id = any(?::int[]) and ${scope.sql} order by s.customer_id, s.as_of desc`,
      asOf ? [pgArray(ids), asOf, scope.param] : [pgArray(ids), scope.param],
    );
    return byKeys(ids, mapRows(ctx, rows), (s) => s.customerId);
  });

export interface TierHistoryRow {
  customerId: number;
  asOf: string;
  tier: string | null;
  policyId: number | null;
}

/** Every scored date of a batch of customers, newest first, in scope — ONE query per batch. */
export const tierHistoryLoader = (ctx: RequestContext) =>
  ctx.loaders.get<number, TierHistoryRow[]>('analysis.TierHistory', async (ids) => {
    const scope = ctx.scope.sql('home_org_path');
    const rows = await ctx.em
      .getConnection()
      .execute<{ customer_id: number; as_of: string; tier: string | null; policy_id: number | null }[]>(
        `select customer_id, to_char(as_of, 'YYYY-MM-DD') as as_of, tier, policy_id from analysis.customer_score
       where customer_id = any(?::int[]) and ${scope.sql} order by customer_id, as_of desc`,
        [pgArray(ids), scope.param],
      );
    const groups = new Map<number, TierHistoryRow[]>(ids.map((id) => [id, []]));
    for (const r of rows)
      groups.get(r.customer_id)?.push({ customerId: r.customer_id, asOf: r.as_of, tier: r.tier, policyId: r.policy_id });
    return ids.map((id) => groups.get(id)!);
  });

/**
 * One customer, now: the same statement as the batch restricted to this id, then the active policy's
 * tier for it. Default date: the bank's latest scored date (so the customer stays comparable with
 * everyone else), or with no scores yet the batch's default (last month-end with balance data).
 */
export async function recomputeCustomerScore(ctx: RequestContext, customerIdArg: string, asOfArg?: string | null): Promise<CustomerScore> {
  requirePermission(ctx, 'CUSTOMER_READ', 'SCORE_RECOMPUTE'); // rescoring is the batch's work, not a record edit
  const customerId = parseId(customerIdArg, 'customerId');
  const asOf = asOfArg != null ? checkAsOf(asOfArg) : ((await latestScoredAsOf(ctx.em)) ?? (await defaultRecomputeAsOf(ctx.em)));
  if (!(await customerInScopeLoader(ctx).load(customerId)) || !asOf) throw new NotFoundError('Customer');
  const scored = await scoreCustomerRange(ctx.em, asOf, customerId, customerId);
  if (!scored) throw new NotFoundError('Customer'); // merged away: not scored
  await applyTierPolicy(ctx.em, { asOf, customerIds: [customerId] });
  const score = await customerScoreLoader(ctx, asOf).load(customerId);
  if (!score) throw new NotFoundError('Customer');
  return score;
}

/**
 * Churn-risk customers in scope at `asOf` (default: the latest scored date), the largest deposits first.
 * With `orgUnitId`, only those homed at that unit or below it — the unit itself must be in the caller's
 * scope (from org-hierarchy's published view), so a unit outside it, like one that does not exist,
 * lists nothing. The prefix match is the roll-up's range on the path (org-rollup.resolver.ts), so the
 * total is exactly that unit's `rollup.churnRisk` and the (as_of, home_org_path) index serves it.
 */
export async function churnRiskCustomers(
  ctx: RequestContext,
  asOfArg: string | null | undefined,
  page: PageInput | null | undefined,
  orgUnitIdArg?: string | null,
) {
  const w = pageWindow(page);
  const unitId = orgUnitIdArg != null ? parseId(orgUnitIdArg, 'orgUnitId') : null;
  const asOf = asOfArg != null ? checkAsOf(asOfArg) : await latestScoredAsOf(ctx.em);
  if (!asOf) return { items: [], total: 0, page: w.page, pageSize: w.pageSize };
  const scope = ctx.scope.sql('s.home_org_path');
  const unitScope = ctx.scope.sql('u.path');
  const from =
    unitId == null
      ? 'analysis.customer_score s'
      : `org_hierarchy_api.org_unit u
         join analysis.customer_score s on s.home_org_path ~>=~ u.path and s.home_org_path ~<~ (left(u.path, -1) || '0')`;
  const where = `s.as_of = ?::date and s.churn_risk and ${scope.sql}${unitId == null ? '' : ` and u.id = ? and ${unitScope.sql}`}`;
  const whereParams = unitId == null ? [asOf, scope.param] : [asOf, scope.param, unitId, unitScope.param];
  const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
    `select s.*, count(*) over () as "__total" from ${from}
     where ${where}
     order by s.deposit_balance desc, s.customer_id limit ? offset ?`,
    [...whereParams, w.limit, w.offset],
  );
  let total = rows.length ? Number(rows[0].__total) : 0;
  if (!rows.length && w.offset > 0) {
    const [c] = await ctx.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from ${from} where ${where}`, whereParams);
    total = c.n;
  }
  const items = mapRows(
    ctx,
    rows.map(({ __total, ...r }) => r),
  );
  return { items, total, page: w.page, pageSize: w.pageSize };
}

/** Dates that have scores, newest first: a loose index scan over (as_of, …), a few probes per date. */
export async function scoreAsOfDates(ctx: RequestContext): Promise<string[]> {
  const rows = await ctx.em.getConnection().execute<{ as_of: string }[]>(`
    with recursive d as (
      (select as_of from analysis.customer_score order by as_of desc limit 1)
      union all
      select (select s.as_of from analysis.customer_score s where s.as_of < d.as_of order by s.as_of desc limit 1) from d where d.as_of is not null
    )
    select to_char(as_of, 'YYYY-MM-DD') as as_of from d where as_of is not null`);
  return rows.map((r) => r.as_of);
}

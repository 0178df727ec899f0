import { pgArray, type RequestContext } from '@crm/kit';
import type { Tier } from '../ledger/ledger.enums';
import type { Period } from './scorecard-period';
import { withoutJit } from './scorecard.service';
import { ManagerFigures } from './scorecard.types';

interface FiguresRow {
  unit_id: number;
  manager_id: number;
  customers: number;
  contribution: number;
  contribution_as_of: string | null;
  tiers: { tier: Tier; customers: number; rank: number }[];
  complaints: number;
}

/**
 * Per-manager figures of units (the managers of each unit and of the units below it, active, in the
 * caller's scope — a unit outside it has none) for a month, in ONE statement per batch of units:
 * - contribution: Σ analysis's contribution (analysis_api.customer_contribution, 12 months) of the
 *   manager's customers at the latest scored date on or before the month's end — the same figures
 *   the unit's roll-up sums, split by manager;
 * - tier mix: the customers per tier as the bank stands now (analysis_api.customer_tier);
 * - complaints: service cases of those customers opened in the month (customers_api.service_case).
 * The customers are the current primary assignments, homed in the caller's scope.
 */
const FIGURES_SQL = `
with p as (
  select m::timestamp at time zone 'Asia/Shanghai'                        as t_from,
         (m + interval '1 month')::timestamp at time zone 'Asia/Shanghai' as t_to,
         (select max(c.as_of) from analysis_api.customer_contribution c where c.as_of <= (m + interval '1 month')::date - 1) as as_of
  from (select ?::date as m) x
),
units as (select u.id as unit_id, u.path from org_hierarchy_api.org_unit u where u.id = any(?::int[]) and u.path like ?),
mgr as (
  select u.unit_id, m.staff_id as manager_id, m.org_path
  from units u join managers.customer_manager m on m.org_path like u.path || '%'
  where m.active
),
cust as (   -- each customer in scope once (a manager under two asked-for units is one), probed by id
  select a.manager_id, a.customer_id
  from (select distinct manager_id from mgr) mm
  join managers.portfolio_assignment a on a.manager_id = mm.manager_id and a.ended_at is null
  cross join lateral (
    select 1 from customers_api.customer c where c.id = a.customer_id and c.home_org_path like ? limit 1
  ) c
),
per_customer as (   -- index probes per customer (limit 1 / aggregates keep them lateral, never a scan of the bank)
  select cu.manager_id, cu.customer_id, cc.contribution, t.tier, t.tier_rank, k.complaints
  from cust cu cross join p
  left join lateral (
    select cc.contribution from analysis_api.customer_contribution cc where cc.customer_id = cu.customer_id and cc.as_of = p.as_of limit 1
  ) cc on true
  left join lateral (select t.tier, t.tier_rank from analysis_api.customer_tier t where t.customer_id = cu.customer_id limit 1) t on true
  cross join lateral (
    select count(*)::int as complaints from customers_api.service_case s
    where s.customer_id = cu.customer_id and s.opened_at >= p.t_from and s.opened_at < p.t_to
  ) k
),
per_manager as (
  select manager_id, count(*)::int as customers, sum(contribution) as contribution, sum(complaints)::int as complaints
  from per_customer group by manager_id
),
tiers as (
  select manager_id, jsonb_agg(jsonb_build_object('tier', tier, 'customers', n, 'rank', tier_rank) order by tier_rank) as tiers
  from (select manager_id, tier, tier_rank, count(*)::int as n from per_customer where tier is not null group by manager_id, tier, tier_rank) x
  group by manager_id
)
select m.unit_id, m.manager_id, coalesce(z.customers, 0) as customers,
       coalesce(z.contribution, 0)::float8 as contribution,
       to_char(p.as_of, 'YYYY-MM-DD') as contribution_as_of,
       coalesce(t.tiers, '[]'::jsonb) as tiers, coalesce(z.complaints, 0) as complaints
from mgr m cross join p
left join per_manager z on z.manager_id = m.manager_id
left join tiers t on t.manager_id = m.manager_id
order by m.unit_id, m.org_path, m.manager_id`;

/** Per request and month: the per-manager figures of a batch of units, ONE statement per batch. */
export const managerFiguresLoader = (ctx: RequestContext, period: Period) =>
  ctx.loaders.get<number, ManagerFigures[]>(`managers.ManagerFigures:${period.label}`, async (unitIds) => {
    const scope = ctx.scope.sql('path').param;
    const rows = await withoutJit(ctx, (tx) => tx.execute<FiguresRow[]>(FIGURES_SQL, [period.first, pgArray(unitIds), scope, scope]));
    const groups = new Map<number, ManagerFigures[]>(unitIds.map((id) => [id, []]));
    for (const r of rows) {
      groups.get(r.unit_id)?.push(
        Object.assign(new ManagerFigures(), {
          managerId: r.manager_id,
          customers: r.customers,
          contribution: r.contribution,
          contributionAsOf: r.contribution_as_of,
          tiers: r.tiers.map(({ tier, customers }) => ({ tier, customers })),
          complaints: r.complaints,
        }),
      );
    }
    return unitIds.map((id) => groups.get(id) ?? []);
  });

import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { calendarDate, Permit, pgArray, type RequestContext, OrgUnitReference } from '@crm/kit';
import { Tier } from '../tier-policy/tier-policy.enums';
import { OrgRollup } from './org-rollup.types';

interface RollupRow {
  key: number;
  unit_id: number;
  as_of: string | null;
  customers: number;
  deposits: number;
  loans: number;
  weighted_assets: number;
  contribution: number;
  avg_satisfaction: number | null;
  complaint_rate: number;
  churn_risk: number;
  tiers: { tier: Tier; customers: number }[];
}

const TIER_ORDER = Object.values(Tier);

/**
 * Roll-ups of a set of units in ONE statement: each unit × the scores of its customers at the as-of
 * (default the latest), joined on the path prefix and grouped by unit, then by unit again to fold the
 * per-tier counts. `units` decides which units (the unit itself, or the children of a parent), each
 * with a `key` (the asked-for unit) — only units under a unit in the caller's scope are ever listed.
 *
 * The prefix join is written as a range on the path (`~>=~ path and ~<~ path with its last "/" turned
 * into "0"`): paths are digits and slashes, so it is exactly `like path || '%'`, but the (as_of,
 * home_org_path varchar_pattern_ops) index can serve it for each unit.
 */
async function rollups(
  ctx: RequestContext,
  asOf: string | null,
  units: 'self' | 'children',
  keys: readonly number[],
): Promise<RollupRow[]> {
  const scope = ctx.scope.sql('k.path');
  const unitsSql =
    units === 'self'
      ? `select k.id as key, k.id, k.path, k.code from org_hierarchy_api.org_unit k where k.id = any(?::int[]) and ${scope.sql}`
      : `select k.id as key, u.id, u.path, u.code from org_hierarchy_api.org_unit k
       join org_hierarchy_api.org_unit u on u.parent_id = k.id
       where k.id = any(?::int[]) and ${scope.sql}`;
  return ctx.em.getConnection().execute<RollupRow[]>(
    `with d as (select coalesce(?::date, (select max(as_of) from analysis.customer_score)) as as_of),
          units as (${unitsSql}),
          per_tier as (
            select u.id as unit_id, s.tier, count(*)::int as n,
                   sum(s.deposit_balance) as deposits, sum(s.loan_balance) as loans, sum(s.weighted_assets) as weighted_assets,
                   sum(s.contribution) as contribution, sum(s.satisfaction) as satisfaction, sum(s.complaints_12m) as complaints,
                   count(*) filter (where s.churn_risk)::int as churn_risk
            from units u
            join d on true
            join analysis.customer_score s on s.as_of = d.as_of
              and s.home_org_path ~>=~ u.path and s.home_org_path ~<~ (left(u.path, -1) || '0')
            group by u.id, s.tier)
     select u.key, u.id as unit_id, to_char(d.as_of, 'YYYY-MM-DD') as as_of,
            coalesce(sum(t.n), 0)::int as customers,
            coalesce(sum(t.deposits), 0)::float8 as deposits, coalesce(sum(t.loans), 0)::float8 as loans,
            coalesce(sum(t.weighted_assets), 0)::float8 as weighted_assets, coalesce(sum(t.contribution), 0)::float8 as contribution,
            round(sum(t.satisfaction) / nullif(sum(t.n), 0), 2)::float8 as avg_satisfaction,
            coalesce(round(sum(t.complaints) * 100.0 / nullif(sum(t.n), 0), 2), 0)::float8 as complaint_rate,
            coalesce(sum(t.churn_risk), 0)::int as churn_risk,
            coalesce(jsonb_agg(jsonb_build_object('tier', t.tier, 'customers', t.n)) filter (where t.tier is not null), '[]'::jsonb) as tiers
     from units u cross join d
     left join per_tier t on t.unit_id = u.id
     group by u.key, u.id, u.code, d.as_of
     order by u.key, u.code, u.id`,
    [asOf, pgArray(keys), scope.param],
  );
}

function toRollup(r: RollupRow): OrgRollup {
  return {
    orgUnit: OrgUnitReference.of(r.unit_id),
    asOf: r.as_of!,
    customers: r.customers,
    tiers: [...r.tiers].sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier)),
    deposits: r.deposits,
    loans: r.loans,
    weightedAssets: r.weighted_assets,
    contribution: r.contribution,
    avgSatisfaction: r.avg_satisfaction,
    complaintRate: r.complaint_rate,
    churnRisk: r.churn_risk,
  };
}

/** Per request and as-of: the roll-ups of every unit of a batch (or of every unit's children) in ONE statement. */
const rollupLoader = (ctx: RequestContext, asOf: string | null, units: 'self' | 'children') =>
  ctx.loaders.get<number, OrgRollup[]>(`analysis.OrgRollup:${units}:${asOf ?? 'latest'}`, async (keys) => {
    const groups = new Map<number, OrgRollup[]>(keys.map((k) => [k, []]));
    // no scores at all (no as-of): nothing to roll up
    for (const row of await rollups(ctx, asOf, units, keys)) if (row.as_of) groups.get(row.key)?.push(toRollup(row));
    return keys.map((k) => groups.get(k) ?? []);
  });

const dateArg = (asOf?: string | null) => (asOf == null ? null : calendarDate(asOf, 'asOf'));

/** Aggregates only, never a customer row: ANALYSIS_READ, like the reference (org-unit.reference.ts). */
@Resolver(() => OrgUnitReference)
export class OrgRollupResolver {
  @Permit('ANALYSIS_READ')
  @FieldResolver(() => OrgRollup, {
    nullable: true,
    description: 'customers of this unit and every unit below it at the as-of (default the latest); null outside your scope',
  })
  async rollup(
    @Root() unit: OrgUnitReference,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ) {
    const [own] = (await rollupLoader(ctx, dateArg(asOf), 'self').load(Number(unit.id))) ?? [];
    return own ?? null;
  }

  @Permit('ANALYSIS_READ')
  @FieldResolver(() => [OrgRollup], { description: 'the roll-up of each child unit, to compare them; [] outside your scope' })
  async childRollups(
    @Root() unit: OrgUnitReference,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ) {
    return (await rollupLoader(ctx, dateArg(asOf), 'children').load(Number(unit.id))) ?? [];
  }
}

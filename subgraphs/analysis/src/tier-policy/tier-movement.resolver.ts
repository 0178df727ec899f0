import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { calendarDate, PageInput, Paged, pageWindow, parseId, Permit, type RequestContext, CustomerReference } from '@crm/kit';
import { Tier } from './tier-policy.enums';

@ObjectType({ description: 'A customer whose tier changed against the previous scored as-of; from null = not tiered then' })
export class TierMovement {
  @Field(() => CustomerReference)
  customer!: CustomerReference;

  @Field(() => Tier, { nullable: true })
  from!: Tier | null;

  @Field(() => Tier, { nullable: true })
  to!: Tier | null;
}

@ObjectType()
export class TierMovementPage extends Paged(TierMovement) {}

@Resolver()
export class TierMovementResolver {
  /**
   * ONE statement: the as-of (default the latest), the scored date before it, the customers in scope
   * whose tier differs between the two (a customer not scored or not tiered then comes from null), the
   * page and its total. Empty when there is no earlier date to compare with.
   *
   * With `orgUnitId` (the cockpit's drill-down), only customers homed at that unit or below it at the
   * as-of: the unit itself must be in the caller's scope (org-hierarchy's published view), so a unit
   * outside it, like one that does not exist, moves nobody — as churnRiskCustomers(orgUnitId) does. The
   * prefix match is the roll-up's range on the path (org-rollup.resolver.ts), served by the
   * (as_of, home_org_path) index, so a unit's movements are exactly the sum of its outlets'.
   *
   * With `managerId` (the manager portal's 客户动态), only the customers whose current primary manager
   * that is: an `exists` on managers' published view, read when the query runs — analysis depends on
   * neither managers' tables nor its package. It narrows the scope, never widens it: a manager's
   * customer outside the caller's scope stays out, and a manager with none in it moves nobody.
   */
  @Permit('CUSTOMER_READ', 'ANALYSIS_READ')
  @Query(() => TierMovementPage, {
    description:
      'Customers in your scope whose tier changed against the previous as-of, by customer id; ' +
      'with orgUnitId only those homed at that unit or below it (empty for a unit outside your scope); ' +
      'with managerId only those whose current primary manager that is',
  })
  async tierMovements(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('orgUnitId', () => ID, { nullable: true, description: 'the unit looked at (default: your whole scope)' })
    orgUnitId?: string | null,
    @Arg('managerId', () => ID, { nullable: true, description: 'only the customers of this primary manager (default: every customer)' })
    managerId?: string | null,
  ): Promise<TierMovementPage> {
    const unitId = orgUnitId != null ? parseId(orgUnitId, 'orgUnitId') : null;
    const mgrId = managerId != null ? parseId(managerId, 'managerId') : null;
    const at = asOf == null ? null : calendarDate(asOf, 'asOf');
    const w = pageWindow(page);
    const scope = ctx.scope.sql('s.home_org_path');
    const unitScope = ctx.scope.sql('u.path');
    // the unit (in scope) joined first, then its customers by the path range
    const unit =
      unitId == null
        ? { join: '', range: '', params: [] }
        : {
            join: `join org_hierarchy_api.org_unit u on u.id = ? and ${unitScope.sql}`,
            range: ` and s.home_org_path ~>=~ u.path and s.home_org_path ~<~ (left(u.path, -1) || '0')`,
            params: [unitId, unitScope.param],
          };
    // managers' published view, not its tables: the customer's open (current) primary assignment
    const manager =
      mgrId == null
        ? { where: '', params: [] }
        : {
            where: ` and exists (select 1 from managers_api.primary_manager pm where pm.customer_id = s.customer_id and pm.manager_id = ?)`,
            params: [mgrId],
          };
    const rows = await ctx.em
      .getConnection()
      .execute<{ total: number; customer_id: number | null; from_tier: Tier | null; to_tier: Tier | null }[]>(
        `with cur as (select coalesce(?::date, (select max(as_of) from analysis.customer_score)) as as_of),
            dates as (select cur.as_of as cur, (select max(as_of) from analysis.customer_score where as_of < cur.as_of) as prev from cur),
            moved as (
              select s.customer_id, p.tier as from_tier, s.tier as to_tier
              from dates d
              ${unit.join}
              join analysis.customer_score s on s.as_of = d.cur and ${scope.sql}${unit.range}
              left join analysis.customer_score p on p.as_of = d.prev and p.customer_id = s.customer_id
              where d.prev is not null and s.tier is not null and s.tier is distinct from p.tier${manager.where})
       select t.total, m.customer_id, m.from_tier, m.to_tier
       from (select count(*)::int as total from moved) t
       left join lateral (select * from moved order by customer_id limit ? offset ?) m on true`,
        [at, ...unit.params, scope.param, ...manager.params, w.limit, w.offset],
      );
    return {
      items: rows
        .filter((r) => r.customer_id != null)
        .map((r) => ({ customer: CustomerReference.of(r.customer_id!), from: r.from_tier, to: r.to_tier })),
      total: rows[0]?.total ?? 0,
      page: w.page,
      pageSize: w.pageSize,
    };
  }
}

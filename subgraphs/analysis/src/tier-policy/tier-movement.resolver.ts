import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { calendarDate, PageInput, Paged, pageWindow, Permit, type RequestContext } from '@crm/kit';
import { CustomerReference } from '../customer/customer.reference';
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
   */
  @Permit('CUSTOMER_READ', 'ANALYSIS_READ')
  @Query(() => TierMovementPage, { description: 'Customers in your scope whose tier changed against the previous as-of, by customer id' })
  async tierMovements(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<TierMovementPage> {
    const at = asOf == null ? null : calendarDate(asOf, 'asOf');
    const w = pageWindow(page);
    const scope = ctx.scope.sql('s.home_org_path');
    const rows = await ctx.em
      .getConnection()
      .execute<{ total: number; customer_id: number | null; from_tier: Tier | null; to_tier: Tier | null }[]>(
        `with cur as (select coalesce(?::date, (select max(as_of) from analysis.customer_score)) as as_of),
            dates as (select cur.as_of as cur, (select max(as_of) from analysis.customer_score where as_of < cur.as_of) as prev from cur),
            moved as (
              select s.customer_id, p.tier as from_tier, s.tier as to_tier
              from dates d
              join analysis.customer_score s on s.as_of = d.cur and ${scope.sql}
              left join analysis.customer_score p on p.as_of = d.prev and p.customer_id = s.customer_id
              where d.prev is not null and s.tier is not null and s.tier is distinct from p.tier)
       select t.total, m.customer_id, m.from_tier, m.to_tier
       from (select count(*)::int as total from moved) t
       left join lateral (select * from moved order by customer_id limit ? offset ?) m on true`,
        [at, scope.param, w.limit, w.offset],
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

import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { idLoader, PageInput, Paged, Permit, type RequestContext, CustomerReference } from '@crm/kit';
import { TierPolicy } from '../tier-policy/tier-policy.entity';
import { Tier } from '../tier-policy/tier-policy.enums';
import { CustomerScore } from './customer-score.entity';
import { checkAsOf } from '../scoring/scoring.service';
import {
  churnRiskCustomers,
  customerScoreLoader,
  recomputeCustomerScore,
  scoreAsOfDates,
  tierHistoryLoader,
  type TierHistoryRow,
} from './customer-score.service';

@ObjectType()
export class ChurnRiskPage extends Paged(CustomerScore) {}

@ObjectType({ description: 'The tier a customer had on one scored date, and the policy that placed them' })
export class TierHistoryEntry {
  @Field(() => String, { description: 'YYYY-MM-DD' }) asOf!: string;
  @Field(() => Tier, { nullable: true }) tier!: Tier | null;
  policyId!: number | null;
}

/**
 * score and tierHistory on Customer (the tier itself is the tier policy's field). Customer data: each
 * field says so itself (the reference already asks CUSTOMER_READ; this publishes it per field too).
 */
@Resolver(() => CustomerReference)
export class CustomerScoreFieldsResolver {
  @Permit('CUSTOMER_READ')
  @FieldResolver(() => CustomerScore, {
    nullable: true,
    description: 'The five degrees as of a date (default: the latest scored); null if never scored or out of scope',
  })
  score(@Root() c: CustomerReference, @Ctx() ctx: RequestContext, @Arg('asOf', () => String, { nullable: true }) asOf?: string | null) {
    return customerScoreLoader(ctx, asOf != null ? checkAsOf(asOf) : null).load(c.customerId);
  }

  @Permit('CUSTOMER_READ')
  @FieldResolver(() => [TierHistoryEntry], { description: 'Every scored date, newest first' })
  async tierHistory(@Root() c: CustomerReference, @Ctx() ctx: RequestContext): Promise<TierHistoryEntry[]> {
    const rows: TierHistoryRow[] = (await tierHistoryLoader(ctx).load(c.customerId)) ?? [];
    return rows.map((r) => Object.assign(new TierHistoryEntry(), { asOf: r.asOf, tier: r.tier as Tier | null, policyId: r.policyId }));
  }
}

@Resolver(() => TierHistoryEntry)
export class TierHistoryEntryResolver {
  @FieldResolver(() => TierPolicy, { nullable: true })
  policy(@Root() e: TierHistoryEntry, @Ctx() ctx: RequestContext) {
    return e.policyId ? idLoader(ctx, TierPolicy).load(e.policyId) : null;
  }
}

@Resolver(() => CustomerScore)
export class CustomerScoreResolver {
  @Permit('CUSTOMER_READ', 'ANALYSIS_READ')
  @Query(() => ChurnRiskPage, {
    description:
      'Customers in your scope flagged at risk of leaving on a date (default: the latest scored), largest deposits first; ' +
      'with orgUnitId only those homed at that unit or below it (its total is that unit’s rollup.churnRisk; empty for a unit outside your scope)',
  })
  churnRiskCustomers(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
    @Arg('orgUnitId', () => ID, { nullable: true, description: 'the unit looked at (default: your whole scope)' })
    orgUnitId?: string | null,
  ) {
    return churnRiskCustomers(ctx, asOf, page, orgUnitId);
  }

  @Permit('ANALYSIS_READ')
  @Query(() => [String], { description: 'As-of dates that have scores, newest first' })
  scoreAsOfDates(@Ctx() ctx: RequestContext) {
    return scoreAsOfDates(ctx);
  }

  @Permit('CUSTOMER_READ', 'SCORE_RECOMPUTE')
  @Mutation(() => CustomerScore, {
    description: 'Recomputes one customer in your scope (same SQL as the batch, one id) and tiers them; default date: the latest scored',
  })
  recomputeCustomerScore(
    @Arg('customerId', () => ID) customerId: string,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ) {
    return recomputeCustomerScore(ctx, customerId, asOf);
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { byKeys, idLoader, Permit, pgArray, type RequestContext, CustomerReference } from '@crm/kit';
import { CustomerScore } from '../customer-score/customer-score.entity';
import { Tier } from './tier-policy.enums';
import { TierPolicy } from './tier-policy.entity';
import { TierEvidence, type StoredTierEvidence } from './tier-evidence.types';

/** Policies are bank-wide rules anyone may read: one query per batch of evidence, no scope. */
export const tierPolicyLoader = (ctx: RequestContext) => idLoader(ctx, TierPolicy);

@Resolver(() => TierEvidence)
export class TierEvidenceResolver {
  @FieldResolver(() => TierPolicy, { description: 'the policy version that placed the customer' })
  async policy(@Root() e: TierEvidence, @Ctx() ctx: RequestContext) {
    return tierPolicyLoader(ctx).load(e.policyId);
  }
}

@Resolver(() => CustomerScore)
export class CustomerScoreEvidenceResolver {
  /** The score row (already in the caller's scope) carries its evidence: no further query. */
  @FieldResolver(() => TierEvidence, {
    nullable: true,
    description: 'why this tier: the policy, the rule and the inputs it compared; null when not tiered',
  })
  evidence(@Root() score: CustomerScore) {
    return score.tier && score.tierEvidence ? TierEvidence.from(score.tierEvidence as unknown as StoredTierEvidence) : null;
  }
}

/** Each customer's tier at their latest scored as-of, for a batch of ids, in the caller's scope — ONE query. */
export const latestTierLoader = (ctx: RequestContext) =>
  ctx.loaders.get<number, { customerId: number; tier: Tier | null }>('analysis.LatestTier#customer', async (ids) => {
    const scope = ctx.scope.sql('home_org_path');
    const rows = await ctx.em.getConnection().execute<{ customer_id: number; tier: Tier | null }[]>(
      `select distinct on (customer_id) customer_id, tier
       from analysis.customer_score
       where customer_id = any(?::int[]) and ${scope.sql}
       order by customer_id, as_of desc`,
      [pgArray(ids), scope.param],
    );
    return byKeys(
      ids,
      rows.map((r) => ({ customerId: r.customer_id, tier: r.tier })),
      (r) => r.customerId,
    );
  });

@Resolver(() => CustomerReference)
export class CustomerTierResolver {
  @Permit('CUSTOMER_READ')
  @FieldResolver(() => Tier, { nullable: true, description: 'tier at the latest scored as-of; null if never tiered or out of scope' })
  async tier(@Root() customer: CustomerReference, @Ctx() ctx: RequestContext) {
    return (await latestTierLoader(ctx).load(Number(customer.id)))?.tier ?? null;
  }
}

import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TierCount } from '../tier-policy/tier-policy.types';
import { OrgUnitReference } from '@crm/kit';

@ObjectType({ description: 'Aggregates of the customers homed in an org unit and every unit below it, at an as-of date' })
export class OrgRollup {
  @Field(() => OrgUnitReference)
  orgUnit!: OrgUnitReference;

  @Field({ description: 'YYYY-MM-DD' })
  asOf!: string;

  @Field(() => Int)
  customers!: number;

  @Field(() => [TierCount], { description: 'tiered customers per tier (tiers with customers only, top tiers first)' })
  tiers!: TierCount[];

  @Field(() => Float, { description: 'deposit balances, CNY' })
  deposits!: number;

  @Field(() => Float, { description: 'loan and card balances owed, CNY' })
  loans!: number;

  @Field(() => Float, { description: 'weighted daily-average financial assets (日均综合金融资产), CNY' })
  weightedAssets!: number;

  @Field(() => Float, { description: 'contribution over 12 months, CNY' })
  contribution!: number;

  @Field(() => Float, { nullable: true, description: 'mean satisfaction 0–100; null with no customers' })
  avgSatisfaction!: number | null;

  @Field(() => Float, { description: 'complaints in 12 months per 100 customers' })
  complaintRate!: number;

  @Field(() => Int, { description: 'customers flagged at risk of leaving' })
  churnRisk!: number;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { Tier } from './tier-policy.enums';

@ObjectType({ description: 'How many customers would move from one tier to another; from null = not tiered before' })
export class TierMove {
  @Field(() => Tier, { nullable: true })
  from!: Tier | null;

  @Field(() => Tier)
  to!: Tier;

  @Field(() => Int)
  customers!: number;
}

@ObjectType()
export class TierCount {
  @Field(() => Tier)
  tier!: Tier;

  @Field(() => Int)
  customers!: number;
}

@ObjectType({ description: 'What approving a policy would do at an as-of date, computed by the same SQL; nothing is written' })
export class TierPolicyPreview {
  @Field()
  asOf!: string;

  @Field(() => Int)
  customers!: number;

  @Field(() => Int)
  moving!: number;

  @Field(() => [TierMove], { description: 'only actual moves (from ≠ to), largest first' })
  moves!: TierMove[];

  @Field(() => [TierCount], { description: 'current tiers at the as-of' })
  before!: TierCount[];

  @Field(() => [TierCount], { description: 'tiers under the previewed policy, every tier of its scheme (zeros included)' })
  after!: TierCount[];
}

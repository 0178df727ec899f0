import { Field, Float, InputType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Tier, TierScheme } from './tier-policy.enums';

@InputType()
export class TierRuleInput {
  @Field(() => Tier)
  tier!: Tier;

  @Field(() => GraphQLJSON, { nullable: true, description: '{ all: [..] } | { any: [..] } | { metric, op, value }; null on the last tier' })
  condition?: unknown;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'The portal writes a rule in words from its condition, in the reader’s language; leave it out.',
  })
  description?: string | null;
}

@InputType()
export class AssetCoefficientsInput {
  @Field(() => Float)
  deposit!: number;

  @Field(() => Float)
  wealth!: number;

  @Field(() => Float)
  timeDeposit!: number;
}

/** A policy as the editor sends it; checked by tierPolicyIssues (tier-policy.validation.ts) before anything is written or counted. */
@InputType()
export class TierPolicyInput {
  @Field(() => TierScheme)
  scheme!: TierScheme;

  @Field({ description: 'the name in Chinese, at most 100 characters' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'the name in English (optional, at most 100 characters); blank: none' })
  nameEn?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  effectiveFrom!: string;

  @Field(() => [TierRuleInput])
  rules!: TierRuleInput[];

  @Field(() => AssetCoefficientsInput)
  assetCoefficients!: AssetCoefficientsInput;
}

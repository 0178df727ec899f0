import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { AuditedEntity } from '@crm/kit';
import { PolicyStatus, Tier, TierScheme, type ScoreMetric } from './tier-policy.enums';

export type ComparisonOp = '>=' | '>' | '<=' | '<';
/** `{ metric, op, value }` compares one score column with a threshold. */
export interface MetricCondition {
  metric: ScoreMetric;
  op: ComparisonOp;
  value: number;
}
/** A rule condition as stored (jsonb) and sent (JSON scalar): a comparison, or all/any of conditions. */
export type TierCondition = MetricCondition | { all: TierCondition[] } | { any: TierCondition[] };

@ObjectType({
  description: 'One tier of a policy: the first rule (top to bottom) whose condition holds places the customer; the last has no condition',
})
export class TierRule {
  @Field(() => Tier)
  tier!: Tier;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: '{ all: [..] } | { any: [..] } | { metric, op, value }; null on the last tier (everyone else)',
  })
  condition!: TierCondition | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason:
      'Free text in whichever language its author wrote. The portal writes a rule in words from its condition, in the reader’s language; new drafts leave this null.',
  })
  description?: string | null;
}

@ObjectType({ description: 'Weights of 日均综合金融资产 (weighted daily-average financial assets), 0–2 each' })
export class AssetCoefficients {
  @Field(() => Float, { description: 'demand deposits' })
  deposit!: number;

  @Field(() => Float, { description: 'wealth-management products' })
  wealth!: number;

  @Field(() => Float, { description: 'time deposits' })
  timeDeposit!: number;
}

/**
 * A tier policy of head office's decision system (决策系统): a scheme, its rules top to bottom, the
 * asset coefficients, versioned per scheme (policyVersion). Maker-checker: drafted by one head-office
 * analyst (createdBy, createdAt), approved by another (approvedBy, approvedAt), never the same person.
 * At most one is ACTIVE bank-wide (a partial unique index); approving one supersedes the previous.
 */
@ObjectType({ description: 'A versioned tier policy (decision system)' })
@Entity({ tableName: 'tier_policy' })
export class TierPolicy extends AuditedEntity {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt' | 'version' | 'approvedByStaffId' | 'approvedAt' | 'nameEn';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => TierScheme)
  @Enum(() => TierScheme)
  scheme!: TierScheme;

  @Field(() => Int, { description: '1, 2, 3… per scheme' })
  @Property()
  policyVersion!: number;

  @Field({ description: 'the name in Chinese, as the bank’s staff read it (e.g. 日均综合金融资产分层)' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'the name in English, for the portal in English; null: show `name`' })
  @Property({ length: 100, nullable: true })
  nameEn?: string | null;

  @Field(() => PolicyStatus)
  @Enum(() => PolicyStatus)
  status: PolicyStatus = PolicyStatus.DRAFT;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => [TierRule])
  @Property({ type: 'json' })
  rules!: TierRule[];

  @Field(() => AssetCoefficients)
  @Property({ type: 'json' })
  assetCoefficients!: AssetCoefficients;

  /** the maker (exposed as createdBy) */
  @Property()
  createdByStaffId!: number;

  /** the checker (exposed as approvedBy): never the maker (tier_policy_four_eyes) */
  @Property({ nullable: true })
  approvedByStaffId?: number | null;

  @Field(() => Date, { nullable: true, description: 'when the checker approved it; null while a draft' })
  @Property({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;
}

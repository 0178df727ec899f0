import { DecimalType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

const points = () => new DecimalType('number');

/**
 * One version of the scorecard's weights for a unit and the units below it (the bank-wide default has
 * no unit), in force from a month. Versions are added, never edited: the scorecard of any month can be
 * explained by the version that was in force. The eight measures' weights sum to 100; the penalty for
 * new overdue loans is apart — points per loan, at most a cap.
 */
@ObjectType({ description: 'A version of the scorecard weights (percent, summing to 100) and the overdue-loan penalty' })
@Entity({ tableName: 'scorecard_weights' })
export class ScorecardWeights {
  [OptionalProps]?: 'setAt' | 'setByStaffId' | 'orgUnitId';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  /** null: the bank-wide default (orgUnit in GraphQL) */
  @Property({ nullable: true })
  orgUnitId?: number | null;

  @Property({ length: 255 })
  orgPath!: string;

  @Field(() => Int, { description: '1, 2, … per unit: pass it back when setting the next version (stale → CONFLICT)' })
  @Property()
  version!: number;

  /** first day of the first month it applies to; `effectiveFrom` ('YYYY-MM') in GraphQL */
  @Property({ type: 'date', fieldName: 'effective_from' })
  effectiveFromDay!: string;

  @Field(() => Float) @Property({ type: points() }) depositStock!: number;
  @Field(() => Float) @Property({ type: points() }) depositGrowth!: number;
  @Field(() => Float) @Property({ type: points() }) loanStock!: number;
  @Field(() => Float) @Property({ type: points() }) loanGrowth!: number;
  @Field(() => Float) @Property({ type: points() }) intermediaryIncome!: number;
  @Field(() => Float) @Property({ type: points() }) newBasicAccounts!: number;
  @Field(() => Float) @Property({ type: points() }) satisfaction!: number;
  @Field(() => Float) @Property({ type: points() }) onTimeTaskRate!: number;

  @Field(() => Float, { description: 'points taken off per new overdue loan' })
  @Property({ type: points() })
  overduePenaltyPerLoan!: number;

  @Field(() => Float, { description: 'the most points new overdue loans can take off in a month' })
  @Property({ type: points() })
  overduePenaltyCap!: number;

  /** null: the migration's default (setBy in GraphQL) */
  @Property({ nullable: true })
  setByStaffId?: number | null;

  @Field({ description: 'why the weights are what they are' })
  @Property({ length: 1000 })
  reason!: string;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  setAt: Date = new Date();
}

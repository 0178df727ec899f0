import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'The weight of each measure, percent; they sum to 100' })
export class ScorecardMeasureWeightsInput {
  @Field(() => Float) depositStock!: number;
  @Field(() => Float) depositGrowth!: number;
  @Field(() => Float) loanStock!: number;
  @Field(() => Float) loanGrowth!: number;
  @Field(() => Float) intermediaryIncome!: number;
  @Field(() => Float) newBasicAccounts!: number;
  @Field(() => Float) satisfaction!: number;
  @Field(() => Float) onTimeTaskRate!: number;
}

@InputType({ description: 'A new version of a unit’s scorecard weights, in force from a month' })
export class SetScorecardWeightsInput {
  @Field(() => ID, { nullable: true, description: 'the unit whose managers (and those below) it applies to; default your own unit' })
  orgUnitId?: string | null;

  @Field({ description: 'YYYY-MM: the first month it applies to — this month or later (a closed month is never re-scored)' })
  effectiveFrom!: string;

  @Field(() => ScorecardMeasureWeightsInput)
  weights!: ScorecardMeasureWeightsInput;

  @Field(() => Float, { description: 'points taken off per new overdue loan, 0–100' })
  overduePenaltyPerLoan!: number;

  @Field(() => Float, { description: 'the most points new overdue loans take off in a month, 0–100' })
  overduePenaltyCap!: number;

  @Field({ description: 'why these weights (kept with the version)' })
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'the unit’s latest version as you read it (scorecardWeights); omit when the unit has none of its own. Stale → CONFLICT',
  })
  version?: number | null;
}

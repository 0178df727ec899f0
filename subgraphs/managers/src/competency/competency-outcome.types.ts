import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { OrgUnitReference } from '@crm/kit';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { CompetencyDimension } from './competency.enums';

@ObjectType({ description: 'One manager in a scatter: a competency score against their scorecard total' })
export class CompetencyOutcomePoint {
  managerId!: number;

  @Field(() => CustomerManager)
  manager?: CustomerManager;

  @Field(() => Float, { description: 'the score (1–5) of the assessment in force at the period’s end' })
  score!: number;

  @Field(() => Float, { description: 'the scorecard total of the period' })
  outcome!: number;
}

@ObjectType({ description: 'Scores against outcomes: the points and Pearson’s correlation' })
export class CompetencyCorrelation {
  @Field(() => Float, {
    nullable: true,
    description: 'Pearson’s r (−1 … 1, 4 decimals); null with fewer than 3 managers or when scores or outcomes do not vary',
  })
  correlation!: number | null;

  @Field(() => [CompetencyOutcomePoint])
  points!: CompetencyOutcomePoint[];
}

@ObjectType({ description: 'One dimension’s scores against the managers’ scorecard totals' })
export class DimensionOutcome extends CompetencyCorrelation {
  @Field(() => CompetencyDimension)
  dimension!: CompetencyDimension;
}

@ObjectType({ description: 'Competency vs outcome: which dimensions go with results, across the managers of a unit' })
export class CompetencyVsOutcome {
  @Field({ description: 'YYYY-MM' })
  period!: string;

  @Field(() => OrgUnitReference)
  orgUnit!: OrgUnitReference;

  @Field(() => Int, { description: 'managers with both an assessment in force at the period’s end and a scorecard total' })
  managers!: number;

  @Directive('@listSize(assumedSize: 6)')
  @Field(() => [DimensionOutcome], { description: 'the six dimensions in the model’s order' })
  dimensions!: DimensionOutcome[];

  @Field(() => CompetencyCorrelation, { description: 'the overall score against the outcome' })
  overall!: CompetencyCorrelation;
}

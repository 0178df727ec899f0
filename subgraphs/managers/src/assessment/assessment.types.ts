import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CompetencyDimension } from '../competency/competency.enums';
import { AssessmentStatus } from './assessment.entity';

@ObjectType({ description: 'One requirement’s score at one point in time' })
export class DimensionScore {
  @Field(() => CompetencyDimension)
  dimension!: CompetencyDimension;

  @Field(() => Float)
  score!: number;
}

@ObjectType({ description: 'One submitted assessment as a point of the manager’s competency over time (a radar per point)' })
export class CompetencyHistoryPoint {
  @Field(() => ID)
  assessmentId!: number;

  @Field()
  submittedAt!: Date;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field(() => Float)
  overall!: number;

  @Field(() => Int, { description: 'the model version it was scored against' })
  modelVersion!: number;

  @Directive('@listSize(assumedSize: 6)')
  @Field(() => [DimensionScore])
  scores!: DimensionScore[];
}

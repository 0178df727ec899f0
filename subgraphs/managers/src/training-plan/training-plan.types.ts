import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OrgUnitReference } from '@crm/kit';
import { CompetencyDimension } from '../competency/competency.enums';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { TrainingPlanItem } from './training-plan.entity';

@ObjectType({ description: 'A dimension of the latest submitted assessment below the target of the manager’s grade' })
export class CompetencyGap {
  @Field(() => CompetencyDimension)
  dimension!: CompetencyDimension;

  @Field(() => Float)
  score!: number;

  @Field(() => Int, { description: 'the grade’s target level (in the model version of the assessment)' })
  target!: number;

  @Field(() => Float, { description: 'target − score' })
  gap!: number;

  @Field(() => ID)
  assessmentId!: number;
}

@ObjectType({ description: 'What planTraining did' })
export class PlanTrainingResult {
  @Field(() => CustomerManager)
  manager!: CustomerManager;

  @Field(() => Int, { description: 'how many courses were added (0 when the plan already covers every gap)' })
  added!: number;

  @Field(() => [TrainingPlanItem], { description: 'the items added' })
  items!: TrainingPlanItem[];
}

@ObjectType({ description: 'One dimension across a team: the latest submitted assessment of each active manager' })
export class TeamDimensionGap {
  @Field(() => CompetencyDimension)
  dimension!: CompetencyDimension;

  @Field(() => Int)
  managersAssessed!: number;

  @Field(() => Float, { nullable: true, description: 'null when nobody is assessed' })
  meanScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'mean of their grades’ targets' })
  meanTarget!: number | null;

  @Field(() => Int, { description: 'managers below their grade’s target' })
  belowTarget!: number;
}

@ObjectType({ description: 'Competency gaps of the managers of a unit and the units below it' })
export class TeamCompetencyGaps {
  @Field(() => OrgUnitReference)
  orgUnit!: OrgUnitReference;

  @Field(() => Int, { description: 'active managers of the team' })
  managers!: number;

  @Field(() => Int, { description: 'of them, with a submitted assessment' })
  managersAssessed!: number;

  @Directive('@listSize(assumedSize: 6)')
  @Field(() => [TeamDimensionGap], { description: 'the six dimensions in the model’s order' })
  dimensions!: TeamDimensionGap[];
}

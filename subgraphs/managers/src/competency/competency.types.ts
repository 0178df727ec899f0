import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ManagerGrade } from '../customer-manager/customer-manager.enums';
import { CompetencyDimension } from './competency.enums';

@ObjectType({ description: 'What a level of one requirement looks like in a manager’s work' })
export class CompetencyLevel {
  @Field(() => Int, { description: '1 (below what the job needs) … 5 (a role model)' })
  level!: number;

  @Field({ description: 'in Chinese, as the bank’s staff read it' })
  descriptor!: string;

  @Field()
  descriptorEn!: string;
}

@ObjectType({ description: 'The level a grade should reach in one requirement' })
export class GradeTarget {
  @Field(() => ManagerGrade)
  grade!: ManagerGrade;

  @Field(() => Int)
  level!: number;
}

@ObjectType({ description: 'One of the six requirements: its weight in the overall score, its levels, each grade’s target' })
export class CompetencyRequirement {
  @Field(() => CompetencyDimension)
  dimension!: CompetencyDimension;

  @Field({ description: 'e.g. 良好的道德素质' })
  name!: string;

  @Field()
  nameEn!: string;

  @Field(() => Float, { description: 'share of the overall score; the six sum to 1' })
  weight!: number;

  @Directive('@listSize(assumedSize: 5)')
  @Field(() => [CompetencyLevel], { description: 'levels 1 to 5' })
  levels!: CompetencyLevel[];

  @Directive('@listSize(assumedSize: 5)')
  @Field(() => [GradeTarget], { description: 'TRAINEE … PRINCIPAL' })
  targets!: GradeTarget[];
}

@ObjectType({ description: 'A version of the competency model (胜任力模型); assessments keep the version they were made with' })
export class CompetencyModel {
  @Field(() => ID)
  id!: number;

  @Field(() => Int, { description: '1, 2, 3…' })
  modelVersion!: number;

  @Field()
  name!: string;

  @Field()
  nameEn!: string;

  @Field({ description: 'YYYY-MM-DD: the newest model in effect is the one new assessments use' })
  effectiveFrom!: string;

  @Field({ description: 'whether new assessments use this version now' })
  active!: boolean;

  @Field(() => String, { nullable: true, description: 'why this version (its weights, what changed)' })
  note!: string | null;

  @Directive('@listSize(assumedSize: 6)')
  @Field(() => [CompetencyRequirement], { description: 'the six requirements in order' })
  dimensions!: CompetencyRequirement[];
}

import { DecimalType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AuditedEntity } from '@crm/kit';
import { CompetencyDimension } from '../competency/competency.enums';

export enum TrainingPlanStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TrainingPlanStatus, {
  name: 'TrainingPlanStatus',
  description: 'PLANNED → IN_PROGRESS → COMPLETED; PLANNED or IN_PROGRESS → CANCELLED',
});

/** A course of the training catalog (培训课程): it brings a manager to `level` in one dimension. */
@ObjectType({ description: 'A course of the training catalog' })
@Entity({ tableName: 'training_course' })
export class TrainingCourse {
  [OptionalProps]?: 'active';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'catalog code, e.g. SKL-302' })
  @Property({ length: 16 })
  code!: string;

  @Field(() => CompetencyDimension)
  @Enum(() => CompetencyDimension)
  dimension!: CompetencyDimension;

  @Field(() => Int, { description: 'the level (2–5) the course brings a manager to' })
  @Property()
  level!: number;

  @Field({ description: 'in Chinese' })
  @Property({ length: 100 })
  title!: string;

  @Field()
  @Property({ length: 150 })
  titleEn!: string;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,1)' })
  hours!: number;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}

/** One course planned for one manager to close a gap of an assessment. */
@ObjectType({ description: 'A course in a manager’s training plan, for a gap of their latest assessment' })
@Entity({ tableName: 'training_plan_item' })
export class TrainingPlanItem extends AuditedEntity {
  [OptionalProps]?: 'status' | 'plannedAt' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property()
  managerId!: number;

  @Property()
  courseId!: number;

  @Field(() => CompetencyDimension)
  @Enum(() => CompetencyDimension)
  dimension!: CompetencyDimension;

  @Field(() => ID, { description: 'the assessment whose gap this closes' })
  @Property()
  assessmentId!: number;

  @Field(() => Float, { description: 'the score when planned' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(2,1)' })
  scoreAtPlanning!: number;

  @Field(() => Int, { description: 'the grade’s target when planned' })
  @Property()
  targetLevel!: number;

  @Field(() => TrainingPlanStatus)
  @Enum(() => TrainingPlanStatus)
  status: TrainingPlanStatus = TrainingPlanStatus.PLANNED;

  @Property({ nullable: true })
  plannedByStaffId?: number | null;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  plannedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'when it was completed or cancelled' })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}

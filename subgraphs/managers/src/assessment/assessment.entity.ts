import { DecimalType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AuditedEntity } from '@crm/kit';
import { CompetencyDimension } from '../competency/competency.enums';

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'DRAFT (the trainer is writing it) → SUBMITTED (awaits the manager) → ACKNOWLEDGED (the manager has read it)',
});

@ObjectType({ description: 'A score of one requirement with what the trainer saw' })
export class AssessmentScore {
  @Field(() => CompetencyDimension)
  dimension!: CompetencyDimension;

  @Field(() => Float, { description: '1–5 in half steps (3.5: between the descriptors of 3 and 4)' })
  score!: number;

  @Field({ description: 'the evidence: what the trainer observed' })
  evidence!: string;
}

/**
 * A competency assessment of a customer manager by a trainer (培训师), against the model version in
 * effect when it was started. Scores live in managers.assessment_score; the overall is weighted by
 * that model on submit.
 */
@ObjectType({ description: 'A competency assessment of a customer manager by training staff' })
@Entity({ tableName: 'assessment' })
export class Assessment extends AuditedEntity {
  [OptionalProps]?: 'status' | 'assessedAt' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property()
  managerId!: number;

  @Property()
  assessorStaffId!: number;

  @Property()
  modelId!: number;

  @Field(() => AssessmentStatus)
  @Enum(() => AssessmentStatus)
  status: AssessmentStatus = AssessmentStatus.DRAFT;

  @Field(() => Float, { nullable: true, description: 'the model’s weighted mean of the six scores, 2 decimals; null while a draft' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,2)', nullable: true })
  overall?: number | null;

  @Field({ description: 'when the trainer started it' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  assessedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'what the manager said when acknowledging' })
  @Property({ length: 1000, nullable: true })
  managerComment?: string | null;
}

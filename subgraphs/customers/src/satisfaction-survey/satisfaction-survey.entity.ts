import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Customer } from '../customer/customer.entity';

export enum Touchpoint {
  COUNTER = 'COUNTER',
  MANAGER_VISIT = 'MANAGER_VISIT',
  COMPLAINT_HANDLING = 'COMPLAINT_HANDLING',
  MOBILE = 'MOBILE',
}
registerEnumType(Touchpoint, {
  name: 'Touchpoint',
  description: 'Where the customer met the bank: counter, manager visit, complaint handling, mobile',
});

/** CSAT (1–5) and/or NPS (0–10) from one touchpoint; at least one of the two (a check in the table too). */
@ObjectType({ description: 'A satisfaction survey answer: CSAT 1–5 and/or NPS 0–10' })
@Entity({ tableName: 'satisfaction_survey' })
export class SatisfactionSurvey {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @Field(() => Touchpoint)
  @Enum(() => Touchpoint)
  touchpoint!: Touchpoint;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  csat?: number;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  nps?: number;

  @Field(() => String, { nullable: true })
  @Property({ length: 2000, nullable: true })
  comment?: string;

  @Field()
  @Property({ type: 'timestamptz' })
  surveyedAt!: Date;

  /** GraphQL `serviceCase` goes through the scoped case loader */
  @Property({ nullable: true })
  serviceCaseId?: number;

  @Property({ nullable: true })
  recordedByStaffId?: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

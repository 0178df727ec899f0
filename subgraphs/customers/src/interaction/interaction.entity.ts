import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Customer } from '../customer/customer.entity';

export enum InteractionChannel {
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  COUNTER = 'COUNTER',
  MOBILE = 'MOBILE',
  WECHAT = 'WECHAT',
  EMAIL = 'EMAIL',
  EVENT = 'EVENT',
}
registerEnumType(InteractionChannel, { name: 'InteractionChannel' });

/** One contact with the customer: who (staff, and the unit they acted for), how, when, what came of it. */
@ObjectType({ description: 'A contact or conversation with the customer' })
@Entity({ tableName: 'interaction' })
export class Interaction {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @Property()
  staffId!: number;

  @Property()
  orgUnitId!: number;

  @Field(() => InteractionChannel)
  @Enum(() => InteractionChannel)
  channel!: InteractionChannel;

  @Field()
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field()
  @Property({ length: 2000 })
  summary!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  outcome?: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  nextStep?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  nextStepDue?: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

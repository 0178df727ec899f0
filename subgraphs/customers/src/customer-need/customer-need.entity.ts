import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AuditedEntity } from '@crm/kit';
import { Customer } from '../customer/customer.entity';

export enum NeedCategory {
  SAVINGS = 'SAVINGS',
  LOAN = 'LOAN',
  WEALTH = 'WEALTH',
  INSURANCE = 'INSURANCE',
  CARD = 'CARD',
  SETTLEMENT = 'SETTLEMENT',
  PAYROLL = 'PAYROLL',
  CONSULTING = 'CONSULTING',
  OTHER = 'OTHER',
}
registerEnumType(NeedCategory, { name: 'NeedCategory' });

export enum NeedPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(NeedPriority, { name: 'NeedPriority' });

export enum NeedStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  FULFILLED = 'FULFILLED',
  DROPPED = 'DROPPED',
}
registerEnumType(NeedStatus, { name: 'NeedStatus' });

/** A need or preference (需求与偏好) staff captured; product development reads them through customers_api.need. */
@ObjectType({ description: 'A need or preference of the customer (需求与偏好)' })
@Entity({ tableName: 'customer_need' })
export class CustomerNeed extends AuditedEntity {
  [OptionalProps]?: 'priority' | 'status' | 'capturedAt' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @Field(() => NeedCategory)
  @Enum(() => NeedCategory)
  category!: NeedCategory;

  @Field()
  @Property({ length: 1000 })
  description!: string;

  @Field(() => NeedPriority)
  @Enum(() => NeedPriority)
  priority: NeedPriority = NeedPriority.MEDIUM;

  @Field(() => NeedStatus)
  @Enum(() => NeedStatus)
  status: NeedStatus = NeedStatus.OPEN;

  @Property()
  capturedByStaffId!: number;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  capturedAt: Date = new Date();
}

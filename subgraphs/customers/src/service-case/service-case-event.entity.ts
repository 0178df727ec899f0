import { BigIntType, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CaseStatus, ServiceCase } from './service-case.entity';

export enum CaseAction {
  OPENED = 'OPENED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseAction, { name: 'CaseAction' });

/**
 * One step in a case's life: who (null = the system, e.g. escalation on SLA breach), when, the status
 * and the handling unit before and after. Append-only: written in the same transaction as the change.
 */
@ObjectType({ description: 'One recorded step of a service case: who, when, status and handling unit before and after' })
@Entity({ tableName: 'service_case_event' })
export class ServiceCaseEvent {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => ServiceCase, { ref: true, fieldName: 'case_id' })
  serviceCase!: Ref<ServiceCase>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => CaseAction)
  @Enum(() => CaseAction)
  action!: CaseAction;

  @Property({ nullable: true })
  byStaffId?: number | null;

  @Field(() => CaseStatus, { nullable: true })
  @Enum({ items: () => CaseStatus, nullable: true })
  fromStatus?: CaseStatus | null;

  @Field(() => CaseStatus)
  @Enum(() => CaseStatus)
  toStatus!: CaseStatus;

  @Property({ length: 255, nullable: true })
  fromOrgPath?: string | null;

  @Property({ length: 255 })
  toOrgPath!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 2000, nullable: true })
  note?: string | null;
}

import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AuditedEntity } from '@crm/kit';
import { Customer } from '../customer/customer.entity';

export enum CaseCategory {
  SERVICE_ATTITUDE = 'SERVICE_ATTITUDE',
  WAIT_TIME = 'WAIT_TIME',
  FEES = 'FEES',
  PRODUCT = 'PRODUCT',
  SYSTEM = 'SYSTEM',
  MIS_SELLING = 'MIS_SELLING',
  PRIVACY = 'PRIVACY',
  OTHER = 'OTHER',
}
registerEnumType(CaseCategory, { name: 'CaseCategory', description: '服务态度 · 等候时间 · 收费 · 产品 · 系统 · 误导销售 · 隐私 · 其他' });

export enum CaseSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(CaseSeverity, { name: 'CaseSeverity', description: 'SLA: CRITICAL 4 h, HIGH 24 h, MEDIUM 72 h, LOW 168 h' });

export enum CaseStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus', description: 'OPEN → ACKNOWLEDGED → RESOLVED → CLOSED' });

/**
 * How long the handling unit has, by severity — the one table of SLA windows. Opening a case and
 * every escalation (by hand or on breach) start a fresh window of this length.
 */
export const SLA_HOURS: Readonly<Record<CaseSeverity, number>> = {
  [CaseSeverity.CRITICAL]: 4,
  [CaseSeverity.HIGH]: 24,
  [CaseSeverity.MEDIUM]: 72,
  [CaseSeverity.LOW]: 168,
};

/** The statuses in which the SLA clock runs (and a case can be escalated). */
export const OPEN_STATUSES: readonly CaseStatus[] = [CaseStatus.OPEN, CaseStatus.ACKNOWLEDGED];

export const slaDueFrom = (from: Date, severity: CaseSeverity) => new Date(from.getTime() + SLA_HOURS[severity] * 3_600_000);

/**
 * A complaint or a bad-service report (不良服务). It is handled first by the customer's home unit and
 * moves UP the hierarchy when escalated, so its handler is always the home unit or an ancestor of it.
 * Visibility follows the customer's scope; acting on it needs the handling unit in your scope.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A complaint or bad-service case, with SLA and escalation up the hierarchy' })
@Entity({ tableName: 'service_case' })
export class ServiceCase extends AuditedEntity {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'Case number: SC + year and month opened (Beijing time) + 7-digit sequence, e.g. SC2026110000123' })
  @Property({ length: 20, unique: true })
  caseNo!: string;

  /** GraphQL `customer` is resolved through the scoped customer loader, never from this reference */
  @ManyToOne(() => Customer, { ref: true, fieldName: 'customer_id' })
  customer!: Ref<Customer>;

  @Field(() => CaseCategory)
  @Enum(() => CaseCategory)
  category!: CaseCategory;

  @Field(() => CaseSeverity)
  @Enum(() => CaseSeverity)
  severity!: CaseSeverity;

  @Field()
  @Property({ length: 200 })
  title!: string;

  @Field()
  @Property({ length: 4000 })
  description!: string;

  @Field(() => CaseStatus)
  @Enum(() => CaseStatus)
  status: CaseStatus = CaseStatus.OPEN;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  openedAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  slaDueAt!: Date;

  @Property()
  handlingOrgUnitId!: number;

  @Property({ length: 255 })
  handlingOrgPath!: string;

  @Field(() => Int, { description: '0 at the home unit; +1 for every step up' })
  @Property({ type: 'smallint', default: 0 })
  escalationLevel: number = 0;

  @Property()
  openedByStaffId!: number;

  @Field(() => String, { nullable: true })
  @Property({ length: 2000, nullable: true })
  rootCause?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 2000, nullable: true })
  resolution?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;
}

import { ArrayType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AuditedEntity } from '@crm/kit';
import { AssignmentReason, PortfolioTransferStatus } from './portfolio-assignment.enums';

/**
 * One period of one customer with one primary manager (managers.portfolio_assignment): open while
 * endedAt is null — at most one open row per customer, by the partial unique index. Rows are written
 * only by set-based SQL (the service) and read by the history loader, so this is the read model of
 * the row, not a MikroORM entity.
 */
@ObjectType({ description: 'A period with one primary customer manager: who assigned them, when, why, and who came before' })
export class PortfolioAssignment {
  @Field(() => ID)
  id!: string;

  customerId!: number;
  managerId!: number;
  /** the manager of the customer's previous period (the "from"); null for the first */
  previousManagerId!: number | null;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'null while this is the customer’s manager' })
  endedAt!: Date | null;

  @Field(() => AssignmentReason)
  reason!: AssignmentReason;

  @Field(() => String, { nullable: true, description: 'What the previous manager handed over' })
  handoverNote!: string | null;

  assignedByStaffId!: number | null;
  endedByStaffId!: number | null;
  /** the checker, when an approved transfer opened this period */
  approvedByStaffId!: number | null;
}

/**
 * A move of many customers waiting for a second leader (maker-checker, DESIGN.md): a whole portfolio
 * (fromManagerId) or a selection (customerIds). Nothing moves until a leader other than the maker
 * approves; approval moves them in one set-based statement.
 */
@ObjectType({ description: 'A request to move many customers to another manager; a second leader approves or rejects it' })
@Entity({ tableName: 'portfolio_transfer' })
export class PortfolioTransfer extends AuditedEntity {
  [OptionalProps]?:
    | 'status'
    | 'fromManagerId'
    | 'customerIds'
    | 'handoverNote'
    | 'movedCount'
    | 'decidedByStaffId'
    | 'decidedAt'
    | 'decisionNote'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => PortfolioTransferStatus)
  @Enum(() => PortfolioTransferStatus)
  status: PortfolioTransferStatus = PortfolioTransferStatus.PENDING;

  /** the manager whose whole portfolio moves; null for a selection */
  @Property({ nullable: true })
  fromManagerId?: number | null;

  /** the selected customers; null for a whole portfolio (whatever the manager keeps when approved) */
  @Property({ type: new ArrayType((i: string | number) => Number(i)), columnType: 'integer[]', nullable: true })
  customerIds?: number[] | null;

  @Property()
  toManagerId!: number;

  /** the deepest unit holding both managers and every customer moved: who may see and decide it */
  @Property({ length: 255 })
  orgPath!: string;

  @Field(() => AssignmentReason)
  @Enum(() => AssignmentReason)
  reason!: AssignmentReason;

  @Field(() => String, { nullable: true })
  @Property({ length: 1000, nullable: true })
  handoverNote?: string | null;

  @Field(() => Int, { description: 'How many customers would move when it was requested' })
  @Property()
  customerCount!: number;

  @Field(() => Int, { nullable: true, description: 'How many moved on approval (customers may have moved or closed meanwhile)' })
  @Property({ nullable: true })
  movedCount?: number | null;

  @Property()
  requestedByStaffId!: number;

  @Property({ nullable: true })
  decidedByStaffId?: number | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected' })
  @Property({ length: 1000, nullable: true })
  decisionNote?: string | null;
}

import { BigIntType, Entity, Enum, Formula, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AuditedEntity } from '@crm/kit';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { TaskKind, TaskSource, TaskStatus } from './task.enums';

/** "Today" on the bank's calendar (Beijing), in SQL: the one definition (migration 0004). */
export const BEIJING_TODAY = 'managers.beijing_today()';

/** Open and due before today (Beijing): the same expression in the field, the filters and the summaries. */
export const overdueSql = (alias: string) => `(${alias}.status = 'OPEN' and ${alias}.due_on < ${BEIJING_TODAY})`;

/**
 * A customer manager's task (visit, call, follow-up, marketing, an intermediary service, an event).
 * Its scope is its manager's: whoever may see the manager (their unit's path) sees their tasks.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A customer manager’s task: what to do, for whom, by when, and what came of it' })
@Entity({ tableName: 'task' })
export class Task extends AuditedEntity {
  [OptionalProps]?: 'status' | 'overdue' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('number') })
  id!: number;

  @ManyToOne(() => CustomerManager, { ref: true, fieldName: 'manager_id' })
  manager!: Ref<CustomerManager>;

  @Property({ nullable: true })
  customerId?: number | null;

  @Property({ length: 255, nullable: true })
  customerOrgPath?: string | null;

  @Field(() => TaskKind)
  @Enum(() => TaskKind)
  kind!: TaskKind;

  @Field()
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 1000, nullable: true })
  note?: string | null;

  @Field({ description: 'The day it is due (YYYY-MM-DD, Beijing calendar)' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => TaskStatus)
  @Enum(() => TaskStatus)
  status: TaskStatus = TaskStatus.OPEN;

  @Field({ description: 'Open and due before today on the Beijing calendar' })
  @Formula((table) => overdueSql(table.alias))
  overdue: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When it was done (null while open, and when cancelled)' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'What came of it; for a cancelled task, why' })
  @Property({ length: 1000, nullable: true })
  outcome?: string | null;

  @Field(() => TaskSource)
  @Enum(() => TaskSource)
  source!: TaskSource;

  /** what made it (rule or next step): one task per trigger, ever */
  @Property({ length: 100, nullable: true, unique: true })
  sourceKey?: string | null;

  /** null: made by a rule */
  @Property({ nullable: true })
  createdByStaffId?: number | null;
}

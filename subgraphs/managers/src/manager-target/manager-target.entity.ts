import { DecimalType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AuditedEntity } from '@crm/kit';

/** numeric columns arrive from PostgreSQL as strings; targets are read as numbers */
const amount = () => new DecimalType('number');

/**
 * What the branch expects of one customer manager for one month (考核目标): one row per manager and
 * month, edited in place with a version (a stale edit is CONFLICT). The penalty (new overdue loans)
 * has no target: every one counts against the manager.
 */
@ObjectType({ description: 'A customer manager’s targets for a month (考核目标)' })
@Entity({ tableName: 'manager_target' })
export class ManagerTarget extends AuditedEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'setByStaffId';

  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property()
  managerId!: number;

  /** the month's first day; `period` ('YYYY-MM') in GraphQL */
  @Property({ type: 'date', fieldName: 'period' })
  periodStart!: string;

  @Field(() => Float, { description: 'month-end deposits, CNY' })
  @Property({ type: amount() })
  depositStock!: number;

  @Field(() => Float, { description: 'deposits gained over the month, CNY' })
  @Property({ type: amount() })
  depositGrowth!: number;

  @Field(() => Float, { description: 'month-end loans and card balances owed, CNY' })
  @Property({ type: amount() })
  loanStock!: number;

  @Field(() => Float, { description: 'loans gained over the month, CNY' })
  @Property({ type: amount() })
  loanGrowth!: number;

  @Field(() => Float, { description: 'fees of the month, CNY' })
  @Property({ type: amount() })
  intermediaryIncome!: number;

  @Field(() => Int, { description: 'basic accounts opened in the month' })
  @Property()
  newBasicAccounts!: number;

  @Field(() => Float, { description: 'mean CSAT of the month’s surveys, 1–5' })
  @Property({ type: amount() })
  satisfaction!: number;

  @Field(() => Float, { description: 'share of the month’s tasks done by their due date, 0–1' })
  @Property({ type: amount() })
  onTimeTaskRate!: number;

  /** null: set by the demo seed */
  @Property({ nullable: true })
  setByStaffId?: number | null;
}

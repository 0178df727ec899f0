import { DecimalType, Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AuditedEntity } from '@crm/kit';
import { ACCOUNT_KIND_DESCRIPTION, AccountKind } from '@crm/shared-types';
import { Customer } from '../customer/customer.entity';

// the codes live in @crm/shared-types: a manager's ledger (managers) answers with them too
export { AccountKind };
registerEnumType(AccountKind, { name: 'AccountKind', description: ACCOUNT_KIND_DESCRIPTION });

export enum AccountStatus {
  OPEN = 'OPEN',
  FROZEN = 'FROZEN',
  CLOSED = 'CLOSED',
}
registerEnumType(AccountStatus, { name: 'AccountStatus' });

/** Kinds whose balance is money the customer holds with the bank (CustomerBalances.deposits). */
export const DEPOSIT_KINDS = [AccountKind.DEMAND_DEPOSIT, AccountKind.TIME_DEPOSIT, AccountKind.SETTLEMENT, AccountKind.BASIC] as const;

/**
 * A customer's account. Money is numeric(18,2) in PostgreSQL and a number here (CNY, 2 decimals —
 * well inside a double's exact range). For LOAN and CREDIT_CARD the balance is what the customer
 * owes. The account number has no plain field: AccountResolver returns it masked.
 */
@ObjectType({ description: 'An account: deposit, loan, card, wealth product, settlement or basic account' })
@Entity({ tableName: 'account' })
export class Account extends AuditedEntity {
  [OptionalProps]?: 'currency' | 'balance' | 'status' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 32, unique: true })
  accountNo!: string;

  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @Field(() => AccountKind)
  @Enum(() => AccountKind)
  kind!: AccountKind;

  @Field()
  @Property({ columnType: 'char(3)' })
  currency: string = 'CNY';

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), precision: 18, scale: 2 })
  balance: number = 0;

  @Field(() => Float, { nullable: true })
  @Property({ type: new DecimalType('number'), precision: 18, scale: 2, nullable: true })
  creditLimit?: number;

  @Field(() => Float, { nullable: true, description: 'Annual rate in percent (loans, time deposits)' })
  @Property({ type: new DecimalType('number'), precision: 7, scale: 4, nullable: true })
  interestRate?: number;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (time deposits, loans)' })
  @Property({ type: 'date', nullable: true })
  maturesOn?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  closedOn?: string;

  @Field(() => AccountStatus)
  @Enum(() => AccountStatus)
  status: AccountStatus = AccountStatus.OPEN;
}

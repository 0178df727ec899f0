import { DecimalType, Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AuditedEntity } from '@crm/kit';
import { Customer } from '../customer/customer.entity';

export enum AccountKind {
  DEMAND_DEPOSIT = 'DEMAND_DEPOSIT',
  TIME_DEPOSIT = 'TIME_DEPOSIT',
  LOAN = 'LOAN',
  CREDIT_CARD = 'CREDIT_CARD',
  WEALTH = 'WEALTH',
  SETTLEMENT = 'SETTLEMENT',
  BASIC = 'BASIC',
}
registerEnumType(AccountKind, {
  name: 'AccountKind',
  description:
    'DEMAND_DEPOSIT 活期 · TIME_DEPOSIT 定期 · LOAN 贷款 · CREDIT_CARD 信用卡 · WEALTH 理财 · SETTLEMENT 结算账户 · BASIC 基本账户',
});

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

import { BigIntType, DecimalType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TransactionChannel } from '@crm/shared-types';

export enum TransactionDirection {
  CREDIT = 'CREDIT',
  DEBIT = 'DEBIT',
}
registerEnumType(TransactionDirection, { name: 'TransactionDirection', description: 'CREDIT money in · DEBIT money out' });

export { TransactionChannel };
registerEnumType(TransactionChannel, { name: 'TransactionChannel' });

export enum TransactionCategory {
  DEPOSIT = 'DEPOSIT',
  WITHDRAWAL = 'WITHDRAWAL',
  TRANSFER_IN = 'TRANSFER_IN',
  TRANSFER_OUT = 'TRANSFER_OUT',
  SALARY = 'SALARY',
  CARD_SPEND = 'CARD_SPEND',
  LOAN_DRAWDOWN = 'LOAN_DRAWDOWN',
  LOAN_REPAYMENT = 'LOAN_REPAYMENT',
  INTEREST = 'INTEREST',
  FEE = 'FEE',
  COLLECTION_PAYMENT_AGENCY = 'COLLECTION_PAYMENT_AGENCY',
  BILL_SETTLEMENT = 'BILL_SETTLEMENT',
  WEALTH_PURCHASE = 'WEALTH_PURCHASE',
  WEALTH_REDEMPTION = 'WEALTH_REDEMPTION',
}
registerEnumType(TransactionCategory, {
  name: 'TransactionCategory',
  description: 'COLLECTION_PAYMENT_AGENCY 代收代付 · BILL_SETTLEMENT 票据解付 · the rest as named',
});

/**
 * One booking on an account (table customers.account_transaction). `customer_id` is a copy of the
 * account's customer so a customer's history is one index range (customer_id, booked_at desc, id desc).
 * Written by the core-banking feed and the seed, never through GraphQL.
 */
@ObjectType('Transaction', { description: 'A booking on an account' })
@Entity({ tableName: 'account_transaction' })
export class AccountTransaction {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @Property()
  accountId!: number;

  @Property()
  customerId!: number;

  @Field()
  @Property({ type: 'timestamptz' })
  bookedAt!: Date;

  @Field(() => Float, { description: 'Always positive; see direction' })
  @Property({ type: new DecimalType('number'), precision: 18, scale: 2 })
  amount!: number;

  @Field(() => TransactionDirection)
  @Enum(() => TransactionDirection)
  direction!: TransactionDirection;

  @Field(() => TransactionChannel)
  @Enum(() => TransactionChannel)
  channel!: TransactionChannel;

  @Field(() => TransactionCategory)
  @Enum(() => TransactionCategory)
  category!: TransactionCategory;

  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  counterparty?: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  description?: string;

  @Field(() => Float, { nullable: true })
  @Property({ type: new DecimalType('number'), precision: 18, scale: 2, nullable: true })
  balanceAfter?: number;
}

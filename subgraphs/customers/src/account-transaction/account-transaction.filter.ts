import { Field, Float, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { BadUserInputError, MAX_YUAN, parseId, type SqlCondition } from '@crm/kit';
import { TransactionCategory, TransactionChannel } from './account-transaction.entity';

@InputType({ description: 'All parts optional, combined with AND; an empty list means "any"' })
export class TransactionFilter {
  @Field(() => Date, { nullable: true, description: 'Booked at or after' })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Booked at or before' })
  @IsOptional()
  to?: Date;

  @Field(() => ID, { nullable: true, description: 'One of this customer’s accounts (another account gives an empty page)' })
  @IsOptional()
  accountId?: string;

  @Field(() => [TransactionChannel], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.keys(TransactionChannel).length)
  channels?: TransactionChannel[];

  @Field(() => [TransactionCategory], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.keys(TransactionCategory).length)
  categories?: TransactionCategory[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'minAmount must not be negative' })
  @Max(MAX_YUAN)
  minAmount?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'maxAmount must not be negative' })
  @Max(MAX_YUAN)
  maxAmount?: number;
}

/**
 * The filter as SQL conditions on `x` (customers.account_transaction). The customer is the partition
 * of the loader, so an accountId of another customer simply matches nothing.
 */
export function transactionConditions(filter?: TransactionFilter | null): SqlCondition[] {
  if (!filter) return [];
  const { from, to, minAmount, maxAmount } = filter;
  if (from && to && from.getTime() > to.getTime()) throw new BadUserInputError('from must not be after to', 'from');
  if (minAmount != null && maxAmount != null && minAmount > maxAmount)
    throw new BadUserInputError('minAmount must not be more than maxAmount', 'minAmount');
  const where: SqlCondition[] = [];
  if (from) where.push({ sql: 'x.booked_at >= ?', params: [from] });
  if (to) where.push({ sql: 'x.booked_at <= ?', params: [to] });
  if (filter.accountId != null) where.push({ sql: 'x.account_id = ?', params: [parseId(filter.accountId, 'accountId')] });
  if (filter.channels?.length) where.push({ sql: 'x.channel in (?)', params: [filter.channels] });
  if (filter.categories?.length) where.push({ sql: 'x.category in (?)', params: [filter.categories] });
  if (minAmount != null) where.push({ sql: 'x.amount >= ?', params: [minAmount] });
  if (maxAmount != null) where.push({ sql: 'x.amount <= ?', params: [maxAmount] });
  return where;
}

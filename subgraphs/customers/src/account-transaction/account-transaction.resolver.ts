import { Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Paged, type RequestContext } from '@crm/kit';
import { Account } from '../account/account.entity';
import { scopedAccountLoader } from '../account/account.service';
import { AccountTransaction } from './account-transaction.entity';

@ObjectType()
export class TransactionPage extends Paged(AccountTransaction) {}

@Resolver(() => AccountTransaction)
export class AccountTransactionResolver {
  @FieldResolver(() => Account, { description: 'The account it was booked on' })
  account(@Root() t: AccountTransaction, @Ctx() ctx: RequestContext) {
    // one query for all transactions of the request; the loader joins the customer's path, so even a
    // stray account id could not show another unit's account
    return scopedAccountLoader(ctx).load(t.accountId);
  }
}

import { pagedGroupLoader, type PageInput, type RequestContext } from '@crm/kit';
import { customerInScope } from '../customer/customer.access';
import { AccountTransaction } from './account-transaction.entity';
import { transactionConditions, type TransactionFilter } from './account-transaction.filter';

/**
 * A page of transactions, newest first, for every customer of a batch in one statement (the 360, or
 * a list of customers each asking for their latest). Customers passed in are already in scope.
 */
export const transactionsOfCustomers = (
  ctx: RequestContext,
  filter: TransactionFilter | null | undefined,
  page: PageInput | null | undefined,
) =>
  pagedGroupLoader(ctx, 'AccountTransaction', page, {
    from: 'customers.account_transaction',
    parent: 'customer_id',
    orderBy: 'x.booked_at desc, x.id desc',
    where: [customerInScope(ctx), ...transactionConditions(filter)],
    map: (row) => ctx.em.map(AccountTransaction, row),
  });

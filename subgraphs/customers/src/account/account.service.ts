import { groupLoader, idLoader, type RequestContext } from '@crm/kit';
import { Account, AccountKind, AccountStatus, DEPOSIT_KINDS } from './account.entity';

/**
 * Every account of a batch of customers, one query per request (the 360 and `customers { items { accounts } }`).
 * Callers pass customers that already passed the scope check, so the accounts are in scope by construction.
 */
export const accountsOfCustomers = (ctx: RequestContext) =>
  groupLoader(
    ctx,
    'Account#byCustomer',
    (customerIds) =>
      ctx.em.find(
        Account,
        { customer: { id: { $in: [...customerIds] }, homeOrgPath: ctx.scope.where() } },
        { orderBy: { openedOn: 'asc', id: 'asc' } },
      ),
    (a) => a.customer.id,
  );

/** One account by id, joined to its customer's home path: outside the scope it is null, like a missing one. */
export const scopedAccountLoader = (ctx: RequestContext) =>
  idLoader(ctx, Account, { customer: { homeOrgPath: ctx.scope.where() } }, 'Account#scoped');

export interface Balances {
  deposits: number;
  loans: number;
  wealth: number;
  creditCardDebt: number;
}

/**
 * Sums over a customer's accounts that are not closed (frozen money is still the customer's).
 * In whole fen so the sum is exact; CNY only — this subgraph holds no exchange rates, so foreign-currency
 * accounts are listed but not added up.
 */
export function balancesOf(accounts: readonly Account[]): Balances {
  const fen = { deposits: 0, loans: 0, wealth: 0, creditCardDebt: 0 };
  for (const a of accounts) {
    if (a.status === AccountStatus.CLOSED || a.currency !== 'CNY') continue;
    const amount = Math.round(a.balance * 100);
    if ((DEPOSIT_KINDS as readonly AccountKind[]).includes(a.kind)) fen.deposits += amount;
    else if (a.kind === AccountKind.LOAN) fen.loans += amount;
    else if (a.kind === AccountKind.WEALTH) fen.wealth += amount;
    else if (a.kind === AccountKind.CREDIT_CARD) fen.creditCardDebt += amount;
  }
  return { deposits: fen.deposits / 100, loans: fen.loans / 100, wealth: fen.wealth / 100, creditCardDebt: fen.creditCardDebt / 100 };
}

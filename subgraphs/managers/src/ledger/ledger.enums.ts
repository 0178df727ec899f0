import { registerEnumType } from 'type-graphql';
import { ACCOUNT_KIND_DESCRIPTION, AccountKind, SortDirection, Tier, TIER_VALUE_DESCRIPTIONS } from '@crm/shared-types';

/**
 * Enums the ledger shares with the customers and analysis subgraphs. Federation composes an enum used
 * as input and output only when every subgraph declares it alike, so each is registered here exactly as
 * its owner does (customers: src/account/account.entity.ts, src/customer/customer.sort.ts; the tier
 * codes from @crm/shared-types, as customers and analysis register them).
 */
export { Tier };
registerEnumType(Tier, { name: 'Tier', valuesConfig: TIER_VALUE_DESCRIPTIONS });

/** customers' AccountKind, from @crm/shared-types like the tier codes. */
export { AccountKind };
registerEnumType(AccountKind, { name: 'AccountKind', description: ACCOUNT_KIND_DESCRIPTION });
export const ACCOUNT_KIND_ORDER = Object.values(AccountKind);

/** customers' SortDirection. */
export { SortDirection };
registerEnumType(SortDirection, { name: 'SortDirection' });

/** What a ledger can be sorted by; the customer id breaks ties in the same direction, so pages never overlap or skip. */
export enum LedgerSort {
  DEPOSITS = 'DEPOSITS',
  LOANS = 'LOANS',
  TIER = 'TIER',
  LAST_CONTACT = 'LAST_CONTACT',
  MATURING = 'MATURING',
  CUSTOMER_NO = 'CUSTOMER_NO',
}
registerEnumType(LedgerSort, {
  name: 'LedgerSort',
  description: 'Sort keys of a manager’s ledger (台账); ties broken by customer id in the same direction',
  valuesConfig: {
    DEPOSITS: { description: 'deposit balance now, CNY (default direction DESC: largest first)' },
    LOANS: { description: 'loan and credit-card balance now, CNY (DESC: largest first)' },
    TIER: { description: 'tier rank within the active scheme (DESC: VIP/GOLD first); customers not tiered count as lowest' },
    LAST_CONTACT: { description: 'latest contact (DESC: most recent first); never contacted counts as longest ago' },
    MATURING: {
      description: 'the next time deposit maturing or loan falling due, from today (ASC: soonest first); nothing due counts as farthest',
    },
    CUSTOMER_NO: { description: 'customer number (ASC)' },
  },
});

/** Each key's natural direction when none is given: amounts, ranks and dates of contact largest/latest first, due dates soonest first. */
export const DEFAULT_LEDGER_DIRECTION: Record<LedgerSort, SortDirection> = {
  DEPOSITS: SortDirection.DESC,
  LOANS: SortDirection.DESC,
  TIER: SortDirection.DESC,
  LAST_CONTACT: SortDirection.DESC,
  MATURING: SortDirection.ASC,
  CUSTOMER_NO: SortDirection.ASC,
};

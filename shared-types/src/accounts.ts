/**
 * Kinds of account (customers owns accounts: `enum AccountKind` in its schema). Defined once here
 * because another subgraph also answers with them (a manager's ledger: the products each customer
 * holds), and federation composes an enum only when every subgraph declares it alike.
 */
export enum AccountKind {
  DEMAND_DEPOSIT = 'DEMAND_DEPOSIT',
  TIME_DEPOSIT = 'TIME_DEPOSIT',
  LOAN = 'LOAN',
  CREDIT_CARD = 'CREDIT_CARD',
  WEALTH = 'WEALTH',
  SETTLEMENT = 'SETTLEMENT',
  BASIC = 'BASIC',
}

/** The description of the GraphQL enum `AccountKind`, for every subgraph that registers it. */
export const ACCOUNT_KIND_DESCRIPTION =
  'DEMAND_DEPOSIT 活期 · TIME_DEPOSIT 定期 · LOAN 贷款 · CREDIT_CARD 信用卡 · WEALTH 理财 · SETTLEMENT 结算账户 · BASIC 基本账户';

/** A sort's direction: the GraphQL enum `SortDirection` of every list the server sorts (customers, a ledger). */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/**
 * Where a transaction was made. Part of the published view `customers_api.account_transaction`
 * (customers owns it) and of the analysis channel mix computed from it: one definition, registered
 * as the GraphQL enum `TransactionChannel` by each subgraph that returns it.
 */
export enum TransactionChannel {
  COUNTER = 'COUNTER',
  ATM = 'ATM',
  MOBILE = 'MOBILE',
  ONLINE = 'ONLINE',
  POS = 'POS',
}

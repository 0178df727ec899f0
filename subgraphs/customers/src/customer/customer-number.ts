/**
 * SQL for the next customer number: C + the sequence, zero-padded to nine digits like the seeded
 * ones (C100002995), never truncated when the bank outgrows them.
 */
export const NEXT_CUSTOMER_NO_SQL = `'C' || lpad(s.n::text, greatest(9, length(s.n::text)), '0')`;
export const CUSTOMER_NO_SEQUENCE = 'customers.customer_no_seq';

/** `n` new customer numbers in one statement, in order. */
export const nextCustomerNumbersSql = (countParam: string) =>
  `select ${NEXT_CUSTOMER_NO_SQL} as customer_no from (select nextval('${CUSTOMER_NO_SEQUENCE}') as n from generate_series(1, ${countParam})) s`;

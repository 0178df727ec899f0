import { withSql } from '@crm/kit/testing';

/** Customer ids by name, from insertCustomers (names are '<outlet>客户<n>'). */
export async function customerIdsByName(url: string): Promise<Record<string, number>> {
  const rows = await withSql(url, (q) => q('select id, name from customers.customer'));
  return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}

const KINDS = `array['DEMAND_DEPOSIT','TIME_DEPOSIT','LOAN','CREDIT_CARD','WEALTH','SETTLEMENT','BASIC','DEMAND_DEPOSIT']`;

/**
 * n accounts of a customer, set-based: kinds cycle through every AccountKind; balance 1000 × g;
 * the last one is CLOSED when `closeLast`. Account numbers 6222 + customer + g (19 digits).
 */
export async function insertAccounts(url: string, customerId: number, n: number, opts: { closeLast?: boolean } = {}): Promise<number[]> {
  const rows = await withSql(url, (q) =>
    q(
      `insert into customers.account (account_no, customer_id, kind, balance, credit_limit, interest_rate, opened_on, matures_on, closed_on, status)
     select '6222' || lpad($1::text, 9, '0') || lpad(g::text, 6, '0'), $1::int, k.kind, 1000 * g,
            case when k.kind = 'CREDIT_CARD' then 50000 end,
            case when k.kind in ('LOAN','TIME_DEPOSIT') then 3.1 end,
            date '2020-01-01' + g, case when k.kind in ('LOAN','TIME_DEPOSIT') then date '2030-01-01' end,
            case when $3::boolean and g = $2 then date '2024-06-30' end,
            case when $3::boolean and g = $2 then 'CLOSED' else 'OPEN' end
     from generate_series(1, $2::int) g, lateral (select (${KINDS})[(g - 1) % 8 + 1] as kind) k
     order by g
     returning id`,
      [customerId, n, opts.closeLast ?? false],
    ),
  );
  return rows.map((r) => r.id);
}

/**
 * n transactions spread over a customer's accounts, set-based: one an hour from 2025-01-01 00:00 UTC
 * (transaction g at hour g-1); amount g + 0.25; channel and category cycle (COUNTER ATM MOBILE ONLINE POS).
 */
export async function insertTransactions(url: string, customerId: number, n: number) {
  await withSql(url, (q) =>
    q(
      `with accounts as (select array_agg(id order by id) as ids from customers.account where customer_id = $1::int)
     insert into customers.account_transaction (account_id, customer_id, booked_at, amount, direction, channel, category, counterparty, description, balance_after)
     select a.ids[(g - 1) % cardinality(a.ids) + 1], $1::int, timestamptz '2025-01-01 00:00:00+00' + (g - 1) * interval '1 hour', g + 0.25,
            case when g % 2 = 0 then 'CREDIT' else 'DEBIT' end,
            (array['COUNTER','ATM','MOBILE','ONLINE','POS'])[(g - 1) % 5 + 1],
            (array['DEPOSIT','WITHDRAWAL','SALARY','CARD_SPEND','FEE'])[(g - 1) % 5 + 1],
            '对方' || g, '交易' || g, 10000 + g
     from accounts a, generate_series(1, $2::int) g`,
      [customerId, n],
    ),
  );
}

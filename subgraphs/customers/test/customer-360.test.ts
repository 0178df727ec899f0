import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { insertCustomers, PATHS } from './fixture';
import { customerIdsByName, insertAccounts, insertTransactions } from './money-history.fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let bj0101: string, sh0101: string;
let small: number, big: number, shCustomer: number;
let names: Record<string, number>;

/** Rows for every 360 field of one customer: contacts, needs, surveys, a relationship. */
async function insertHistory(customerId: number, n: number, relatedId: number) {
  await withSql(db.url, async (q) => {
    await q(
      `insert into customers.interaction (customer_id, staff_id, org_unit_id, channel, occurred_at, summary)
             select $1, 1, 4, 'VISIT', now() - g * interval '1 day', '拜访 ' || g from generate_series(1, $2::int) g`,
      [customerId, n],
    );
    await q(
      `insert into customers.customer_need (customer_id, category, description, captured_by_staff_id)
             select $1, 'WEALTH', '需求 ' || g, 1 from generate_series(1, $2::int) g`,
      [customerId, n],
    );
    await q(
      `insert into customers.satisfaction_survey (customer_id, touchpoint, csat, nps, surveyed_at)
             select $1, 'COUNTER', 1 + g % 5, g % 11, now() - g * interval '1 day' from generate_series(1, $2::int) g`,
      [customerId, n],
    );
    await q(`insert into customers.customer_relationship (from_customer_id, to_customer_id, kind) values ($1, $2, 'GUARANTOR_FOR')`, [
      customerId,
      relatedId,
    ]);
  });
}

beforeAll(async () => {
  await insertCustomers(db.url, 30);
  names = await customerIdsByName(db.url);
  small = names['BJ0101客户1'];
  big = names['BJ0101客户2'];
  shCustomer = names['SH0101客户1'];
  await insertAccounts(db.url, small, 2);
  await insertTransactions(db.url, small, 10);
  await insertAccounts(db.url, big, 8);
  await insertTransactions(db.url, big, 600);
  await insertHistory(small, 2, names['BJ0101客户3']);
  await insertHistory(big, 60, shCustomer);
  // every customer of BJ0101 gets accounts, so a list page has children to batch
  for (let g = 3; g <= 30; g++) await insertAccounts(db.url, names[`BJ0101客户${g}`], 3);
  await insertAccounts(db.url, shCustomer, 2);
  await insertTransactions(db.url, shCustomer, 20);
  sg = await startTestSubgraph(customersSubgraph, db.url);
  bj0101 = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101 }));
  sh0101 = await tokenFor(staffClaims({ orgPath: PATHS.SH0101 }));
});
afterAll(() => sg?.close());

const TX = 'items { id bookedAt amount direction channel category account { id accountNo kind } } total page pageSize';
const THREE_SIXTY = `query($id: ID!) {
  customer(id: $id) {
    id name
    accounts(includeClosed: true) { id accountNo kind currency balance creditLimit interestRate openedOn maturesOn closedOn status }
    balances { deposits loans wealth creditCardDebt }
    t1: transactions(page: { page: 1, pageSize: 100 }) { ${TX} }
    t2: transactions(page: { page: 2, pageSize: 100 }) { ${TX} }
    t3: transactions(page: { page: 3, pageSize: 100 }) { ${TX} }
    t4: transactions(page: { page: 4, pageSize: 100 }) { ${TX} }
    t5: transactions(page: { page: 5, pageSize: 100 }) { ${TX} }
    interactions(page: { pageSize: 100 }) { total items { id channel occurredAt summary staff { id } orgUnit { id } } }
    needs { id category status capturedBy { id } version }
    surveys(page: { pageSize: 100 }) { total items { id csat nps touchpoint serviceCase { id } } }
    relationships { id kind direction relatedName related { id name } }
  }
}`;

describe('customer 360', () => {
  it('answers every field at once, account numbers masked, money as numbers', async () => {
    const res = await gql(sg.url, THREE_SIXTY, { id: String(small) }, bj0101);
    expect(res.errors).toBeUndefined();
    const c = res.data!.customer;
    expect(c.accounts).toHaveLength(2);
    for (const a of c.accounts) expect(a.accountNo).toMatch(/^6222 \*{4} \d{4}$/);
    expect(c.accounts[0]).toMatchObject({ kind: 'DEMAND_DEPOSIT', currency: 'CNY', balance: 1000, openedOn: '2020-01-02', status: 'OPEN' });
    expect(c.accounts[1]).toMatchObject({ kind: 'TIME_DEPOSIT', interestRate: 3.1, maturesOn: '2030-01-01' });
    expect(c.balances).toEqual({ deposits: 3000, loans: 0, wealth: 0, creditCardDebt: 0 });
    expect(c.t1).toMatchObject({ total: 10, page: 1, pageSize: 100 });
    expect(c.t1.items).toHaveLength(10);
    expect(c.t1.items[0]).toMatchObject({ amount: 10.25, bookedAt: '2025-01-01T09:00:00.000Z' }); // newest first
    expect(c.t1.items[0].account.accountNo).toMatch(/^6222 \*{4}/);
    expect(c.t2).toMatchObject({ total: 10, items: [] });
    expect(c.interactions.total).toBe(2);
    expect(c.interactions.items[0]).toMatchObject({ channel: 'VISIT', staff: { id: '1' }, orgUnit: { id: '4' } });
    expect(c.needs).toHaveLength(2);
    expect(c.needs[0]).toMatchObject({ status: 'OPEN', capturedBy: { id: '1' }, version: 1 });
    expect(c.surveys.total).toBe(2);
    expect(c.relationships).toEqual([
      {
        id: expect.any(String),
        kind: 'GUARANTOR_FOR',
        direction: 'OUTGOING',
        relatedName: 'BJ0101客户3',
        related: { id: String(names['BJ0101客户3']), name: 'BJ0101客户3' },
      },
    ]);
  });

  it('costs the same SQL with 2 accounts / 10 transactions as with 8 accounts / 500 transactions shown', async () => {
    const a = await countSql(['customers'], () => gql(sg.url, THREE_SIXTY, { id: String(small) }, bj0101));
    const b = await countSql(['customers'], () => gql(sg.url, THREE_SIXTY, { id: String(big) }, bj0101));
    expect(a.result.errors).toBeUndefined();
    expect(b.result.errors).toBeUndefined();
    const shown = ['t1', 't2', 't3', 't4', 't5'].reduce((n, t) => n + b.result.data!.customer[t].items.length, 0);
    expect(shown).toBe(500);
    expect(b.result.data!.customer.accounts).toHaveLength(8);
    expect(b.result.data!.customer.interactions.items).toHaveLength(60);
    expect(b.counts.customers).toBe(a.counts.customers);
    // customer, accounts (+balances), 5 transaction pages, their accounts, interactions, needs, surveys, relationships, related customers
    expect(a.counts.customers).toBeLessThanOrEqual(14);
    console.info(
      `customer 360: ${a.counts.customers} SQL statements (2 accounts/10 tx) vs ${b.counts.customers} (8 accounts/500 tx shown)`,
    );
  });

  it('a list page of 20 customers with their 360 fields costs the same as 5', async () => {
    const LIST = `query($n: Int!) { customers(page: { pageSize: $n }) { items { id
      accounts { id accountNo balance } balances { deposits }
      transactions(page: { pageSize: 3 }) { total items { id account { id } } }
      interactions(page: { pageSize: 2 }) { total } needs { id } surveys { total } relationships { relatedName related { id } } } } }`;
    const five = await countSql(['customers'], () => gql(sg.url, LIST, { n: 5 }, bj0101));
    const twenty = await countSql(['customers'], () => gql(sg.url, LIST, { n: 20 }, bj0101));
    expect(twenty.result.errors).toBeUndefined();
    expect(twenty.result.data!.customers.items).toHaveLength(20);
    expect(twenty.result.data!.customers.items.filter((c: { accounts: unknown[] }) => c.accounts.length > 0).length).toBeGreaterThanOrEqual(
      18,
    );
    expect(twenty.counts.customers).toBe(five.counts.customers);
    console.info(
      `customer list with 360 fields: ${five.counts.customers} SQL statements for 5 customers, ${twenty.counts.customers} for 20`,
    );
  });

  it('gives another outlet nothing: by id, by _entities', async () => {
    const byId = await gql(sg.url, THREE_SIXTY, { id: String(big) }, sh0101);
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.customer).toBeNull();
    const entities = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id accounts { id } balances { deposits }
      transactions { total } interactions { total } needs { id } surveys { total } relationships { id } } } }`,
      {
        r: [
          { __typename: 'Customer', id: String(big) },
          { __typename: 'Customer', id: String(small) },
        ],
      },
      sh0101,
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data!._entities).toEqual([null, null]);
    const list = await gql(
      sg.url,
      `{ customers(page: { pageSize: 100 }) { items { name transactions { items { account { id } } } relationships { relatedName related { id } } } } }`,
      {},
      sh0101,
    );
    expect(JSON.stringify(list.data)).not.toContain('BJ0101');
  });

  it('shows a related customer of another unit only as a neutral label, seen from that unit', async () => {
    const res = await gql(
      sg.url,
      `query($id: ID!) { customer(id: $id) { relationships { kind direction relatedName related { id } } } }`,
      { id: String(shCustomer) },
      sh0101,
    );
    expect(res.data!.customer.relationships).toEqual([
      { kind: 'GUARANTOR_FOR', direction: 'INCOMING', relatedName: '其他机构客户 (another unit’s customer)', related: null },
    ]);
  });
});

describe('published views (customers_api)', () => {
  const PII = [
    'id_number',
    'phone',
    'address',
    'email',
    'name',
    'account_no',
    'legal_representative',
    'counterparty',
    'description',
    'summary',
    'comment',
  ];

  it('are all selectable and carry no personal data', async () => {
    const views = await withSql(db.url, (q) =>
      q(`select table_name from information_schema.views where table_schema = 'customers_api' order by 1`),
    );
    expect(views.map((v) => v.table_name)).toEqual(
      expect.arrayContaining(['account', 'transaction', 'survey', 'service_case', 'relationship', 'need', 'customer', 'balance_monthly']),
    );
    for (const { table_name } of views) {
      const rows = await withSql(db.url, (q) => q(`select * from customers_api."${table_name}" limit 1`));
      expect(Array.isArray(rows)).toBe(true);
      const columns = await withSql(db.url, (q) =>
        q(`select column_name from information_schema.columns where table_schema = 'customers_api' and table_name = $1`, [table_name]),
      );
      const leaked = columns.map((c) => c.column_name).filter((c) => PII.includes(c));
      expect(leaked, `customers_api.${table_name}`).toEqual([]);
    }
    const tx = await withSql(db.url, (q) => q(`select count(*)::int as n from customers_api.transaction where customer_id = $1`, [big]));
    expect(tx[0].n).toBe(600);
  });
});

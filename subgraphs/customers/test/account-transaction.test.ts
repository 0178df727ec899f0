import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, startTestSubgraph, tokenFor } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { insertCustomers, PATHS } from './fixture';
import { customerIdsByName, insertAccounts, insertTransactions } from './money-history.fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let bj0101: string, sh0101: string;
let customer: number, neighbour: number, shCustomer: number;
let accounts: number[], neighbourAccounts: number[], shAccounts: number[];

beforeAll(async () => {
  await insertCustomers(db.url, 3);
  const names = await customerIdsByName(db.url);
  customer = names['BJ0101客户1'];
  neighbour = names['BJ0101客户2'];
  shCustomer = names['SH0101客户1'];
  accounts = await insertAccounts(db.url, customer, 8, { closeLast: true });
  await insertTransactions(db.url, customer, 240); // 10 days, one an hour, over 8 accounts
  neighbourAccounts = await insertAccounts(db.url, neighbour, 1);
  await insertTransactions(db.url, neighbour, 5);
  shAccounts = await insertAccounts(db.url, shCustomer, 1);
  await insertTransactions(db.url, shCustomer, 5);
  sg = await startTestSubgraph(customersSubgraph, db.url);
  bj0101 = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101 }));
  sh0101 = await tokenFor(staffClaims({ orgPath: PATHS.SH0101 }));
});
afterAll(() => sg?.close());

const TX = `query($id: ID!, $filter: TransactionFilter, $page: PageInput) { customer(id: $id) {
  transactions(filter: $filter, page: $page) { total page pageSize items { id bookedAt amount direction channel category counterparty balanceAfter account { id } } } } }`;
const tx = async (filter: Record<string, unknown> | null, page?: Record<string, unknown>, id = customer, token = bj0101) =>
  gql(sg.url, TX, { id: String(id), filter, page }, token);

describe('accounts and balances', () => {
  it('lists open accounts oldest first, closed ones only when asked, numbers masked', async () => {
    const res = await gql(
      sg.url,
      `query($id: ID!) { customer(id: $id) {
      open: accounts { id accountNo kind status } all: accounts(includeClosed: true) { id status closedOn creditLimit }
      balances { deposits loans wealth creditCardDebt } } }`,
      { id: String(customer) },
      bj0101,
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.customer;
    expect(c.open.map((a: { id: string }) => Number(a.id))).toEqual(accounts.slice(0, 7));
    expect(c.all).toHaveLength(8);
    expect(c.all[7]).toMatchObject({ status: 'CLOSED', closedOn: '2024-06-30' });
    expect(c.all[3]).toMatchObject({ creditLimit: 50000 });
    for (const a of c.open) {
      expect(a.accountNo).toMatch(/^6222 \*{4} \d{4}$/);
      expect(a.accountNo).not.toContain(String(customer).padStart(9, '0'));
    }
    // kinds cycle DEMAND, TIME, LOAN, CARD, WEALTH, SETTLEMENT, BASIC, DEMAND(closed); balance 1000 × g
    expect(c.balances).toEqual({ deposits: 1000 + 2000 + 6000 + 7000, loans: 3000, wealth: 5000, creditCardDebt: 4000 });
  });
});

describe('transactions', () => {
  it('pages newest first with the total', async () => {
    const p1 = await tx(null, { page: 1, pageSize: 50 });
    const p5 = await tx(null, { page: 5, pageSize: 50 });
    const past = await tx(null, { page: 9, pageSize: 50 });
    expect(p1.data!.customer.transactions).toMatchObject({ total: 240, page: 1, pageSize: 50 });
    const items = p1.data!.customer.transactions.items;
    expect(items).toHaveLength(50);
    expect(items[0]).toMatchObject({ amount: 240.25, bookedAt: '2025-01-10T23:00:00.000Z', balanceAfter: 10240, counterparty: '对方240' });
    const times = items.map((t: { bookedAt: string }) => t.bookedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(p5.data!.customer.transactions.items).toHaveLength(40);
    expect(p5.data!.customer.transactions.items.at(-1).amount).toBe(1.25);
    expect(past.data!.customer.transactions).toMatchObject({ total: 240, page: 9, items: [] });
  });

  it('filters by date range, channel, category, amount and account', async () => {
    const day2 = await tx({ from: '2025-01-02T00:00:00Z', to: '2025-01-02T23:59:59Z' });
    expect(day2.data!.customer.transactions.total).toBe(24);
    const atm = await tx({ channels: ['ATM', 'POS'] });
    expect(atm.data!.customer.transactions.total).toBe(96);
    for (const t of atm.data!.customer.transactions.items) expect(['ATM', 'POS']).toContain(t.channel);
    const salary = await tx({ categories: ['SALARY'] });
    expect(salary.data!.customer.transactions.total).toBe(48);
    const amount = await tx({ minAmount: 10, maxAmount: 20.25 });
    expect(amount.data!.customer.transactions.total).toBe(11); // 10.25 … 20.25
    const oneAccount = await tx({ accountId: String(accounts[0]) }, { pageSize: 100 });
    expect(oneAccount.data!.customer.transactions.total).toBe(30);
    for (const t of oneAccount.data!.customer.transactions.items) expect(t.account.id).toBe(String(accounts[0]));
    const combined = await tx({ from: '2025-01-01T00:00:00Z', to: '2025-01-01T23:59:59Z', channels: ['COUNTER'], minAmount: 5 });
    expect(combined.data!.customer.transactions.items.map((t: { amount: number }) => t.amount)).toEqual([21.25, 16.25, 11.25, 6.25]); // COUNTER is g = 1, 6, 11 …
  });

  it('pages each customer of a list on its own, in one statement', async () => {
    const res = await gql(
      sg.url,
      `{ customers(page: { pageSize: 100 }) { items { name transactions(page: { pageSize: 2 }) { total items { amount } } } } }`,
      {},
      bj0101,
    );
    const byName = Object.fromEntries(
      res.data!.customers.items.map((c: { name: string; transactions: unknown }) => [c.name, c.transactions]),
    );
    expect(byName['BJ0101客户1']).toEqual({ total: 240, items: [{ amount: 240.25 }, { amount: 239.25 }] });
    expect(byName['BJ0101客户2']).toEqual({ total: 5, items: [{ amount: 5.25 }, { amount: 4.25 }] });
    expect(byName['BJ0101客户3']).toEqual({ total: 0, items: [] });
  });

  it('gives nothing for an account of another customer, in scope or not', async () => {
    for (const accountId of [neighbourAccounts[0], shAccounts[0], 999_999]) {
      const res = await tx({ accountId: String(accountId) });
      expect(res.errors).toBeUndefined();
      expect(res.data!.customer.transactions).toMatchObject({ total: 0, items: [] });
    }
  });

  it.each([
    [{ from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }, 'from'],
    [{ minAmount: 50, maxAmount: 10 }, 'minAmount'],
    [{ minAmount: -1 }, 'minAmount'],
    [{ maxAmount: -5 }, 'maxAmount'],
    [{ accountId: 'abc' }, 'accountId'],
  ])('refuses the filter %j naming %s', async (filter, field) => {
    const res = await tx(filter);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses an unknown channel (the enum) and a page of 1,000', async () => {
    expect((await tx({ channels: ['PIGEON'] })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await tx(null, { pageSize: 1000 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pageSize' });
  });

  it('shows another outlet none of it', async () => {
    const res = await tx(null, undefined, customer, sh0101);
    expect(res.data!.customer).toBeNull();
    const own = await tx({ accountId: String(accounts[0]) }, undefined, shCustomer, sh0101);
    expect(own.data!.customer.transactions.total).toBe(0);
    const entities = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { transactions { total } accounts { id } } } }`,
      { r: [{ __typename: 'Customer', id: String(customer) }] },
      sh0101,
    );
    expect(entities.data!._entities).toEqual([null]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { insertCustomers, OUTLETS, PATHS } from './fixture';

const PER_OUTLET = 30;
const db = useTestDatabase();
let sg: RunningSubgraph;
let bj0101: string, bjBranch: string, headOffice: string;
let bj0101CustomerId: string, sh0101CustomerId: string;

beforeAll(async () => {
  await insertCustomers(db.url, PER_OUTLET);
  sg = await startTestSubgraph(customersSubgraph, db.url);
  bj0101 = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101 }));
  bjBranch = await tokenFor(staffClaims({ orgPath: PATHS.BJ, level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  headOffice = await tokenFor(
    staffClaims({ orgPath: PATHS.HO, level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] }),
  );
  const ids = await withSql(db.url, (q) => q(`select home_org_unit_id as unit, min(id)::text as id from customers.customer group by 1`));
  bj0101CustomerId = ids.find((r) => r.unit === OUTLETS.BJ0101)!.id;
  sh0101CustomerId = ids.find((r) => r.unit === OUTLETS.SH0101)!.id;
});
afterAll(() => sg?.close());

const LIST = `query($filter: CustomerFilter, $page: PageInput) {
  customers(filter: $filter, page: $page) { total page pageSize items { id customerNo name kind idNumber phone status homeOrgUnit { id } } }
}`;

describe('customer list', () => {
  it('shows an outlet only its own customers, masked', async () => {
    const res = await gql(sg.url, LIST, { page: { pageSize: 100 } }, bj0101);
    expect(res.data?.customers.total).toBe(PER_OUTLET);
    for (const c of res.data?.customers.items ?? []) {
      expect(c.name).toMatch(/^BJ0101客户/);
      expect(c.homeOrgUnit.id).toBe(String(OUTLETS.BJ0101));
      expect(c.idNumber).toMatch(/^1101\*{10}\d{3}X$/);
      expect(c.phone).toMatch(/^138\*{4}\d{4}$/);
    }
  });

  it('shows a branch its outlets, and head office everything', async () => {
    expect((await gql(sg.url, LIST, {}, bjBranch)).data?.customers.total).toBe(2 * PER_OUTLET);
    expect((await gql(sg.url, LIST, {}, headOffice)).data?.customers.total).toBe(3 * PER_OUTLET);
  });

  it('pages', async () => {
    const p1 = await gql(sg.url, LIST, { page: { page: 1, pageSize: 7 } }, bj0101);
    const p2 = await gql(sg.url, LIST, { page: { page: 2, pageSize: 7 } }, bj0101);
    expect(p1.data?.customers).toMatchObject({ total: PER_OUTLET, page: 1, pageSize: 7 });
    expect(p1.data?.customers.items).toHaveLength(7);
    const ids1 = p1.data?.customers.items.map((c: { id: string }) => c.id);
    const ids2 = p2.data?.customers.items.map((c: { id: string }) => c.id);
    expect(ids1.filter((id: string) => ids2.includes(id))).toEqual([]);
  });

  it.each([
    ['BJ0101客户1', (total: number) => total === 11], // 1, 10-19: part of a name
    ['C000100003', (total: number) => total === 1], // customer number
    ['13810000003', (total: number) => total === 1], // phone
    ['11010519900100003X', (total: number) => total === 1], // ID number
  ])('searches by %s', async (search, ok) => {
    const res = await gql(sg.url, LIST, { filter: { search } }, bj0101);
    expect(res.errors).toBeUndefined();
    expect(ok(res.data?.customers.total)).toBe(true);
  });

  it('never finds another outlet’s customer by search', async () => {
    const res = await gql(sg.url, LIST, { filter: { search: 'SH0101客户' } }, bj0101);
    expect(res.data?.customers.total).toBe(0);
  });

  it('filters by kind and counts', async () => {
    const res = await gql(
      sg.url,
      `{ customers(filter: { kind: CORPORATE }) { total } customerCounts { total individual corporate active dormant closed } }`,
      {},
      bj0101,
    );
    expect(res.data?.customers.total).toBe(PER_OUTLET / 5);
    expect(res.data?.customerCounts).toEqual({ total: 30, individual: 24, corporate: 6, active: 27, dormant: 3, closed: 0 });
  });

  it('refuses a page size of 10,000 naming the field, and keeps serving', async () => {
    const res = await gql(sg.url, LIST, { page: { pageSize: 10_000 } }, headOffice);
    expect(res.errors?.[0]).toMatchObject({
      message: 'pageSize must be at most 100',
      extensions: { code: 'BAD_USER_INPUT', field: 'pageSize' },
    });
    expect((await gql(sg.url, LIST, {}, headOffice)).data?.customers.total).toBe(90);
  });

  it('costs the same SQL for 100 rows as for 10', async () => {
    const ten = await countSql(['customers'], () => gql(sg.url, LIST, { page: { pageSize: 10 } }, headOffice));
    const hundred = await countSql(['customers'], () => gql(sg.url, LIST, { page: { pageSize: 100 } }, headOffice));
    expect(hundred.result.data?.customers.items).toHaveLength(90);
    expect(hundred.counts.customers).toBe(ten.counts.customers);
  });
});

describe('scope holds on every path', () => {
  it('by id: another outlet’s customer does not exist for you', async () => {
    const q = `query($id: ID!) { customer(id: $id) { id name } }`;
    expect((await gql(sg.url, q, { id: bj0101CustomerId }, bj0101)).data?.customer).toMatchObject({ id: bj0101CustomerId });
    const other = await gql(sg.url, q, { id: sh0101CustomerId }, bj0101);
    expect(other.data?.customer).toBeNull();
    expect(other.errors).toBeUndefined();
  });

  it('through _entities with a valid token', async () => {
    const q = `{ _entities(representations: [{ __typename: "Customer", id: "${sh0101CustomerId}" }, { __typename: "Customer", id: "${bj0101CustomerId}" }]) { ... on Customer { id name } } }`;
    const res = await gql(sg.url, q, {}, bj0101);
    expect(res.data?._entities[0]).toBeNull();
    expect(res.data?._entities[1]).toMatchObject({ id: bj0101CustomerId });
    const ho = await gql(sg.url, q, {}, headOffice);
    expect(ho.data?._entities.every(Boolean)).toBe(true);
  });

  it('resolves 90 references with the same SQL as 3', async () => {
    const ids = await withSql(db.url, (q) => q('select id::text as id from customers.customer order by id'));
    const reps = (n: number) =>
      ids
        .slice(0, n)
        .map((r) => `{ __typename: "Customer", id: "${r.id}" }`)
        .join(',');
    const q = (n: number) => `{ _entities(representations: [${reps(n)}]) { ... on Customer { id } } }`;
    const three = await countSql(['customers'], () => gql(sg.url, q(3), {}, headOffice));
    const ninety = await countSql(['customers'], () => gql(sg.url, q(90), {}, headOffice));
    expect(ninety.result.data?._entities).toHaveLength(90);
    expect(ninety.counts.customers).toBe(three.counts.customers);
  });

  it('answers 401 to a call without a valid token', async () => {
    expect((await gql(sg.url, LIST)).status).toBe(401);
    expect((await gql(sg.url, LIST, {}, `${bj0101}x`)).status).toBe(401);
    expect((await gql(sg.url, LIST, {}, await tokenFor(staffClaims({ orgPath: PATHS.BJ0101 }), -5))).status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { insertCustomers, PATHS } from './fixture';

/**
 * Phone search as a teller does it: the last four digits the customer reads out, or the masked form
 * the list shows (138****0003). Scoped like every search; audited like a PII query when it narrows
 * to one person.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let teller: string, sibling: string, headOffice: string;

const LIST = `query($filter: CustomerFilter, $page: PageInput) { customers(filter: $filter, page: $page) { total items { id name phone } } }`;
const names = async (search: string, token: string) => {
  const res = await gql(sg.url, LIST, { filter: { search } }, token);
  expect(res.errors).toBeUndefined();
  return (res.data!.customers.items as { name: string }[]).map((c) => c.name).sort();
};
const audits = (after: unknown) =>
  withSql(db.url, (q) =>
    q(
      `select staff_username, customer_id, customer_count, fields, purpose from customers.pii_access_log where action = 'SEARCH' and id > $1 order by id`,
      [after],
    ),
  );

beforeAll(async () => {
  // phones: BJ0101 → 1381000000g, BJ0102 → 1382000000g, SH0101 → 1383000000g
  await insertCustomers(db.url, 12);
  sg = await startTestSubgraph(customersSubgraph, db.url);
  teller = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3', username: 'bj0101.staff' }));
  sibling = await tokenFor(staffClaims({ orgPath: PATHS.BJ0102, sub: '4', username: 'bj0102.staff' }));
  headOffice = await tokenFor(
    staffClaims({ orgPath: PATHS.HO, sub: '1', level: 'HEAD_OFFICE', username: 'hq.analyst', roles: ['SYSTEM_ADMIN'] }),
  );
});
afterAll(() => sg?.close());

describe('phone search by the last four digits or the masked form', () => {
  it('finds the customer by the last four digits, only within scope', async () => {
    expect(await names('0003', teller)).toEqual(['BJ0101客户3']);
    expect(await names('0003', sibling)).toEqual(['BJ0102客户3']);
    expect(await names('0003', headOffice)).toEqual(['BJ0101客户3', 'BJ0102客户3', 'SH0101客户3']);
    expect(await names('9999', teller)).toEqual([]);
  });

  it('finds the customer by the masked form the list shows, prefix and last four', async () => {
    const [shown] = (await gql(sg.url, LIST, { filter: { search: 'BJ0101客户3' } }, teller)).data!.customers.items;
    expect(shown.phone).toBe('138****0003');
    expect(await names(shown.phone, teller)).toEqual(['BJ0101客户3']);
    expect(await names(' 138****0003 ', headOffice)).toEqual(['BJ0101客户3', 'BJ0102客户3', 'SH0101客户3']);
    expect(await names('139****0003', headOffice)).toEqual([]);
    expect(await names('138****0003', sibling)).toEqual(['BJ0102客户3']); // never another outlet's customer
  });

  it('never finds another outlet’s customer, whatever the form', async () => {
    for (const search of ['0012', '138****0012']) expect(await names(search, teller)).toEqual(['BJ0101客户12']);
    expect(await names('13830000012', teller)).toEqual([]); // Shanghai's customer, by full number
  });

  it('is audited like a PII query when it narrows to one person, not when it lists several', async () => {
    const [{ before }] = await withSql(db.url, (q) => q(`select coalesce(max(id), 0) as before from customers.pii_access_log`));
    await names('0005', teller); // one person
    await names('138****0006', teller); // one person
    await names('0005', headOffice); // three people: not narrowed to one
    const rows = await audits(before);
    const [a, b] = await withSql(db.url, (q) =>
      q(`select id from customers.customer where phone in ('13810000005', '13810000006') order by phone`),
    );
    expect(rows).toEqual([
      {
        staff_username: 'bj0101.staff',
        customer_id: a.id,
        customer_count: 1,
        fields: ['PHONE'],
        purpose: 'search by phone number (last four digits)',
      },
      {
        staff_username: 'bj0101.staff',
        customer_id: b.id,
        customer_count: 1,
        fields: ['PHONE'],
        purpose: 'search by phone number (masked form)',
      },
    ]);
  });

  it('matches on an index (an expression index on the last four digits), in one statement', async () => {
    const idx = await withSql(db.url, (q) =>
      q(`select indexdef from pg_indexes where schemaname = 'customers' and tablename = 'customer' and indexname = 'customer_phone_last4'`),
    );
    expect(idx).toHaveLength(1);
    expect(String(idx[0].indexdef)).toMatch(/right"?\(\(?phone\)?(::text)?, 4\)/);
    const plan = await withSql(db.url, async (q) => {
      await q(`set enable_seqscan = off`); // 36 rows: make the planner show the index it can use
      return q(`explain (format json) select id from customers.customer where home_org_path like '/1/%' and right(phone, 4) = '0003'`);
    });
    const text = JSON.stringify(plan);
    expect(text).toContain('customer_phone_last4');
    const small = await countSql(['customers'], () => gql(sg.url, LIST, { filter: { search: '0003' } }, headOffice));
    const big = await countSql(['customers'], () => gql(sg.url, LIST, { filter: { search: '138****0003' } }, headOffice));
    expect(big.counts.customers).toBe(small.counts.customers);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { insertCustomers, OUTLETS, PATHS } from './fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let teller: string, viewer: string, shViewer: string, bjLeader: string, shLeader: string, admin: string;
let bjCustomer: Record<string, any>;
let shCustomerId: string;

beforeAll(async () => {
  await insertCustomers(db.url, 3);
  await withSql(db.url, async (q) => {
    await q(`update customers.customer set email = 'c' || id || '@example.com'`);
    [bjCustomer] = await q(
      `select id::text, id_number, phone, address from customers.customer where home_org_unit_id = $1 order by id limit 1`,
      [OUTLETS.BJ0101],
    );
    [{ id: shCustomerId }] = await q(`select id::text from customers.customer where home_org_unit_id = $1 order by id limit 1`, [
      OUTLETS.SH0101,
    ]);
    await q(
      `insert into customers.account (account_no, customer_id, kind, balance, opened_on) values
      ('6222020200001111', $1, 'DEMAND_DEPOSIT', 1000, '2020-01-01'), ('6222020200002222', $1, 'CREDIT_CARD', 0, '2021-01-01')`,
      [bjCustomer.id],
    );
  });
  sg = await startTestSubgraph(customersSubgraph, db.url);
  teller = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3', username: 'bj0101.staff' }));
  viewer = await tokenFor(
    staffClaims({ orgPath: PATHS.BJ0101, orgUnitId: '4', sub: '3', username: 'bj0101.staff', roles: ['OUTLET_STAFF', 'PII_VIEWER'] }),
  );
  shViewer = await tokenFor(
    staffClaims({ orgPath: PATHS.SH0101, sub: '5', username: 'sh0101.staff', roles: ['OUTLET_STAFF', 'PII_VIEWER'] }),
  );
  bjLeader = await tokenFor(staffClaims({ orgPath: PATHS.BJ, sub: '2', username: 'bj.head', level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  shLeader = await tokenFor(staffClaims({ orgPath: PATHS.SH, sub: '9', username: 'sh.head', level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  admin = await tokenFor(staffClaims({ orgPath: PATHS.HO, sub: '1', username: 'hq.admin', level: 'HEAD_OFFICE', roles: ['SYSTEM_ADMIN'] }));
});
afterAll(() => sg?.close());

const REVEAL = `mutation($id: ID!, $purpose: String!, $fields: [PiiField!]) {
  revealCustomerPii(customerId: $id, purpose: $purpose, fields: $fields) { customerId idNumber phone address email accountNumbers } }`;
const LOG = `query($customerId: ID, $page: PageInput) { piiAccessLog(customerId: $customerId, page: $page) {
  total items { id at staffId staffUsername action customerId customerCount fields purpose } } }`;
const logRows = () => withSql(db.url, (q) => q('select * from customers.pii_access_log order by id'));

describe('revealCustomerPii', () => {
  it('gives a PII_VIEWER the clear values and account numbers, and writes who/what/when/why', async () => {
    const before = Date.now();
    const res = await gql(sg.url, REVEAL, { id: bjCustomer.id, purpose: '客户来电核实身份' }, viewer);
    expect(res.errors).toBeUndefined();
    expect(res.data!.revealCustomerPii).toEqual({
      customerId: bjCustomer.id,
      idNumber: bjCustomer.id_number,
      phone: bjCustomer.phone,
      address: bjCustomer.address,
      email: `c${bjCustomer.id}@example.com`,
      accountNumbers: ['6222020200001111', '6222020200002222'],
    });
    const rows = await logRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      staff_id: 3,
      staff_username: 'bj0101.staff',
      org_unit_id: 4,
      org_path: PATHS.BJ0101,
      action: 'REVEAL',
      customer_id: Number(bjCustomer.id),
      customer_count: 1,
      fields: ['ACCOUNT_NUMBERS', 'ADDRESS', 'BIRTH_DATE', 'EMAIL', 'ID_NUMBER', 'PHONE'],
      purpose: '客户来电核实身份',
    });
    expect(rows[0].at.getTime()).toBeGreaterThanOrEqual(before - 5_000);
  });

  it('reveals only the fields asked for', async () => {
    const res = await gql(sg.url, REVEAL, { id: bjCustomer.id, purpose: 'verify phone', fields: ['PHONE'] }, viewer);
    expect(res.data!.revealCustomerPii).toMatchObject({ phone: bjCustomer.phone, address: null, email: null, accountNumbers: [] });
    expect(res.data!.revealCustomerPii.idNumber).toContain('*');
    expect((await logRows()).at(-1)!.fields).toEqual(['PHONE']);
  });

  it('refuses a caller without PII_VIEWER (FORBIDDEN) and writes nothing', async () => {
    const n = (await logRows()).length;
    const res = await gql(sg.url, REVEAL, { id: bjCustomer.id, purpose: 'curious' }, teller);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.revealCustomerPii ?? null).toBeNull();
    expect(await logRows()).toHaveLength(n);
  });

  it('refuses a purpose shorter than 4 characters, naming it', async () => {
    const res = await gql(sg.url, REVEAL, { id: bjCustomer.id, purpose: ' ok ' }, viewer);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
  });

  it('is NOT_FOUND for a PII_VIEWER of another outlet, and writes nothing', async () => {
    const n = (await logRows()).length;
    const res = await gql(sg.url, REVEAL, { id: bjCustomer.id, purpose: '核实身份信息' }, shViewer);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toContain(bjCustomer.id_number);
    expect(await logRows()).toHaveLength(n);
  });
});

describe('piiAccessLog', () => {
  it('shows a branch leader the entries made within the branch, newest first', async () => {
    await gql(sg.url, REVEAL, { id: shCustomerId, purpose: '上海客户核实' }, shViewer);
    const res = await gql(sg.url, LOG, {}, bjLeader);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const items = res.data!.piiAccessLog.items;
    expect(res.data!.piiAccessLog.total).toBe(2);
    expect(items.map((i: { purpose: string }) => i.purpose)).toEqual(['verify phone', '客户来电核实身份']);
    expect(items[1]).toMatchObject({
      staffId: '3',
      staffUsername: 'bj0101.staff',
      action: 'REVEAL',
      customerId: bjCustomer.id,
      customerCount: 1,
    });
    const byCustomer = await gql(sg.url, LOG, { customerId: bjCustomer.id, page: { pageSize: 1 } }, bjLeader);
    expect(byCustomer.data!.piiAccessLog).toMatchObject({ total: 2, items: [{ purpose: 'verify phone' }] });
    expect((await gql(sg.url, LOG, {}, admin)).data!.piiAccessLog.total).toBe(3);
  });

  it('gives another branch’s leader none of them, and NOT_FOUND for a customer outside their scope', async () => {
    const res = await gql(sg.url, LOG, {}, shLeader);
    expect(res.data!.piiAccessLog.items.map((i: { purpose: string }) => i.purpose)).toEqual(['上海客户核实']);
    const other = await gql(sg.url, LOG, { customerId: bjCustomer.id }, shLeader);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('is only for branch leaders and system administrators', async () => {
    for (const token of [teller, viewer]) expect((await gql(sg.url, LOG, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('cannot be changed: UPDATE, DELETE and TRUNCATE are refused by the table itself', async () => {
    const n = (await logRows()).length;
    for (const sql of [
      `update customers.pii_access_log set purpose = 'nothing to see'`,
      `delete from customers.pii_access_log`,
      `truncate customers.pii_access_log`,
    ]) {
      await expect(withSql(db.url, (q) => q(sql))).rejects.toThrow(/append-only/);
    }
    expect(await logRows()).toHaveLength(n);
  });
});

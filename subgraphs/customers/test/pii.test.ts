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

const REVEAL = `mutation($id: ID!, $field: PiiField!, $purpose: PiiRevealPurpose!, $note: String) {
  revealCustomerPii(customerId: $id, field: $field, purpose: $purpose, note: $note) { customerId field value accountNumbers } }`;
const LOG = `query($customerId: ID, $page: PageInput) { piiAccessLog(customerId: $customerId, page: $page) {
  total items { id at staffId staffUsername action customerId customerCount fields purpose purposeCode note } } }`;
const logRows = () => withSql(db.url, (q) => q('select * from customers.pii_access_log order by id'));

describe('revealCustomerPii', () => {
  it('gives a PII_VIEWER only the one field asked for, and writes who/customer/field/purpose/note/when', async () => {
    const before = Date.now();
    const res = await gql(
      sg.url,
      REVEAL,
      { id: bjCustomer.id, field: 'PHONE', purpose: 'ACCOUNT_SERVICE', note: ' 客户来电核实身份 ' },
      viewer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.revealCustomerPii).toEqual({ customerId: bjCustomer.id, field: 'PHONE', value: bjCustomer.phone, accountNumbers: [] });
    // nothing else of the customer travels with it
    for (const other of [bjCustomer.id_number, bjCustomer.address, `c${bjCustomer.id}@example.com`, '6222020200001111'])
      expect(JSON.stringify(res)).not.toContain(other);
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
      fields: ['PHONE'],
      purpose: 'ACCOUNT_SERVICE',
      purpose_code: 'ACCOUNT_SERVICE',
      note: '客户来电核实身份',
    });
    expect(rows[0].at.getTime()).toBeGreaterThanOrEqual(before - 5_000);
  });

  it('writes one row per reveal, each with its field and purpose; the note is optional', async () => {
    const n = (await logRows()).length;
    const id = await gql(sg.url, REVEAL, { id: bjCustomer.id, field: 'ID_NUMBER', purpose: 'RISK_REVIEW' }, viewer);
    expect(id.data!.revealCustomerPii).toMatchObject({ field: 'ID_NUMBER', value: bjCustomer.id_number });
    expect(JSON.stringify(id)).not.toContain(bjCustomer.phone);
    const acc = await gql(sg.url, REVEAL, { id: bjCustomer.id, field: 'ACCOUNT_NUMBERS', purpose: 'COMPLAINT_HANDLING', note: '' }, viewer);
    expect(acc.data!.revealCustomerPii).toMatchObject({ value: null, accountNumbers: ['6222020200001111', '6222020200002222'] });
    const rows = (await logRows()).slice(n);
    expect(rows.map((r) => [r.fields, r.purpose_code, r.note])).toEqual([
      [['ID_NUMBER'], 'RISK_REVIEW', null],
      [['ACCOUNT_NUMBERS'], 'COMPLAINT_HANDLING', null],
    ]);
  });

  it('refuses a caller without PII_VIEWER (FORBIDDEN) and writes nothing', async () => {
    const n = (await logRows()).length;
    const res = await gql(sg.url, REVEAL, { id: bjCustomer.id, field: 'PHONE', purpose: 'ACCOUNT_SERVICE' }, teller);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.revealCustomerPii ?? null).toBeNull();
    expect(await logRows()).toHaveLength(n);
  });

  it('refuses a purpose not on the list, a free-text purpose and a missing field, and writes nothing', async () => {
    const n = (await logRows()).length;
    for (const vars of [
      { id: bjCustomer.id, field: 'PHONE', purpose: 'CURIOSITY' },
      { id: bjCustomer.id, field: 'PHONE', purpose: '客户来电核实身份' },
    ]) {
      const res = await gql(sg.url, REVEAL, vars, viewer);
      expect(res.errors?.[0].message).toMatch(/purpose/);
      expect(res.data?.revealCustomerPii ?? null).toBeNull();
    }
    const noField = await gql(sg.url, REVEAL, { id: bjCustomer.id, purpose: 'ACCOUNT_SERVICE' }, viewer);
    expect(noField.errors?.[0].message).toMatch(/field/);
    const freeText = await gql(
      sg.url,
      `mutation($id: ID!) { revealCustomerPii(customerId: $id, field: PHONE, purpose: "核实身份") { value } }`,
      { id: bjCustomer.id },
      viewer,
    );
    expect(freeText.errors?.[0].message).toMatch(/PiiRevealPurpose/);
    expect(await logRows()).toHaveLength(n);
  });

  it('refuses a note over 200 characters, naming it, and writes nothing', async () => {
    const n = (await logRows()).length;
    const res = await gql(sg.url, REVEAL, { id: bjCustomer.id, field: 'PHONE', purpose: 'LEGAL_REQUEST', note: '协'.repeat(201) }, viewer);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(JSON.stringify(res)).not.toContain(bjCustomer.phone);
    expect(await logRows()).toHaveLength(n);
  });

  it('is NOT_FOUND for a PII_VIEWER of another outlet, like an id that does not exist, and writes nothing', async () => {
    const n = (await logRows()).length;
    const res = await gql(sg.url, REVEAL, { id: bjCustomer.id, field: 'ID_NUMBER', purpose: 'ACCOUNT_SERVICE' }, shViewer);
    const missing = await gql(sg.url, REVEAL, { id: '99999999', field: 'ID_NUMBER', purpose: 'ACCOUNT_SERVICE' }, shViewer);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(JSON.stringify(res)).not.toContain(bjCustomer.id_number);
    expect(await logRows()).toHaveLength(n);
  });
});

describe('piiAccessLog', () => {
  it('shows a branch leader the entries made within the branch, newest first', async () => {
    await gql(sg.url, REVEAL, { id: shCustomerId, field: 'EMAIL', purpose: 'COMPLAINT_HANDLING', note: '上海客户投诉' }, shViewer);
    const res = await gql(sg.url, LOG, {}, bjLeader);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const items = res.data!.piiAccessLog.items;
    expect(res.data!.piiAccessLog.total).toBe(3);
    expect(items.map((i: { fields: string[] }) => i.fields)).toEqual([['ACCOUNT_NUMBERS'], ['ID_NUMBER'], ['PHONE']]);
    expect(items[2]).toMatchObject({
      staffId: '3',
      staffUsername: 'bj0101.staff',
      action: 'REVEAL',
      customerId: bjCustomer.id,
      customerCount: 1,
      purpose: 'ACCOUNT_SERVICE',
      purposeCode: 'ACCOUNT_SERVICE',
      note: '客户来电核实身份',
    });
    const byCustomer = await gql(sg.url, LOG, { customerId: bjCustomer.id, page: { pageSize: 1 } }, bjLeader);
    expect(byCustomer.data!.piiAccessLog).toMatchObject({ total: 3, items: [{ purposeCode: 'COMPLAINT_HANDLING', note: null }] });
    expect((await gql(sg.url, LOG, {}, admin)).data!.piiAccessLog.total).toBe(4);
  });

  it('gives another branch’s leader none of them, and NOT_FOUND for a customer outside their scope', async () => {
    const res = await gql(sg.url, LOG, {}, shLeader);
    expect(res.data!.piiAccessLog.items.map((i: { note: string }) => i.note)).toEqual(['上海客户投诉']);
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

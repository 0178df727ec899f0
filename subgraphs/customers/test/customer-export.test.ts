import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { insertCustomers, PATHS } from './fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let outletHead: string, viewer: string, shHead: string, bjLeader: string;

beforeAll(async () => {
  await insertCustomers(db.url, 5);
  await withSql(db.url, (q) => q(`update customers.customer set email = 'c' || id || '@example.com'`));
  sg = await startTestSubgraph(customersSubgraph, db.url);
  // exports are a leader's decision (CUSTOMER_EXPORT): the heads of outlets BJ0101 and SH0101, and the Beijing branch's leader
  outletHead = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3', username: 'bj0101.staff', roles: ['BRANCH_LEADER'] }));
  viewer = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3', username: 'bj0101.staff', roles: ['BRANCH_LEADER', 'PII_VIEWER'] }));
  shHead = await tokenFor(staffClaims({ orgPath: PATHS.SH0101, sub: '5', username: 'sh0101.staff', roles: ['BRANCH_LEADER'] }));
  bjLeader = await tokenFor(staffClaims({ orgPath: PATHS.BJ, sub: '2', level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
});
afterAll(() => sg?.close());

const EXPORT = `mutation($filter: CustomerFilter, $purpose: String!) { exportCustomers(filter: $filter, purpose: $purpose) { filename contentType csv rows unmasked } }`;
const rowsOf = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];
const lastLog = async () => (await withSql(db.url, (q) => q('select * from customers.pii_access_log order by id desc limit 1')))[0];

describe('exportCustomers', () => {
  it('exports the caller’s scoped list, masked, and records the export', async () => {
    const res = await gql(sg.url, EXPORT, { purpose: '季度客户回访名单' }, outletHead);
    expect(res.errors).toBeUndefined();
    const out = res.data!.exportCustomers;
    expect(out).toMatchObject({ rows: 5, unmasked: false, contentType: 'text/csv; charset=utf-8' });
    expect(out.filename).toMatch(/^customers-\d{8}T\d{6}\.csv$/);
    const rows = rowsOf(out.csv);
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r.name).toMatch(/^BJ0101客户/);
      expect(r.id_number).toMatch(/^1101\*{10}\d{3}X$/);
      expect(r.phone).toMatch(/^138\*{4}\d{4}$/);
      expect(r.email).toMatch(/^c\*\*\*@example\.com$/);
      expect(r.address).toMatch(/\*{4}$/);
      expect(new Date(r.created_at).toISOString()).toBe(r.created_at);
    }
    expect(await lastLog()).toMatchObject({ action: 'EXPORT', staff_id: 3, staff_username: 'bj0101.staff', org_path: PATHS.BJ0101, customer_id: null, customer_count: 5, fields: [], purpose: '季度客户回访名单' });
  });

  it('exports clear values to a PII_VIEWER, and records which fields', async () => {
    const out = (await gql(sg.url, EXPORT, { filter: { kind: 'INDIVIDUAL' }, purpose: '监管报送核对' }, viewer)).data!.exportCustomers;
    expect(out).toMatchObject({ rows: 4, unmasked: true });
    const db0101 = await withSql(db.url, (q) => q(`select customer_no, id_number, phone, email from customers.customer where home_org_unit_id = 4 and kind = 'INDIVIDUAL' order by id`));
    expect(rowsOf(out.csv).map((r) => ({ customer_no: r.customer_no, id_number: r.id_number, phone: r.phone, email: r.email }))).toEqual(db0101);
    expect(await lastLog()).toMatchObject({ action: 'EXPORT', customer_count: 4, fields: ['ID_NUMBER', 'PHONE', 'ADDRESS', 'EMAIL', 'BIRTH_DATE'], purpose: '监管报送核对' });
  });

  it('gives another outlet’s user only their own customers', async () => {
    const out = (await gql(sg.url, EXPORT, { purpose: '上海网点名单' }, shHead)).data!.exportCustomers;
    expect(out.rows).toBe(5);
    expect(rowsOf(out.csv).every((r) => r.name.startsWith('SH0101客户'))).toBe(true);
    expect(out.csv).not.toContain('BJ0101');
    // a search for a Beijing customer's number finds nothing — and is still audited
    const none = (await gql(sg.url, EXPORT, { filter: { search: 'C000100001' }, purpose: '查找客户' }, shHead)).data!.exportCustomers;
    expect(none.rows).toBe(0);
    expect(await lastLog()).toMatchObject({ staff_username: 'sh0101.staff', customer_count: 0 });
  });

  it('escapes cells a spreadsheet would run as a formula (= + - @ tab CR) with a leading quote', async () => {
    const names = ['=HYPERLINK("http://evil.example","点我")', '+1+2', '-3+4', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '普通名字'];
    await withSql(db.url, (q) => q(`insert into customers.customer (customer_no, kind, name, id_number, home_org_unit_id, home_org_path)
      select 'C' || lpad((800000 + i)::text, 9, '0'), 'INDIVIDUAL', n, 'INJ' || i, 7, '/1/6/7/' from unnest($1::text[]) with ordinality as t(n, i)`, [names]));
    // the Shanghai sub-branch's own customers
    const leader = await tokenFor(staffClaims({ orgPath: '/1/6/7/', sub: '77', level: 'SUB_BRANCH', roles: ['BRANCH_LEADER'] }));
    const out = (await gql(sg.url, EXPORT, { filter: { homeOrgUnitId: '7' }, purpose: '公式注入检查' }, leader)).data!.exportCustomers;
    expect(rowsOf(out.csv).map((r) => r.name)).toEqual(names.map((n) => (n === '普通名字' ? n : `'${n}`)));
  });

  it('runs one export at a time per staff member, across replicas (a second one is RATE_LIMITED)', async () => {
    // an export of staff 3 in progress elsewhere: the same transaction-scoped advisory lock, held from another connection
    await withSql(db.url, async (q) => {
      await q('begin');
      await q(`select pg_advisory_xact_lock(hashtext('customers.export'), 3)`);
      const res = await gql(sg.url, EXPORT, { purpose: '季度客户回访名单' }, outletHead);
      expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/still running/), extensions: { code: 'RATE_LIMITED' } });
      // another staff member is not held up
      expect((await gql(sg.url, EXPORT, { purpose: '上海网点名单' }, shHead)).errors).toBeUndefined();
      await q('commit');
    });
    expect((await gql(sg.url, EXPORT, { purpose: '季度客户回访名单' }, outletHead)).errors).toBeUndefined();
    // two at once from the same person: at most one gets through, the other is told why
    const both = await Promise.all([1, 2].map(() => gql(sg.url, EXPORT, { purpose: '并发导出检查' }, outletHead)));
    expect(both.filter((r) => r.data?.exportCustomers).length).toBeGreaterThanOrEqual(1);
    for (const r of both.filter((x) => x.errors)) expect(r.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('needs a purpose', async () => {
    const res = await gql(sg.url, EXPORT, { purpose: 'x' }, outletHead);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
  });

  it('refuses more than 50,000 rows, asking to narrow the filter (and writes no audit row: nothing left the bank)', async () => {
    await withSql(db.url, (q) => q(`insert into customers.customer (customer_no, kind, name, id_number, home_org_unit_id, home_org_path)
      select 'C' || lpad((900000 + g)::text, 9, '0'), 'INDIVIDUAL', '批量' || g, 'BULK' || g, 5, '/1/2/3/5/' from generate_series(1, 50000) g`));
    const before = await lastLog();
    const res = await gql(sg.url, EXPORT, { purpose: '分行名单导出' }, bjLeader);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
    expect(res.errors?.[0].message).toMatch(/narrow the filter/);
    expect((await lastLog()).id).toBe(before.id);
    const narrowed = await gql(sg.url, EXPORT, { filter: { homeOrgUnitId: '4' }, purpose: '分行名单导出' }, bjLeader);
    expect(narrowed.data!.exportCustomers.rows).toBe(5);
  });
});

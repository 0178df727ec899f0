import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { insertCustomers, OUTLETS, PATHS } from './fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let teller: string, bjLeader: string, viewer: string, shLeader: string, outletHead: string;
let bj: string[]; // BJ0101 customers (individuals), by id
let bj0102: string[];
let sh: string[];

beforeAll(async () => {
  await insertCustomers(db.url, 8);
  const ids = async (unit: number) =>
    (
      await withSql(db.url, (q) =>
        q(`select id::text from customers.customer where home_org_unit_id = $1 and kind = 'INDIVIDUAL' order by id`, [unit]),
      )
    ).map((r) => r.id as string);
  bj = await ids(OUTLETS.BJ0101);
  bj0102 = await ids(OUTLETS.BJ0102);
  sh = await ids(OUTLETS.SH0101);
  sg = await startTestSubgraph(customersSubgraph, db.url);
  teller = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101 }));
  viewer = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, roles: ['OUTLET_STAFF', 'PII_VIEWER'] }));
  // the head of outlet BJ0101: merges are a leader's decision, at any level
  outletHead = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, roles: ['BRANCH_LEADER'] }));
  bjLeader = await tokenFor(staffClaims({ orgPath: PATHS.BJ, sub: '2', level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  shLeader = await tokenFor(staffClaims({ orgPath: PATHS.SH, level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
});
afterAll(() => sg?.close());

const MERGE = `mutation($s: ID!, $m: ID!, $reason: String!) { mergeCustomers(survivorId: $s, mergedId: $m, reason: $reason) { id status version } }`;
const GET = `query($id: ID!) { customer(id: $id) { id status mergedInto { id customerNo } } }`;

describe('mergeCustomers', () => {
  it('moves every child to the survivor in one go, keeps the merged record with its history', async () => {
    const [s, m, x, y] = bj.map(Number);
    await withSql(db.url, async (q) => {
      const [{ id: acc }] = await q(
        `insert into customers.account (account_no, customer_id, kind, balance, opened_on) values ('6222000000000001', $1, 'DEMAND_DEPOSIT', 500, '2020-01-01') returning id`,
        [m],
      );
      await q(
        `insert into customers.account_transaction (account_id, customer_id, booked_at, amount, direction, channel, category)
               select $1, $2, now() - g * interval '1 day', 10, 'CREDIT', 'ATM', 'DEPOSIT' from generate_series(1, 3) g`,
        [acc, m],
      );
      await q(
        `insert into customers.interaction (customer_id, staff_id, org_unit_id, channel, occurred_at, summary) values ($1, 3, 4, 'PHONE', now(), '回访')`,
        [m],
      );
      await q(
        `insert into customers.customer_need (customer_id, category, description, captured_by_staff_id) values ($1, 'WEALTH', '理财', 3)`,
        [m],
      );
      const [{ id: sc }] = await q(
        `insert into customers.service_case (case_no, customer_id, category, severity, title, description, sla_due_at, handling_org_unit_id, handling_org_path, opened_by_staff_id)
               values ('SC-M-1', $1, 'FEES', 'LOW', '收费', '收费问题', now() + interval '7 days', 4, '/1/2/3/4/', 3) returning id`,
        [m],
      );
      await q(
        `insert into customers.satisfaction_survey (customer_id, touchpoint, csat, surveyed_at, service_case_id) values ($1, 'COUNTER', 4, now(), $2)`,
        [m, sc],
      );
      // m→x (moves), x→m HOUSEHOLD (moves), s→m and m→s (would be self-relations: dropped), m→y + s→y GUARANTOR_FOR (duplicate: dropped)
      await q(
        `insert into customers.customer_relationship (from_customer_id, to_customer_id, kind) values
        ($2, $3, 'SPOUSE'), ($3, $2, 'HOUSEHOLD'), ($1, $2, 'HOUSEHOLD'), ($2, $1, 'GROUP_AFFILIATE'), ($2, $4, 'GUARANTOR_FOR'), ($1, $4, 'GUARANTOR_FOR')`,
        [s, m, x, y],
      );
    });

    const res = await gql(sg.url, MERGE, { s: String(s), m: String(m), reason: '同一客户重复开户' }, bjLeader);
    expect(res.errors).toBeUndefined();
    expect(res.data!.mergeCustomers).toMatchObject({ id: String(s), status: 'ACTIVE', version: 2 });

    const counts = await withSql(db.url, (q) =>
      q(
        `select
      (select count(*) from customers.account where customer_id = $2)::int +
      (select count(*) from customers.account_transaction where customer_id = $2)::int +
      (select count(*) from customers.interaction where customer_id = $2)::int +
      (select count(*) from customers.customer_need where customer_id = $2)::int +
      (select count(*) from customers.service_case where customer_id = $2)::int +
      (select count(*) from customers.satisfaction_survey where customer_id = $2)::int +
      (select count(*) from customers.customer_relationship where $2 in (from_customer_id, to_customer_id))::int as left_on_merged,
      (select count(*) from customers.account_transaction where customer_id = $1)::int as survivor_transactions`,
        [s, m],
      ),
    );
    expect(counts[0]).toEqual({ left_on_merged: 0, survivor_transactions: 3 });
    const rels = await withSql(db.url, (q) =>
      q(`select from_customer_id as f, to_customer_id as t, kind from customers.customer_relationship order by kind, f`),
    );
    expect(rels).toEqual([
      { f: s, t: y, kind: 'GUARANTOR_FOR' },
      { f: x, t: s, kind: 'HOUSEHOLD' },
      { f: s, t: x, kind: 'SPOUSE' },
    ]);
    const [merge] = await withSql(db.url, (q) => q('select * from customers.customer_merge'));
    expect(merge).toMatchObject({ survivor_id: s, merged_id: m, merged_by_staff_id: 2, reason: '同一客户重复开户' });
    expect(merge.moved).toEqual({
      accounts: 1,
      transactions: 3,
      interactions: 1,
      needs: 1,
      serviceCases: 1,
      surveys: 1,
      relationshipsMoved: 2,
      relationshipsDropped: 3,
    });

    // history: the merged record stays readable, pointing at the survivor
    const merged = await gql(sg.url, GET, { id: String(m) }, teller);
    expect(merged.data!.customer).toMatchObject({ id: String(m), status: 'MERGED', mergedInto: { id: String(s) } });
  });

  it('refuses merging a record twice, into itself, or across kinds, naming the field', async () => {
    const [s, m] = bj;
    expect((await gql(sg.url, MERGE, { s: bj[2], m, reason: 'again please' }, bjLeader)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'mergedId',
    });
    expect((await gql(sg.url, MERGE, { s: m, m: bj[2], reason: 'again please' }, bjLeader)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'survivorId',
    });
    expect((await gql(sg.url, MERGE, { s, m: s, reason: 'same one' }, bjLeader)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'mergedId',
    });
    expect((await gql(sg.url, MERGE, { s: bj[3], m: bj[4], reason: 'x' }, bjLeader)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const [corp] = await withSql(db.url, (q) =>
      q(`select id::text from customers.customer where home_org_unit_id = 4 and kind = 'CORPORATE' limit 1`),
    );
    expect((await gql(sg.url, MERGE, { s: bj[3], m: corp.id, reason: '不同类型' }, bjLeader)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'mergedId',
    });
  });

  it('needs CUSTOMER_MERGE (leaders): a teller and a PII_VIEWER are FORBIDDEN', async () => {
    for (const token of [teller, viewer]) {
      expect((await gql(sg.url, MERGE, { s: bj[3], m: bj[4], reason: '重复客户' }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const ok = await gql(sg.url, MERGE, { s: bj[3], m: bj[4], reason: '重复客户' }, outletHead);
    expect(ok.errors).toBeUndefined();
  });

  it('needs both customers in scope: another unit’s customer is NOT_FOUND and nothing changes', async () => {
    // an outlet's head cannot reach the neighbouring outlet; a branch leader cannot reach another branch
    expect((await gql(sg.url, MERGE, { s: bj[5], m: bj0102[0], reason: '重复客户' }, outletHead)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await gql(sg.url, MERGE, { s: sh[0], m: bj[5], reason: '重复客户' }, shLeader)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [row] = await withSql(db.url, (q) => q(`select count(*)::int as n from customers.customer where status = 'MERGED'`));
    expect(row.n).toBe(2);
  });

  it('shows mergedInto as null when the survivor is outside the reader’s scope', async () => {
    // BJ branch merges a BJ0102 duplicate into a BJ0101 record; BJ0102's own teller sees the history but not the survivor
    await gql(sg.url, MERGE, { s: bj[5], m: bj0102[1], reason: '跨网点重复' }, bjLeader);
    const bj0102Teller = await tokenFor(staffClaims({ orgPath: PATHS.BJ0102 }));
    expect((await gql(sg.url, GET, { id: bj0102[1] }, bj0102Teller)).data!.customer).toEqual({
      id: bj0102[1],
      status: 'MERGED',
      mergedInto: null,
    });
    expect((await gql(sg.url, GET, { id: bj0102[1] }, await tokenFor(staffClaims({ orgPath: PATHS.SH0101 })))).data!.customer).toBeNull();
  });
});

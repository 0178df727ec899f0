import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { seedManagers } from '../src/demo-seed';
import { MANAGERS, tokens } from './fixture';

/**
 * Who the customer managers are, in whose scope, and the demo seed's portfolios: every open customer
 * gets exactly one manager of their outlet (or of the unit above, where the outlet has none).
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;

beforeAll(async () => {
  sg = await startTestSubgraph(managersSubgraph, db.url);
  t = await tokens();
  await withSql(db.url, (query) =>
    query(`insert into customers.customer (id, customer_no, kind, name, id_number, phone, address, gender, home_org_unit_id, home_org_path, status)
      select g, 'C' || lpad(g::text, 9, '0'), case when g % 5 = 0 then 'CORPORATE' else 'INDIVIDUAL' end, '客户' || g,
             '11010519900101' || lpad(g::text, 4, '0'), '138' || lpad(g::text, 8, '0'), '地址', 'M',
             o.unit, o.path, case when g % 50 = 0 then 'CLOSED' else 'ACTIVE' end
      from generate_series(1, 300) g
      join (values (0, 4, '/1/2/3/4/'), (1, 5, '/1/2/3/5/'), (2, 8, '/1/6/7/8/')) o(k, unit, path) on o.k = g % 3`),
  );
});
afterAll(async () => sg?.close());

const LIST = `query($f: CustomerManagerFilter) { customerManagers(filter: $f, page: { pageSize: 100 }) { total items { id grade employment portfolioSize } } }`;

describe('customer managers', () => {
  it('lists only the managers in the caller’s scope', async () => {
    const ids = async (token: string, f?: object) => {
      const res = await gql(sg.url, LIST, { f }, token);
      expect(res.errors).toBeUndefined();
      return (res.data!.customerManagers.items as { id: string }[]).map((m) => Number(m.id)).sort((a, b) => a - b);
    };
    expect(await ids(t.trainer)).toEqual(
      [MANAGERS.SH0101, MANAGERS.BJ0101_A, MANAGERS.BJ0101_B, MANAGERS.BJ0102, MANAGERS.BJ01].sort((a, b) => a - b),
    );
    expect(await ids(t.bjHead)).toEqual([MANAGERS.BJ0101_A, MANAGERS.BJ0101_B, MANAGERS.BJ0102, MANAGERS.BJ01]);
    expect(await ids(t.bjHead, { orgUnitId: '4' })).toEqual([MANAGERS.BJ0101_A, MANAGERS.BJ0101_B]);
    expect(await ids(t.bj0101Manager)).toEqual([MANAGERS.BJ0101_A, MANAGERS.BJ0101_B]);
    // a unit outside the scope: nothing, never its managers
    expect(await ids(t.bj0101Manager, { orgUnitId: '8' })).toEqual([]);
  });

  it('answers a manager outside the scope like one that does not exist', async () => {
    const q = `query($id: ID!) { customerManager(id: $id) { id } }`;
    const out = await gql(sg.url, q, { id: String(MANAGERS.SH0101) }, t.bj0101Manager);
    const missing = await gql(sg.url, q, { id: '99999' }, t.bj0101Manager);
    expect(out.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(out.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const ent = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on CustomerManager { id } } }`,
      {
        r: [{ __typename: 'CustomerManager', id: String(MANAGERS.SH0101) }],
      },
      t.bj0101Manager,
    );
    expect(ent.data!._entities).toEqual([null]);
  });

  it('refuses a role without MANAGER_READ', async () => {
    const res = await gql(sg.url, LIST, {}, t.product);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the demo seed gives every open customer exactly one manager of their outlet or the unit above, idempotently', async () => {
    const first = await seedManagers(db.url);
    const again = await seedManagers(db.url);
    expect(first.assignments).toBe(294); // 300 less the 6 closed
    expect(again).toEqual({ managers: 0, assignments: 0 });
    const rows = (await withSql(db.url, (query) =>
      query(
        `select c.id as customer_id, c.home_org_unit_id as home, m.org_unit_id as unit, count(*) over (partition by c.id)::int as n
           from customers.customer c join managers.portfolio_assignment a on a.customer_id = c.id and a.ended_at is null
           join managers.customer_manager m on m.staff_id = a.manager_id`,
      ),
    )) as { customer_id: number; home: number; unit: number; n: number }[];
    expect(rows).toHaveLength(294);
    expect(rows.every((r) => r.n === 1 && r.home === r.unit)).toBe(true);

    const res = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id manager { id staff { id } } } } }`,
      {
        r: [3, 4, 5].map((id) => ({ __typename: 'Customer', id: String(id) })),
      },
      t.bj0101Manager,
    );
    expect(res.errors).toBeUndefined();
    // customers 3 (BJ0101) has a BJ0101 manager; 4 (BJ0102) and 5 (SH0101) are outside the caller's scope
    const [c3, c4, c5] = res.data!._entities;
    expect([MANAGERS.BJ0101_A, MANAGERS.BJ0101_B]).toContain(Number(c3.manager.id));
    expect(c4).toBeNull();
    expect(c5).toBeNull();
  });
});
